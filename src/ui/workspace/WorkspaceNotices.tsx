import { useAppStore } from '../../store/index.ts';

/** What the workspace has to say: what is being read, what was refused and why, what to beware of. */
export function WorkspaceNotices() {
  const notices = useAppStore((s) => s.notices);
  const reading = useAppStore((s) => s.reading);
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  return (
    <div className="workspace-notices" aria-label="Workspace messages" role="region">
      <p className="workspace-reading" role="status">
        {reading && (
          <>
            <span className="spinner" aria-hidden="true" /> Reading {reading}…
          </>
        )}
      </p>
      {notices.map((notice) => (
        <div key={notice.id} className={`workspace-notice workspace-notice-${notice.tone}`} role={notice.tone === 'problem' ? 'alert' : 'status'}>
          <p>{notice.text}</p>
          <button type="button" className="button-quiet" onClick={() => dismissNotice(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
