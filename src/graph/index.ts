// The graph model the explorer derives its views from, pure functions of a graph document and the view
// state: the graphology model, the stacked filters and the focus, paths, metrics, and how one actor
// relates to the rest.
export { toGraphology } from './model.ts';
export type { ActorGraph, ActorLinkAttributes, ActorNodeAttributes, ActorsAndRelations } from './model.ts';
export { inducedSubgraph } from './subgraph.ts';
export type { VisibleGraph } from './subgraph.ts';
export { applyFilters } from './viewFilters.ts';
export type { FilteredGraph, FilterStep, ViewFilter, ViewFilterKind } from './viewFilters.ts';
export { visibleGraph } from './filter.ts';
export type { ActorFilter } from './filter.ts';
export { actorsWithin, egoNetwork, NEIGHBOURHOOD_DEPTHS } from './neighbourhood.ts';
export type { NeighbourhoodDepth } from './neighbourhood.ts';
export { shortestPath } from './path.ts';
export type { ActorPath, EvidenceSentence, PathHop } from './path.ts';
export * from './metrics/index.ts';
export { seededRandom } from './random.ts';
export { inTextOrder, neighboursOf, relationsOf, textPosition } from './relations.ts';
export type { Linked, RelationOfActor } from './relations.ts';
