import type { StateCreator } from 'zustand/vanilla';
import { NO_EXPLORATION } from './exploreSlice.ts';
import { NO_FILTERS } from './filterSlice.ts';
import type { AppState, DocumentSlice, ReadArticles } from './types.ts';

export function createDocumentSlice(read: ReadArticles): StateCreator<AppState, [], [], DocumentSlice> {
  return (set, get) => ({
    sources: [],
    load: { status: 'loading' },
    readArticles: async (documents) => {
      set({ sources: documents, load: { status: 'loading' } });
      const result = await read(documents);
      // A newer read has taken over; its own reply will fill the state.
      if (!result.ok && result.superseded) return;
      if (result.ok) {
        // Ids, selection, filters, focus, path and zoom belong to the previous graph: start clean on the new one.
        set({
          load: { status: 'ready', graph: result.graph },
          selectedId: null,
          hoveredId: null,
          ...NO_FILTERS,
          ...NO_EXPLORATION,
        });
      } else {
        set({ load: { status: 'failed', message: result.message } });
      }
    },
    retryReading: () => get().readArticles(get().sources),
  });
}
