// The store the app runs on: the slices wired to the real extraction worker, and a React hook onto it.
import { useStore } from 'zustand';
import { createAppStore } from './appStore.ts';
import { withKnownGraph } from './knownGraph.ts';
import { extractClient } from './reader.ts';
import type { AppState } from './types.ts';

// The seed's graph, worked out at build time (cli/build/seedGraphPlugin.ts): asked for now, so it has come by the
// time the seed is opened; a failed load only means the worker reads the seed.
const seedGraph = import('virtual:seed-graph').then((module) => module.default);

export const appStore = createAppStore(withKnownGraph((documents, controls) => extractClient.extract(documents, controls), seedGraph));

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}

export { actorById, selectEditedGraph, selectGraph, selectSelectedActor } from './selectors.ts';
export type { AppState, ArticleLoad } from './types.ts';
