import type { Actor, Relation } from '../extract/types.ts';
import type { ActorsAndRelations } from './model.ts';

/** The actors and relations the graph view draws, in the graph document's order. */
export interface VisibleGraph {
  actors: Actor[];
  relations: Relation[];
}

/**
 * The chosen actors and every relation among them: a relation shows only when both its ends do, so
 * hiding an actor hides its relations too. Keeps the order it is given.
 */
export function inducedSubgraph(graph: ActorsAndRelations, actorIds: ReadonlySet<string>): VisibleGraph {
  const actors = graph.actors.filter((actor) => actorIds.has(actor.id));
  const shownIds = new Set(actors.map((actor) => actor.id));
  const relations = graph.relations.filter(
    (relation) => shownIds.has(relation.source) && shownIds.has(relation.target),
  );
  return { actors, relations };
}
