import { createStore } from 'zustand/vanilla';
import { createDocumentSlice } from './documentSlice.ts';
import { createEditSlice, reportSkippedEdits } from './editSlice.ts';
import { createExploreSlice } from './exploreSlice.ts';
import { createFilterSlice } from './filterSlice.ts';
import { createSelectionSlice } from './selectionSlice.ts';
import type { AppState, ReadArticles } from './types.ts';
import { createWorkspaceSlice } from './workspaceSlice.ts';

/** One store of slices; the reader is a parameter so tests run it without a worker. */
export function createAppStore(read: ReadArticles) {
  const store = createStore<AppState>()((...a) => ({
    ...createDocumentSlice(read)(...a),
    ...createSelectionSlice(...a),
    ...createFilterSlice(...a),
    ...createExploreSlice(...a),
    ...createWorkspaceSlice(read)(...a),
    ...createEditSlice(...a),
  }));
  reportSkippedEdits(store);
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
