import { useAppStore } from '../../store/index.ts';
import { ModalDialog } from './ModalDialog.tsx';

/** Asks before "New workspace" discards the articles; saying how many, and how to keep them. */
export function NewWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const count = useAppStore((s) => s.sources.length);
  const newWorkspace = useAppStore((s) => s.newWorkspace);
  const articles = count === 1 ? 'the article' : `the ${count} articles`;
  return (
    <ModalDialog title="Start a new workspace?" onClose={onClose}>
      <p>
        This discards {articles} in this workspace and the graph drawn from them, here and in this browser’s saved
        copy. To keep the graph, export it as JSON first.
      </p>
      <div className="dialog-buttons">
        <button type="button" className="button-quiet" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            newWorkspace();
            onClose();
          }}
        >
          Discard and start new
        </button>
      </div>
    </ModalDialog>
  );
}
