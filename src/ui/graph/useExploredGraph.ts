import { useMemo } from 'react';
import type { GraphDocument } from '../../extract/types.ts';
import { exploredGraph, type ExploreView } from '../../graph/explore.ts';
import type { FilteredGraph } from '../../graph/viewFilters.ts';
import { useAppStore } from '../../store/index.ts';

// What the story, focus and filters leave of the graph, as the graph pane draws it. The graph pane, the
// path and the selected actor's figures all read it; worked out once per change of the view and shared,
// so they agree and the measures keyed on it are computed once.

const NOTHING_SHOWN: FilteredGraph = { actors: [], relations: [], steps: [] };

let last: { graph: GraphDocument; view: ExploreView; shown: FilteredGraph } | null = null;

function exploredOnce(graph: GraphDocument, view: ExploreView): FilteredGraph {
  const same =
    last !== null &&
    last.graph === graph &&
    last.view.storyStep === view.storyStep &&
    last.view.focusId === view.focusId &&
    last.view.filters === view.filters;
  if (same && last) return last.shown;
  last = { graph, view, shown: exploredGraph(graph, view) };
  return last.shown;
}

export function useExploredGraph(graph: GraphDocument | null): FilteredGraph {
  const storyStep = useAppStore((s) => s.storyStep);
  const focusId = useAppStore((s) => s.focusId);
  const filters = useAppStore((s) => s.filters);
  return useMemo(
    () => (graph ? exploredOnce(graph, { storyStep, focusId, filters }) : NOTHING_SHOWN),
    [graph, storyStep, focusId, filters],
  );
}
