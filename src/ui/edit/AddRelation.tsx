import { lazy, Suspense, useRef, useState } from 'react';
import type { Actor, GraphDocument } from '../../extract/types.ts';

// "Add relation…" under the selected actor's relations: a relation the machine missed. The form, with its
// sentence finder, loads on first use: the first screen does not need it.

const AddRelationForm = lazy(() => import('./AddRelationForm.tsx').then((module) => ({ default: module.AddRelationForm })));

export function AddRelation({ graph, actor }: { graph: GraphDocument; actor: Actor }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  if (graph.actors.length < 2) return null;
  return (
    <div className="add-relation">
      <button ref={opener} type="button" className="button-quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
        Add relation…
      </button>
      {open && (
        <Suspense fallback={<p className="empty-note">Loading the form…</p>}>
          <AddRelationForm key={actor.id} graph={graph} actor={actor} onDone={close} />
        </Suspense>
      )}
    </div>
  );
}
