import type { GraphDocument } from '../extract/types.ts';
import type { VisibleGraph } from './subgraph.ts';
import { applyFilters } from './viewFilters.ts';

export type { VisibleGraph } from './subgraph.ts';

/** What the user chose to look at; an empty list means the whole graph. */
export interface ActorFilter {
  actorIds: readonly string[];
}

/**
 * The part of the graph a filter shows: the chosen actors, every actor directly related to one of them
 * (by a relation in either direction), and the relations among all those visible actors, so two
 * neighbours of Kerry that fight each other still show that link. Ids not in the graph are ignored.
 * Actors and relations keep the document's order. The explorer's actor chip at depth 1.
 */
export function visibleGraph(graph: GraphDocument, filter: ActorFilter): VisibleGraph {
  const { actors, relations } = applyFilters(graph, [{ kind: 'actor', actorIds: filter.actorIds, depth: 1 }]);
  return { actors, relations };
}
