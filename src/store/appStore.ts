import { createStore } from 'zustand/vanilla';
import { createDocumentSlice } from './documentSlice.ts';
import { createExploreSlice } from './exploreSlice.ts';
import { createFilterSlice } from './filterSlice.ts';
import { createSelectionSlice } from './selectionSlice.ts';
import type { AppState, ReadArticles } from './types.ts';
import { createWorkspaceSlice } from './workspaceSlice.ts';

/** One store of slices; the reader is a parameter so tests run it without a worker. */
export function createAppStore(read: ReadArticles) {
  return createStore<AppState>()((...a) => ({
    ...createDocumentSlice(read)(...a),
    ...createSelectionSlice(...a),
    ...createFilterSlice(...a),
    ...createExploreSlice(...a),
    ...createWorkspaceSlice(read)(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
