import type { GraphDocument } from '../extract/types.ts';
import { egoNetwork } from './neighbourhood.ts';
import { applyFilters, type FilteredGraph, type ViewFilter } from './viewFilters.ts';

/** The parts of the explorer's state that decide which actors and relations are in view. */
export interface ExploreView {
  /** The actor whose direct neighbourhood is the whole view; null: the whole graph. */
  focusId: string | null;
  filters: readonly ViewFilter[];
}

/**
 * What the explorer shows of `graph`: the focus narrows it to one actor's direct neighbourhood first,
 * then the filter chips narrow that, each counting what it removes from what the focus left. A focus on
 * an actor the graph lacks (a stale link) is ignored rather than showing nothing.
 */
export function exploredGraph(graph: GraphDocument, view: ExploreView): FilteredGraph {
  const { focusId } = view;
  const focused =
    focusId !== null && graph.actors.some((actor) => actor.id === focusId)
      ? { ...graph, ...egoNetwork(graph, focusId, 1) }
      : graph;
  return applyFilters(focused, view.filters);
}
