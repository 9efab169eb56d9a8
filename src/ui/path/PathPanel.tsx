import { useEffect, useId, useMemo, useRef } from 'react';
import type { Actor, GraphDocument } from '../../extract/types.ts';
import { useAppStore } from '../../store/index.ts';
import { ActorPicker } from './ActorPicker.tsx';
import { PathHops } from './PathHops.tsx';
import { pathSummary } from './pathWords.ts';
import { useShownGraph, useShownPath } from './useShownPath.ts';
import './path.css';

// "Path": pick two actors (here, or with "Path from here" / "Path to here" in an actor's details) and
// read the shortest chain of relations between them among the actors shown, hop by hop with the sentences
// that state it; the graph lights the chain and the article spotlights those sentences.

export function PathPanel({ graph }: { graph: GraphDocument }) {
  const headingId = useId();
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const view = useShownPath(graph);
  const shown = useShownGraph(graph);
  const { from, to } = useAppStore((s) => s.pathEnds);
  const setPathEnd = useAppStore((s) => s.setPathEnd);
  const clearPath = useAppStore((s) => s.clearPath);

  const labelOf = useMemo(() => {
    const labels = new Map(graph.actors.map((actor) => [actor.id, actor.label]));
    return (actorId: string) => labels.get(actorId) ?? actorId;
  }, [graph]);
  const noteOf = useMemo(() => {
    const shownIds = new Set(shown.actors.map((actor) => actor.id));
    return (actor: Actor) => (shownIds.has(actor.id) ? null : 'not shown');
  }, [shown]);
  const showEverything = useShowEverything();

  // Ends set elsewhere ("Path to here" under a long list of relations, a phone's sheet where the actor's
  // details come first) may leave the answer out of sight: bring it into the pane's view.
  useEffect(() => {
    if (from !== null && to !== null) summaryRef.current?.scrollIntoView({ block: 'nearest' });
  }, [from, to]);

  const swap = () => {
    setPathEnd('from', to);
    setPathEnd('to', from);
  };

  return (
    <section className="path-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="pane-title">
        Path
      </h2>
      <div className="path-ends">
        <ActorPicker label="From" actors={graph.actors} value={from} onPick={(id) => setPathEnd('from', id)} noteOf={noteOf} />
        <ActorPicker label="To" actors={graph.actors} value={to} onPick={(id) => setPathEnd('to', id)} noteOf={noteOf} />
        <div className="path-actions">
          <button type="button" className="button-quiet" onClick={swap}>
            <span aria-hidden="true">⇅ </span>Swap
          </button>
          <button type="button" className="button-quiet" onClick={clearPath}>
            Clear path
          </button>
        </div>
      </div>
      <p ref={summaryRef} className="path-summary" role="status" tabIndex={-1}>
        {pathSummary(view, labelOf)}
      </p>
      {view.status === 'none-shown' && (
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            showEverything();
            summaryRef.current?.focus();
          }}
        >
          Search all actors
        </button>
      )}
      {view.status === 'found' && <PathHops path={view.path} labelOf={labelOf} />}
    </section>
  );
}

/**
 * "Search all actors" shows the whole graph (the whole story, no focus, no filter chip) so that the chain
 * found can be lit in the graph as well as listed: a chain through actors the view hides could not be
 * drawn. Each chip removed can come back with "Undo filter", the focus with the browser's Back.
 */
function useShowEverything(): () => void {
  const filters = useAppStore((s) => s.filters);
  const removeFilter = useAppStore((s) => s.removeFilter);
  const setFocus = useAppStore((s) => s.setFocus);
  const setStoryStep = useAppStore((s) => s.setStoryStep);
  return () => {
    setStoryStep(null);
    setFocus(null);
    for (const filter of filters) removeFilter(filter.kind);
  };
}
