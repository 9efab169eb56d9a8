import type { GraphDocument } from '../extract/types.ts';
import { egoNetwork } from './neighbourhood.ts';
import { graphUpToSentence } from './story.ts';
import { applyFilters, type FilteredGraph, type ViewFilter } from './viewFilters.ts';

/** The parts of the explorer's state that decide which actors and relations are in view. */
export interface ExploreView {
  /** How far the story has got (a sentence index from 0); null or absent: the whole article. */
  storyStep?: number | null;
  /** The actor whose direct neighbourhood is the whole view; null: the whole graph. */
  focusId: string | null;
  filters: readonly ViewFilter[];
}

/**
 * What the explorer shows of `graph`: the story first keeps what the article has told so far, the
 * focus narrows that to one actor's direct neighbourhood, then the filter chips narrow that, each
 * counting what it removes from what the focus left. A focus on an actor the graph lacks (a stale link,
 * or one the story has not reached yet) is ignored rather than showing nothing.
 */
export function exploredGraph(graph: GraphDocument, view: ExploreView): FilteredGraph {
  const { focusId, storyStep } = view;
  const told = storyStep === null || storyStep === undefined ? graph : graphUpToSentence(graph, storyStep);
  const focused =
    focusId !== null && told.actors.some((actor) => actor.id === focusId)
      ? { ...told, ...egoNetwork(told, focusId, 1) }
      : told;
  return applyFilters(focused, view.filters);
}
