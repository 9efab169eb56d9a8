import { useAppStore } from '../../store/index.ts';
import './edit.css';

/**
 * Undo and redo for corrections, as buttons only: Ctrl/⌘+Z stays with the filters (useUndoShortcut), so a key
 * never takes back a correction the user did not see go. Shown once there is something to undo or redo.
 */
export function EditHistory() {
  const editCount = useAppStore((s) => s.edits.length);
  const futureCount = useAppStore((s) => s.editFuture.length);
  const undoEdit = useAppStore((s) => s.undoEdit);
  const redoEdit = useAppStore((s) => s.redoEdit);
  if (editCount === 0 && futureCount === 0) return null;
  return (
    <div className="edit-history" role="group" aria-label="Corrections">
      <span className="edit-count">
        {editCount === 1 ? '1 correction' : `${editCount} corrections`}
      </span>
      <button type="button" className="button-quiet" disabled={editCount === 0} onClick={undoEdit}>
        Undo edit
      </button>
      <button type="button" className="button-quiet" disabled={futureCount === 0} onClick={redoEdit}>
        Redo edit
      </button>
    </div>
  );
}
