import { useId, useMemo, useState, type FormEvent } from 'react';
import { ACTOR_TYPES, type Actor, type ActorType, type GraphDocument } from '../../extract/types.ts';
import { ACTOR_TYPE_STYLE } from '../../render/palette.ts';
import { useAppStore } from '../../store/index.ts';
import { ActorPicker } from '../path/ActorPicker.tsx';
import { DeleteActor } from './DeleteActor.tsx';
import { HideActor, SplitAliases } from './SplitAliases.tsx';
import './edit.css';

// Corrections to the selected actor, folded behind "Edit" so reading the details stays quiet. Each control
// adds one edit to the store's list; the views redraw from the edited graph and Undo edit takes it back.

export function ActorEditor({ graph, actor }: { graph: GraphDocument; actor: Actor }) {
  const [open, setOpen] = useState(false);
  const formId = useId();

  return (
    <section className="actor-editor" aria-label={`Edit ${actor.label}`}>
      <button type="button" className="button-quiet" aria-expanded={open} aria-controls={formId} onClick={() => setOpen(!open)}>
        Edit
      </button>
      {open && (
        <div id={formId} className="edit-controls">
          {/* Keyed by actor: the field starts from the label of whoever is selected now. */}
          <RenameField key={`${actor.id}:${actor.label}`} actor={actor} />
          <TypeSelect actor={actor} />
          <MergePicker graph={graph} actor={actor} />
          <SplitAliases actor={actor} />
          <HideActor actor={actor} />
          <DeleteActor key={actor.id} graph={graph} actor={actor} />
        </div>
      )}
    </section>
  );
}

function RenameField({ actor }: { actor: Actor }) {
  const applyEdit = useAppStore((s) => s.applyEdit);
  const [label, setLabel] = useState(actor.label);
  const fieldId = useId();
  const save = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = label.trim();
    if (trimmed !== '' && trimmed !== actor.label) applyEdit({ kind: 'rename-actor', actorId: actor.id, label: trimmed });
  };
  return (
    <form className="edit-row" onSubmit={save}>
      <label htmlFor={fieldId}>Name</label>
      <input id={fieldId} type="text" value={label} onChange={(event) => setLabel(event.target.value)} />
      <button type="submit" className="button-quiet">
        Save
      </button>
    </form>
  );
}

function TypeSelect({ actor }: { actor: Actor }) {
  const applyEdit = useAppStore((s) => s.applyEdit);
  const fieldId = useId();
  return (
    <div className="edit-row">
      <label htmlFor={fieldId}>Type</label>
      <select
        id={fieldId}
        value={actor.type}
        onChange={(event) => applyEdit({ kind: 'set-actor-type', actorId: actor.id, type: event.target.value as ActorType })}
      >
        {ACTOR_TYPES.map((type) => (
          <option key={type} value={type}>
            {ACTOR_TYPE_STYLE[type].label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Joins the selected actor into another one the user picks (the shared picker: type-ahead over every actor, a list
 * of the best matches rather than a menu of all 10,000); the selection follows (see the edit slice).
 */
function MergePicker({ graph, actor }: { graph: GraphDocument; actor: Actor }) {
  const applyEdit = useAppStore((s) => s.applyEdit);
  const [intoId, setIntoId] = useState<string | null>(null);
  const others = useMemo(() => graph.actors.filter((other) => other.id !== actor.id), [graph, actor.id]);
  const merge = (event: FormEvent) => {
    event.preventDefault();
    if (intoId !== null) applyEdit({ kind: 'merge-actors', intoId, fromId: actor.id });
  };
  return (
    <form className="edit-row" onSubmit={merge}>
      <ActorPicker label="Merge into…" actors={others} value={intoId} onPick={setIntoId} />
      <button type="submit" className="button-quiet" disabled={intoId === null}>
        Merge
      </button>
    </form>
  );
}
