import type { GraphDocument, Relation, Span } from '../extract/types.ts';

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
 * Every relation the actor takes part in (as source or target), in the order the text states them
 * (see `inTextOrder`).
 */
export function relationsOf(graph: GraphDocument, actorId: string): RelationOfActor[] {
  const involved = graph.relations.filter((relation) => relation.source === actorId || relation.target === actorId);
  return inTextOrder(graph, involved).map((relation) => ({
    relation,
    otherId: relation.source === actorId ? relation.target : relation.source,
  }));
}

/**
 * The relations in the order the text states them: by where their earliest evidence span starts
 * (documents in the graph's order, then offset). Relations that start at the same place keep their order.
 */
export function inTextOrder(graph: Pick<GraphDocument, 'documents'>, relations: readonly Relation[]): Relation[] {
  const positionOf = textPosition(graph);
  return relations
    .map((relation) => ({ relation, position: Math.min(...relation.evidence.map(positionOf)) }))
    .sort((a, b) => a.position - b.position)
    .map(({ relation }) => relation);
}

/**
 * Where a span starts in the text of all the graph's documents, read one after the other: a number that
 * sorts spans in reading order (spans of a document the graph lacks come last).
 */
export function textPosition(graph: Pick<GraphDocument, 'documents'>): (span: Span) => number {
  const docOrder = new Map(graph.documents.map((doc, index) => [doc.id, index]));
  // Documents first: offsets are string indices, far below 2^40.
  return (span) => (docOrder.get(span.doc) ?? graph.documents.length) * 2 ** 40 + span.start;
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
