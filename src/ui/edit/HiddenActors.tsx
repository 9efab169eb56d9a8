import { useId, useMemo, useState } from 'react';
import type { HideableActor } from '../../graph/edits/index.ts';
import { selectEditedGraph, useAppStore } from '../../store/index.ts';

// Hidden actors are out of every view, so the way back has to be somewhere that does not need them: here, at
// the top of the details, beside the corrections' undo, where the user hid them ("Hide" in the Edit fold).

export function HiddenActors() {
  const graph = useAppStore(selectEditedGraph);
  const applyEdit = useAppStore((s) => s.applyEdit);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const hidden = useMemo(
    () => (graph?.actors ?? []).filter((actor: HideableActor) => actor.hidden === true).sort((a, b) => a.label.localeCompare(b.label)),
    [graph],
  );
  if (hidden.length === 0) return null;
  return (
    <div className="hidden-actors">
      <button
        type="button"
        className="button-quiet"
        aria-expanded={open}
        aria-controls={listId}
        data-hidden-actors-toggle=""
        onClick={() => setOpen(!open)}
      >
        {hidden.length === 1 ? '1 hidden actor' : `${hidden.length} hidden actors`}
      </button>
      {open && (
        <ul id={listId} className="hidden-actor-list" aria-label="Hidden actors">
          {hidden.map((actor) => (
            <li key={actor.id}>
              <span>{actor.label}</span>
              <button
                type="button"
                className="button-quiet"
                aria-label={`Show ${actor.label}`}
                onClick={() => applyEdit({ kind: 'show-actor', actorId: actor.id })}
              >
                Show
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
