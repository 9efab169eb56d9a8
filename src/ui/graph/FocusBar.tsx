import { useMemo } from 'react';
import type { GraphDocument } from '../../extract/types.ts';
import { neighboursOf } from '../../graph/relations.ts';
import { actorById, useAppStore } from '../../store/index.ts';
import './focus.css';

// Focus (double-click an actor, Enter on the selected one, or the details' button) makes one actor's
// neighbourhood the whole view. The bar says whose, and leads back to everyone; Escape does too.

/** "Focused on Assad · 4 related actors" and "Show everyone" while a focus is on; how to focus while not. */
export function FocusBar({ graph }: { graph: GraphDocument }) {
  const focusId = useAppStore((s) => s.focusId);
  const setFocus = useAppStore((s) => s.setFocus);
  const actor = actorById(graph, focusId);
  const related = useMemo(() => (actor ? neighboursOf(graph, actor.id).size : 0), [graph, actor]);
  // The button goes with the focus: keyboard focus moves to the actor that was focused, not to the page.
  const showEveryone = (actorId: string) => {
    setFocus(null);
    document.querySelector<SVGElement>(`.ag-node[data-actor-id="${CSS.escape(actorId)}"]`)?.focus();
  };

  return (
    <div className="focus-bar" data-focused={actor ? 'true' : undefined}>
      {/* Always in the page, so a screen reader hears each new focus as it is set. */}
      <p className="focus-bar-text" role="status">
        {actor && (
          <>
            Focused on <strong>{actor.label}</strong>{' '}
            <span className="focus-bar-count">
              · {related} related {related === 1 ? 'actor' : 'actors'}
            </span>
          </>
        )}
      </p>
      {actor ? (
        <button
          type="button"
          className="button-quiet"
          onClick={() => showEveryone(actor.id)}
          aria-keyshortcuts="Escape"
        >
          Show everyone
        </button>
      ) : (
        // Says how to focus where the bar will be, so it takes the same room either way.
        <p className="focus-hint">
          <span className="focus-hint-pointer">Double-click</span>
          <span className="focus-hint-touch">Double-tap</span> an actor to focus on it
        </p>
      )}
    </div>
  );
}

/** The details panel's toggle: pressed while the selected actor is the focus; pressing again shows everyone. */
export function FocusButton({ actorId }: { actorId: string }) {
  const focused = useAppStore((s) => s.focusId === actorId);
  const setFocus = useAppStore((s) => s.setFocus);
  return (
    <button
      type="button"
      className="button-quiet focus-toggle"
      aria-pressed={focused}
      onClick={() => setFocus(focused ? null : actorId)}
    >
      Focus on this actor
    </button>
  );
}
