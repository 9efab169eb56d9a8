import type { StateCreator } from 'zustand/vanilla';
import type { AppState, SelectionSlice } from './types.ts';

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  hoveredId: null,
  selectActor: (actorId) => set({ selectedId: actorId }),
  hoverActor: (actorId) => set({ hoveredId: actorId }),
});
