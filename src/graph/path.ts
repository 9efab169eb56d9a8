import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { GraphDocument, Relation, Span } from '../extract/types.ts';
import { toGraphology, type ActorsAndRelations } from './model.ts';
import { inTextOrder, textPosition } from './relations.ts';

/** A sentence that states a relation: its span and its text. */
export interface EvidenceSentence {
  span: Span;
  text: string;
}

/** One step of a path: two related actors, every relation between them, and the sentences stating them. */
export interface PathHop {
  fromId: string;
  toId: string;
  /** In the order the text states them; either direction. */
  relations: Relation[];
  /** Each sentence once, in reading order. */
  evidence: EvidenceSentence[];
}

export interface ActorPath {
  /** From the first actor to the second, both included. */
  actorIds: string[];
  hops: PathHop[];
}

/**
 * The shortest chain of relations linking two actors, whichever way each relation points, with the
 * sentences that state every hop; `null` when no chain links them or either actor is not shown.
 * When several chains are as short, the one graphology's breadth-first search meets first is taken.
 * `graph` may be a filtered part of the document (its documents give the evidence text).
 */
export function shortestPath(
  graph: ActorsAndRelations & Pick<GraphDocument, 'documents'>,
  fromId: string,
  toId: string,
): ActorPath | null {
  const model = toGraphology(graph);
  if (!model.hasNode(fromId) || !model.hasNode(toId)) return null;
  if (fromId === toId) return { actorIds: [fromId], hops: [] };
  const actorIds = bidirectional(model, fromId, toId);
  if (actorIds === null) return null;
  const hops = actorIds.slice(1).map((toActor, index): PathHop => {
    const fromActor = actorIds[index]!;
    const relations = inTextOrder(graph, model.getEdgeAttribute(model.edge(fromActor, toActor), 'relations'));
    return { fromId: fromActor, toId: toActor, relations, evidence: evidenceOf(graph, relations) };
  });
  return { actorIds, hops };
}

function evidenceOf(graph: Pick<GraphDocument, 'documents'>, relations: readonly Relation[]): EvidenceSentence[] {
  const textOf = new Map(graph.documents.map((doc) => [doc.id, doc.text]));
  const spans = new Map<string, Span>();
  for (const span of relations.flatMap((relation) => relation.evidence)) {
    spans.set(`${span.doc}:${span.start}:${span.end}`, span);
  }
  const positionOf = textPosition(graph);
  return [...spans.values()]
    .sort((a, b) => positionOf(a) - positionOf(b))
    .map((span) => ({ span, text: textOf.get(span.doc)?.slice(span.start, span.end) ?? '' }));
}
