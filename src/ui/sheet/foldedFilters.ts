import type { ViewFilter, ViewFilterKind } from '../../graph/viewFilters.ts';

// On a phone the filter bar keeps the actor box in sight and folds the rest behind "More filters"; the
// fold's button says how many of the folded filters are narrowing the graph, so none acts unseen.

/** The kinds whose controls sit in the fold; the actor filter has its box, the actor types the legend. */
export const FOLDED_FILTER_KINDS: readonly ViewFilterKind[] = ['text', 'min-mentions', 'polarity', 'relation-type'];

/** How many of the stacked filters are set through controls the fold hides. */
export function countFoldedFilters(filters: readonly ViewFilter[]): number {
  return filters.filter((filter) => FOLDED_FILTER_KINDS.includes(filter.kind)).length;
}
