import { useState } from 'react';
import type { Actor, GraphDocument } from '../../extract/types.ts';
import { relationsOf } from '../../graph/relations.ts';
import { useAppStore } from '../../store/index.ts';

/** Deleting takes the actor and all its relations, so it asks once, saying how many relations go with it. */
export function DeleteActor({ graph, actor }: { graph: GraphDocument; actor: Actor }) {
  const applyEdit = useAppStore((s) => s.applyEdit);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <div className="edit-row">
        <button type="button" className="button-quiet danger" onClick={() => setConfirming(true)}>
          Delete actor
        </button>
      </div>
    );
  }
  const relationCount = relationsOf(graph, actor.id).length;
  return (
    <div className="edit-row edit-confirm" role="group" aria-label="Confirm deletion">
      <p>
        Delete {actor.label} and {relationCount === 1 ? 'its 1 relation' : `its ${relationCount} relations`}?
      </p>
      <button type="button" className="button-quiet danger" onClick={() => applyEdit({ kind: 'delete-actor', actorId: actor.id })}>
        Delete
      </button>
      <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}
