import { useMemo } from 'react';
import type { GraphDocument } from '../../extract/types.ts';
import { useAppStore } from '../../store/index.ts';
import type { Spotlight } from '../article/articlePieces.ts';
import type { VisibleGraph } from '../../graph/filter.ts';
import { useExploredGraph } from '../graph/useExploredGraph.ts';
import { useLazyModule } from '../useLazyModule.ts';
import type { PathDrawing, PathView } from './pathView.ts';

// The path the user asked for, among what the graph shows: the panel lists it, the graph lights it and the
// article spotlights its sentences, each reading it here from the same store state as the graph pane's view.
// The path search (graphology's shortest path) loads in its own chunk on first use (useLazyModule).

const loadPathView = () => import('./pathView.ts');

const NO_PATH: PathView = { status: 'picking', from: null, to: null };

/** What the story, focus and filters leave of `graph`, as the graph pane draws it. */
export function useShownGraph(graph: GraphDocument | null): VisibleGraph {
  return useExploredGraph(graph);
}

export function useShownPath(graph: GraphDocument | null): PathView {
  const shown = useShownGraph(graph);
  const from = useAppStore((s) => s.pathEnds.from);
  const to = useAppStore((s) => s.pathEnds.to);
  const paths = useLazyModule(loadPathView);
  return useMemo(
    () => (graph && paths ? paths.pathView(graph, shown, { from, to }) : NO_PATH),
    [graph, paths, shown, from, to],
  );
}

const NO_SPOTLIGHTS: Spotlight[] = [];

/** The sentences of every hop of the shown path, for the article; none while no path is shown. */
export function usePathSpotlights(graph: GraphDocument | null): Spotlight[] {
  const view = useShownPath(graph);
  return view.status === 'found' ? view.spotlights : NO_SPOTLIGHTS;
}

/** The actors and links the graph lights for the shown path; null while no path is shown. */
export function usePathDrawing(graph: GraphDocument): PathDrawing | null {
  const view = useShownPath(graph);
  return view.status === 'found' ? view.drawing : null;
}
