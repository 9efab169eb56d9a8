import { useMemo } from 'react';
import { ACTOR_TYPES, type GraphDocument } from '../../extract/types.ts';
import { visibleGraph } from '../../graph/filter.ts';
import { useAppStore } from '../../store/index.ts';
import { ActorFilterBox } from '../filter/ActorFilterBox.tsx';
import { GraphView } from './GraphView.tsx';
import { Legend } from './Legend.tsx';
import './graph.css';

/** The centre of the app: the filter, how much of the graph it shows, the graph itself and its legend. */
export function GraphPane({ graph }: { graph: GraphDocument }) {
  const filter = useAppStore((s) => s.filter);
  const visible = useMemo(() => visibleGraph(graph, filter), [graph, filter]);
  // One layout per set of documents: filtering shows a subset where its nodes already were, so the reader
  // keeps their mental map; only another article starts a fresh layout.
  const layoutKey = graph.documents.map((d) => `${d.id}:${d.title}:${d.text.length}`).join('+');
  const actorTypes = useMemo(
    () => ACTOR_TYPES.filter((type) => graph.actors.some((actor) => actor.type === type)),
    [graph],
  );

  return (
    <section id="graph" className="pane graph-pane" aria-label="Graph" tabIndex={-1}>
      <div className="graph-toolbar">
        <ActorFilterBox actors={graph.actors} />
        <p className="filter-count" role="status" aria-live="polite">
          Showing {visible.actors.length} of {graph.actors.length} actors
        </p>
      </div>
      <GraphView visible={visible} layoutKey={layoutKey} />
      <Legend actorTypes={actorTypes} />
    </section>
  );
}
