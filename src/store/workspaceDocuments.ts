import { GRAPH_FORMAT, type GraphDocument, type SourceDocument } from '../extract/types.ts';

// Pure helpers for the workspace's documents: fresh ids beside the ones kept, and what a new document added.

const NUMBERED_ID = /^doc-(\d+)$/;

/** The documents with ids no kept document has: doc-1, doc-2, … after the highest number in use. */
export function withFreshIds(documents: readonly SourceDocument[], kept: readonly SourceDocument[]): SourceDocument[] {
  const used = kept.map((document) => Number(NUMBERED_ID.exec(document.id)?.[1] ?? 0));
  const highest = Math.max(0, ...used);
  return documents.map((document, index) => ({ ...document, id: `doc-${highest + index + 1}` }));
}

/** How many actors the text of these documents names (an actor named in several counts once). */
export function actorsNamedIn(graph: GraphDocument, documentIds: readonly string[]): number {
  const wanted = new Set(documentIds);
  return graph.actors.filter((actor) => actor.mentions.some((mention) => wanted.has(mention.doc))).length;
}

/** A workspace with nothing in it: what "New workspace" leaves. */
export function emptyGraph(): GraphDocument {
  return { format: GRAPH_FORMAT, documents: [], actors: [], relations: [] };
}
