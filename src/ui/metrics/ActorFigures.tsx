import { useId, useMemo } from 'react';
import type { Actor, GraphDocument } from '../../extract/types.ts';
import { exploredGraph } from '../../graph/explore.ts';
import { useAppStore } from '../../store/index.ts';
import { GroupSwatch } from './GroupSwatch.tsx';
import { useMeasures } from './useMeasures.ts';
import './metrics.css';

/**
 * The selected actor's figures in the graph shown, in words: how many of the others it is related to,
 * how much of a go-between it is, and its group with whom. Measured on what the graph shows now (story,
 * focus, filters), as the graph's sizes and colours are.
 */
export function ActorFigures({ graph, actor }: { graph: GraphDocument; actor: Actor }) {
  const headingId = useId();
  const storyStep = useAppStore((s) => s.storyStep);
  const focusId = useAppStore((s) => s.focusId);
  const filters = useAppStore((s) => s.filters);
  const measures = useMeasures();
  const measured = useMemo(
    () => measures?.measureGraph(exploredGraph(graph, { storyStep, focusId, filters })) ?? null,
    [measures, graph, storyStep, focusId, filters],
  );
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
