import type { Relation } from '../../extract/types.ts';
import { relationRefOf } from '../../graph/edits/index.ts';
import { useAppStore } from '../../store/index.ts';

/** Takes a relation the machine read wrongly out of the graph; Undo edit brings it back. */
export function DeleteRelationButton({ relation }: { relation: Relation }) {
  const applyEdit = useAppStore((s) => s.applyEdit);
  return (
    <button
      type="button"
      className="button-quiet relation-delete"
      onClick={() => applyEdit({ kind: 'delete-relation', relation: relationRefOf(relation) })}
    >
      Delete relation
    </button>
  );
}
