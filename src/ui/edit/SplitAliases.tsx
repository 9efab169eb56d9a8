import { useId } from 'react';
import type { Actor } from '../../extract/types.ts';
import { useAppStore } from '../../store/index.ts';
import { focusAfterRender } from './focusAfterRender.ts';

/**
 * Each alias with "Split off": a wrong merge ("Georgia" the state read as the country) undone one name at a time.
 * The alias becomes an actor of its own with the mentions written that way; the actor split from stays selected.
 */
export function SplitAliases({ actor }: { actor: Actor }) {
  const applyEdit = useAppStore((s) => s.applyEdit);
  const labelId = useId();
  if (actor.aliases.length === 0) return null;
  return (
    <div className="edit-row alias-row">
      <span className="edit-label" id={labelId}>
        Also called
      </span>
      <ul className="alias-list" aria-labelledby={labelId}>
        {actor.aliases.map((alias) => (
          <li key={alias}>
            <span>{alias}</span>
            <button
              type="button"
              className="button-quiet"
              aria-label={`Split off “${alias}”`}
              onClick={(event) => {
                const controls = event.currentTarget.closest('.edit-controls');
                applyEdit({ kind: 'split-alias', actorId: actor.id, alias });
                // The button goes with its alias: the keyboard stays in the fold, on the next alias or on Hide actor.
                focusAfterRender(() => controls?.querySelector<HTMLElement>('.alias-list button, .hide-actor-button') ?? null);
              }}
            >
              Split off
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Takes the actor out of every view but keeps it in the document; "N hidden actors" above brings it back. */
export function HideActor({ actor }: { actor: Actor }) {
  const applyEdit = useAppStore((s) => s.applyEdit);
  return (
    <div className="edit-row">
      <button
        type="button"
        className="button-quiet hide-actor-button"
        onClick={() => {
          applyEdit({ kind: 'hide-actor', actorId: actor.id });
          // The details close with the selection: the keyboard goes to the way back ("N hidden actors").
          focusAfterRender(() => document.querySelector<HTMLElement>('[data-hidden-actors-toggle]'));
        }}
      >
        Hide actor
      </button>
      <span className="edit-hint">Out of the graph, table and filters; kept in the export. Bring it back from “hidden actors”.</span>
    </div>
  );
}
