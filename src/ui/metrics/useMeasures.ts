import { useMemo } from 'react';
import type { ActorsAndRelations } from '../../graph/model.ts';
import { useAppStore } from '../../store/index.ts';
import type { DrawingOptions } from '../graph/GraphView.tsx';
import type { MeasuredGraph } from './nodeMeasures.ts';
import { useLazyModule } from '../useLazyModule.ts';

// The metrics code (graphology's Louvain and Brandes with their indices) loads in a chunk of its own on
// first use (useLazyModule): the graph's first drawing needs none of it (sized by mentions, coloured by
// type). Until it arrives, nodes are sized by mentions and nothing is measured.

const loadMeasures = () => import('./nodeMeasures.ts');

/** The metrics module once it has loaded; null before. */
export function useMeasures(): Awaited<ReturnType<typeof loadMeasures>> | null {
  return useLazyModule(loadMeasures);
}

const UNMEASURED: DrawingOptions = {};

/** Each shown graph measured once, however many components ask (betweenness and Louvain are the dear part). */
const measuredGraphs = new WeakMap<ActorsAndRelations, MeasuredGraph>();

function measuredOnce(
  measures: Awaited<ReturnType<typeof loadMeasures>>,
  visible: ActorsAndRelations,
): MeasuredGraph {
  const known = measuredGraphs.get(visible);
  if (known) return known;
  const measured = measures.measureGraph(visible);
  measuredGraphs.set(visible, measured);
  return measured;
}

/**
 * The graph shown, measured (null until the metrics have loaded), and how its nodes are drawn by the
 * chosen size and colour: measured again whenever what is shown changes (story, focus, filters), never
 * on a change of selection or hover.
 */
export function useMeasuredGraph(visible: ActorsAndRelations): { measured: MeasuredGraph | null; drawing: DrawingOptions } {
  const measures = useMeasures();
  const sizeBy = useAppStore((s) => s.sizeBy);
  const colourBy = useAppStore((s) => s.colourBy);
  const measured = useMemo(() => (measures ? measuredOnce(measures, visible) : null), [measures, visible]);
  const drawing = useMemo(
    () =>
      measures && measured
        ? { sizes: measures.nodeSizes(sizeBy, measured), groups: measures.nodeGroups(colourBy, measured) }
        : UNMEASURED,
    [measures, measured, sizeBy, colourBy],
  );
  return { measured, drawing };
}
