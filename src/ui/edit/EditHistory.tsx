import { useUndoShortcut } from '../filter/useUndoShortcut.ts';
import { useAppStore } from '../../store/index.ts';
import { HiddenActors } from './HiddenActors.tsx';
import './edit.css';

/**
 * Undo and redo for corrections, and the actors hidden from view, at the top of the details, where the user made
 * them. Ctrl/⌘+Z and Shift+Ctrl/⌘+Z take back the most recent change, a correction's or a filter's, in the order
 * made (see store/undoOrder.ts). Shown once there is something to undo, redo or bring back.
 */
export function EditHistory() {
  useUndoShortcut();
  const editCount = useAppStore((s) => s.edits.length);
  const futureCount = useAppStore((s) => s.editFuture.length);
  const undoEdit = useAppStore((s) => s.undoEdit);
  const redoEdit = useAppStore((s) => s.redoEdit);
  return (
    <>
      {(editCount > 0 || futureCount > 0) && (
        <div className="edit-history" role="group" aria-label="Corrections">
          <span className="edit-count">{editCount === 1 ? '1 correction' : `${editCount} corrections`}</span>
          <button type="button" className="button-quiet" disabled={editCount === 0} onClick={undoEdit}>
            Undo edit
          </button>
          <button type="button" className="button-quiet" disabled={futureCount === 0} onClick={redoEdit}>
            Redo edit
          </button>
        </div>
      )}
      <HiddenActors />
    </>
  );
}
