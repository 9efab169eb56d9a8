// A workspace's documents as the graph sees them: the user can hide a document from the graph without removing
// it from the workspace, and every view then leaves out what only that document says. Nothing is read again.
import type { Actor, GraphDocument, Relation, Span } from '../extract/types.ts';

/**
 * The graph without the documents in `hiddenIds`: those documents, their mentions and evidence spans, the actors
 * left with no mention, the relations left with no evidence or with a side gone. A claim whose claimant is gone
 * stays, with no claimant (as deleting an actor leaves it). The result is a complete graph document of the
 * documents still shown, so it can be drawn, measured and exported as it is. Returns `graph` itself when no
 * hidden id names one of its documents, so a memoised view stays the same object.
 */
export function withoutDocuments(graph: GraphDocument, hiddenIds: ReadonlySet<string>): GraphDocument {
  if (!graph.documents.some((document) => hiddenIds.has(document.id))) return graph;
  const shown = (span: Span) => !hiddenIds.has(span.doc);
  const actors = graph.actors.map((actor): Actor =>
    actor.mentions.every(shown) ? actor : { ...actor, mentions: actor.mentions.filter(shown) },
  );
  // Only the actors this step leaves out count as gone: an id the graph given does not hold is not ours to judge.
  const gone = new Set(actors.filter((actor) => actor.mentions.length === 0).map((actor) => actor.id));
  const relations = graph.relations
    .map((relation): Relation => {
      const evidence = relation.evidence.every(shown) ? relation.evidence : relation.evidence.filter(shown);
      const attributedTo = relation.attributedTo !== null && gone.has(relation.attributedTo) ? null : relation.attributedTo;
      return evidence === relation.evidence && attributedTo === relation.attributedTo
        ? relation
        : { ...relation, evidence, attributedTo };
    })
    .filter((relation) => relation.evidence.length > 0 && !gone.has(relation.source) && !gone.has(relation.target));
  return {
    ...graph,
    documents: graph.documents.filter((document) => !hiddenIds.has(document.id)),
    actors: actors.filter((actor) => !gone.has(actor.id)),
    relations,
  };
}
