import type { StateCreator } from 'zustand/vanilla';
import type { AppState, ExploreSlice } from './types.ts';

/** The explorer's view of a fresh graph: no focus, no path, sized by mentions, coloured by type, all of it. */
export const NO_EXPLORATION: Pick<ExploreSlice, 'focusId' | 'pathEnds' | 'storyStep' | 'viewPort'> = {
  focusId: null,
  pathEnds: { from: null, to: null },
  storyStep: null,
  viewPort: null,
};

export const createExploreSlice: StateCreator<AppState, [], [], ExploreSlice> = (set) => ({
  ...NO_EXPLORATION,
  sizeBy: 'mentions',
  colourBy: 'type',
  // A new focus is a new view: it is fitted, not seen through the zoom the last one was left at.
  setFocus: (focusId) => set({ focusId, viewPort: null }),
  setPathEnd: (end, actorId) => set((s) => ({ pathEnds: { ...s.pathEnds, [end]: actorId } })),
  clearPath: () => set({ pathEnds: NO_EXPLORATION.pathEnds }),
  setSizeBy: (sizeBy) => set({ sizeBy }),
  setColourBy: (colourBy) => set({ colourBy }),
  setStoryStep: (storyStep) => set({ storyStep }),
  setViewPort: (viewPort) => set({ viewPort }),
});
