import type { StateCreator } from 'zustand/vanilla';
import type { ViewFilter, ViewFilterKind } from '../graph/viewFilters.ts';
import {
  withActor,
  withActorDepth,
  withActorTypeToggled,
  withMinMentions,
  withoutActor,
  withoutFilter,
  withPolarityToggled,
  withRelationTypeToggled,
  withSearch,
} from './filterList.ts';
import type { AppState, FilterSlice } from './types.ts';

/** The filter state of a fresh graph: nothing filtered, nothing to undo. */
export const NO_FILTERS: Pick<FilterSlice, 'filters' | 'filterPast' | 'filterFuture' | 'lastFilterEdit'> = {
  filters: [],
  filterPast: [],
  filterFuture: [],
  lastFilterEdit: null,
};

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => {
  /**
   * Replaces the filter list with `edit` of it, remembering the old list for undo. Typing into the
   * search or the minimum (`typing`) is one undo step per field, not one per key.
   */
  const change = (kind: ViewFilterKind, edit: (filters: readonly ViewFilter[]) => ViewFilter[], typing = false) =>
    set((s) => {
      const filters = edit(s.filters);
      if (sameFilters(filters, s.filters)) return s;
      const continuing = typing && s.lastFilterEdit === kind;
      return {
        filters,
        filterPast: continuing ? s.filterPast : [...s.filterPast, s.filters],
        filterFuture: [],
        lastFilterEdit: typing ? kind : null,
      };
    });

  return {
    ...NO_FILTERS,
    addToFilter: (actorId) => change('actor', (f) => withActor(f, actorId)),
    removeFromFilter: (actorId) => change('actor', (f) => withoutActor(f, actorId)),
    clearFilter: () => change('actor', (f) => withoutFilter(f, 'actor')),
    setActorDepth: (depth) => change('actor', (f) => withActorDepth(f, depth)),
    toggleActorType: (type) => change('actor-type', (f) => withActorTypeToggled(f, type)),
    togglePolarity: (polarity) => change('polarity', (f) => withPolarityToggled(f, polarity)),
    toggleRelationType: (type) => change('relation-type', (f) => withRelationTypeToggled(f, type)),
    setMinMentions: (min) => change('min-mentions', (f) => withMinMentions(f, min), true),
    setSearch: (query) => change('text', (f) => withSearch(f, query), true),
    removeFilter: (kind) => change(kind, (f) => withoutFilter(f, kind)),
    undoFilter: () =>
      set((s) => {
        const previous = s.filterPast.at(-1);
        if (!previous) return s;
        return {
          filters: previous,
          filterPast: s.filterPast.slice(0, -1),
          filterFuture: [s.filters, ...s.filterFuture],
          lastFilterEdit: null,
        };
      }),
    redoFilter: () =>
      set((s) => {
        const [next, ...rest] = s.filterFuture;
        if (!next) return s;
        return { filters: next, filterPast: [...s.filterPast, s.filters], filterFuture: rest, lastFilterEdit: null };
      }),
  };
};

/** Lists of plain data: equal when they serialise alike (the lists are a handful of small objects). */
function sameFilters(a: readonly ViewFilter[], b: readonly ViewFilter[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
