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
  return (set, get) => {
    /** Calls off the read in progress; replaced by each new read, so a stale one never clears a newer one's bar. */
    let current: AbortController | null = null;
    return {
      sources: [],
      load: { status: 'loading' },
      readProgress: null,
      trackReading: async (run) => {
        const own = new AbortController();
        current = own;
        set({ readProgress: { done: 0, total: 0 } });
        const result = await run({
          signal: own.signal,
          onProgress: (progress) => {
            if (current === own) set({ readProgress: progress });
          },
        });
        if (current === own) {
          current = null;
          set({ readProgress: null });
        }
        return result;
      },
      cancelReading: () => current?.abort(),
      readArticles: async (documents) => {
        set({ sources: documents, load: { status: 'loading' } });
        const result = await get().trackReading((controls) => read(documents, controls));
        // A newer read has taken over; its own reply will fill the state.
        if (!result.ok && result.superseded) return;
        if (result.ok) {
          set(freshGraphState(result.graph));
        } else {
          // Cancelled here there was no graph to go back to: the message offers to try again.
          set({ load: { status: 'failed', message: result.cancelled ? 'you cancelled the reading' : result.message } });
        }
      },
      retryReading: () => get().readArticles(get().sources),
    };
  };
}
