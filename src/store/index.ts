// The store the app runs on: the slices wired to the real extraction worker, and a React hook onto it.
import { useStore } from 'zustand';
import { createExtractClient } from '../worker/client.ts';
import { createAppStore } from './appStore.ts';
import type { AppState } from './types.ts';

const extractClient = createExtractClient();

export const appStore = createAppStore((documents, controls) => extractClient.extract(documents, controls));

/** Starts the article reader (its worker and language model) while the page opens, ahead of the first text. */
export function startReader(): void {
  extractClient.warmUp();
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}

export { actorById, selectEditedGraph, selectGraph, selectSelectedActor } from './selectors.ts';
export type { AppState, ArticleLoad } from './types.ts';
