import { useMemo } from 'react';
import type { GraphDocument, SourceDocument } from '../../extract/types.ts';
import { useAppStore } from '../../store/index.ts';

/**
 * The workspace's documents in order: the graph's copies, and the documents as asked for where the graph has none
 * (while the worker reads, and for documents hidden from the graph, which the shown graph leaves out).
 */
export function useWorkspaceDocuments(graph: GraphDocument | null): SourceDocument[] {
  const sources = useAppStore((s) => s.sources);
  return useMemo(() => {
    if (!graph) return sources;
    const inGraph = new Map(graph.documents.map((document) => [document.id, document]));
    return sources.map((document) => inGraph.get(document.id) ?? document);
  }, [graph, sources]);
}

/** The document the article pane shows: the one chosen, else the first. */
export function useShownDocument(graph: GraphDocument | null): SourceDocument | null {
  const shownId = useAppStore((s) => s.shownDocumentId);
  const documents = useWorkspaceDocuments(graph);
  return documents.find((document) => document.id === shownId) ?? documents[0] ?? null;
}
