import type { GraphDocument, Relation } from '../extract/types.ts';

export interface RelationOfActor {
  relation: Relation;
  /** The actor at the other end; the actor itself for a relation with itself. */
  otherId: string;
}

/** Anything with relations between actor ids: a GraphDocument, a visible graph, or a scene's links. */
export interface Linked {
  relations: ReadonlyArray<{ source: string; target: string }>;
}

/**
 * Every relation the actor takes part in (as source or target), in the order the text states them:
 * by where its earliest evidence span starts (documents in the graph's order, then offset).
 * Relations that start at the same place keep the graph's order.
 */
export function relationsOf(graph: GraphDocument, actorId: string): RelationOfActor[] {
  const docOrder = new Map(graph.documents.map((doc, index) => [doc.id, index]));
  // One number per span that sorts documents first: offsets are string indices, far below 2^40.
  const textPosition = (relation: Relation): number =>
    Math.min(
      ...relation.evidence.map((span) => (docOrder.get(span.doc) ?? graph.documents.length) * 2 ** 40 + span.start),
    );
  return graph.relations
    .filter((relation) => relation.source === actorId || relation.target === actorId)
    .map((relation) => ({ relation, position: textPosition(relation) }))
    .sort((a, b) => a.position - b.position)
    .map(({ relation }) => ({ relation, otherId: relation.source === actorId ? relation.target : relation.source }));
}

/** The ids of every actor directly related to `actorId`, in either direction (not the actor itself). */
export function neighboursOf(graph: Linked, actorId: string): Set<string> {
  const neighbours = new Set<string>();
  for (const { source, target } of graph.relations) {
    if (source === actorId && target !== actorId) neighbours.add(target);
    if (target === actorId && source !== actorId) neighbours.add(source);
  }
  return neighbours;
}
