import type { Actor, GraphDocument, Relation } from '../extract/types.ts';

/** What the user chose to look at; an empty list means the whole graph. */
export interface ActorFilter {
  actorIds: readonly string[];
}

export interface VisibleGraph {
  actors: Actor[];
  relations: Relation[];
}

/**
 * The part of the graph a filter shows: the chosen actors, every actor directly related to one of them
 * (by a relation in either direction), and the relations among all those visible actors, so two
 * neighbours of Kerry that fight each other still show that link. Ids not in the graph are ignored.
 * Actors and relations keep the document's order.
 */
export function visibleGraph(graph: GraphDocument, filter: ActorFilter): VisibleGraph {
  if (filter.actorIds.length === 0) {
    return { actors: [...graph.actors], relations: [...graph.relations] };
  }
  const chosen = new Set(filter.actorIds);
  const visibleIds = new Set<string>();
  for (const actor of graph.actors) if (chosen.has(actor.id)) visibleIds.add(actor.id);
  for (const relation of graph.relations) {
    if (chosen.has(relation.source)) visibleIds.add(relation.target);
    if (chosen.has(relation.target)) visibleIds.add(relation.source);
  }
  const actors = graph.actors.filter((actor) => visibleIds.has(actor.id));
  const shownIds = new Set(actors.map((actor) => actor.id));
  const relations = graph.relations.filter(
    (relation) => shownIds.has(relation.source) && shownIds.has(relation.target),
  );
  return { actors, relations };
}
