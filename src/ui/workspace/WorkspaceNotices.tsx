import { useAppStore } from '../../store/index.ts';
import { ReadingProgress } from './ReadingProgress.tsx';

/** What the workspace has to say: what is being read, what was refused and why, what to beware of. */
export function WorkspaceNotices() {
  const notices = useAppStore((s) => s.notices);
  // With no graph yet, the reading shows where the graph will be (LoadMessage); over a graph, up here.
  const overGraph = useAppStore((s) => s.load.status !== 'loading');
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  return (
    <div className="workspace-notices" aria-label="Workspace messages" role="region">
      {overGraph && <ReadingProgress />}
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
