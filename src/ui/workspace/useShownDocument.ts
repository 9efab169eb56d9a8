import type { GraphDocument, SourceDocument } from '../../extract/types.ts';
import { useAppStore } from '../../store/index.ts';

/**
 * The document the article pane shows: the one chosen, else the first. While the worker reads, the documents
 * asked for stand in for the graph's copies.
 */
export function useShownDocument(graph: GraphDocument | null): SourceDocument | null {
  const shownId = useAppStore((s) => s.shownDocumentId);
  const sources = useAppStore((s) => s.sources);
  const documents = graph?.documents ?? sources;
  return documents.find((document) => document.id === shownId) ?? documents[0] ?? null;
}
