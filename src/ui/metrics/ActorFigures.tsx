import { useId } from 'react';
import type { Actor, GraphDocument } from '../../extract/types.ts';
import { useExploredGraph } from '../graph/useExploredGraph.ts';
import { GroupSwatch } from './GroupSwatch.tsx';
import { useMeasuredGraph, useMeasures } from './useMeasures.ts';
import './metrics.css';

/**
 * The selected actor's figures in the graph shown, in words: how many of the others it is related to,
 * how much of a go-between it is, and its group with whom. Measured on what the graph shows now (story,
 * focus, filters), as the graph's sizes and colours are.
 */
export function ActorFigures({ graph, actor }: { graph: GraphDocument; actor: Actor }) {
  const headingId = useId();
  const measures = useMeasures();
  // The same shown graph the graph pane measures: the measures are kept per shown graph, not redone here.
  const { measured } = useMeasuredGraph(useExploredGraph(graph));
  // Nothing until the metrics have loaded (a moment after the page): no figure is better than a wrong one.
  if (!measures || !measured) return null;
  const figures = measures.actorFigures(actor.id, measured);
  const group = measured.metrics.community.get(actor.id);
  return (
    <section className="actor-figures" aria-labelledby={headingId}>
      <h4 id={headingId} className="section-title">
        In the graph shown
      </h4>
      {figures ? (
        // Lines rather than a list: the details' lists are the relations, one item per relation.
        <div className="figure-lines">
          <p>{figures.related}</p>
          <p>{figures.between}</p>
          <p>
            {group !== undefined && <GroupSwatch group={group} />}
            {figures.group}
          </p>
        </div>
      ) : (
        <p className="empty-note">{actor.label} is not in the graph shown, so it has no figures there.</p>
      )}
    </section>
  );
}
