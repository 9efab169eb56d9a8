// The graph model the app derives views from: what a filter shows, and how one actor relates to the rest.
export { visibleGraph } from './filter.ts';
export type { ActorFilter, VisibleGraph } from './filter.ts';
export { relationsOf, neighboursOf } from './relations.ts';
export type { RelationOfActor, Linked } from './relations.ts';
