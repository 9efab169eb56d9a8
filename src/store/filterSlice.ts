import type { StateCreator } from 'zustand/vanilla';
import type { AppState, FilterSlice } from './types.ts';

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  filter: { actorIds: [] },
  addToFilter: (actorId) =>
    set((s) =>
      s.filter.actorIds.includes(actorId) ? s : { filter: { actorIds: [...s.filter.actorIds, actorId] } },
    ),
  removeFromFilter: (actorId) =>
    set((s) => ({ filter: { actorIds: s.filter.actorIds.filter((id) => id !== actorId) } })),
  clearFilter: () => set({ filter: { actorIds: [] } }),
});
