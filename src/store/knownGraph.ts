import type { GraphDocument, SourceDocument } from '../extract/types.ts';
import type { ReadArticles } from './types.ts';

/**
 * A reader that answers a read of exactly the documents of `known` (a graph the same extractor worked out ahead of
 * time: the seed's, at build time) with that graph, and hands every other read to `read`. The documents are compared
 * whole, so an edited text, another title or one more document is read afresh.
 */
export function withKnownGraph(read: ReadArticles, known: Promise<GraphDocument | null>): ReadArticles {
  return async (documents, controls) => {
    const graph = await known.catch(() => null);
    if (graph && sameDocuments(graph.documents, documents)) return { ok: true, graph };
    return read(documents, controls);
  };
}

function sameDocuments(theirs: readonly SourceDocument[], ours: readonly SourceDocument[]): boolean {
  return theirs.length === ours.length && theirs.every((d, i) => d.id === ours[i]!.id && d.title === ours[i]!.title && d.text === ours[i]!.text);
}
