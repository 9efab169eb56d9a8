import type { StateCreator } from 'zustand/vanilla';
import { NO_EXPLORATION } from './exploreSlice.ts';
import { NO_FILTERS } from './filterSlice.ts';
import type { GraphDocument } from '../extract/types.ts';
import type { AppState, DocumentSlice, ReadArticles } from './types.ts';

type FreshGraphState = Pick<AppState, 'load' | 'selectedId' | 'hoveredId'> & typeof NO_FILTERS & typeof NO_EXPLORATION;

/** A graph ready to show, the view started clean: ids, selection, filters, focus and zoom were the old graph's. */
export function freshGraphState(graph: GraphDocument): FreshGraphState {
  return { load: { status: 'ready', graph }, selectedId: null, hoveredId: null, ...NO_FILTERS, ...NO_EXPLORATION };
}

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
        set(freshGraphState(result.graph));
      } else {
        set({ load: { status: 'failed', message: result.message } });
      }
    },
    retryReading: () => get().readArticles(get().sources),
  });
}
