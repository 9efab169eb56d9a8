import type { SourceDocument, Span } from '../../extract/types.ts';

// How the app names the document a sentence or a mention comes from, once a workspace holds more than one.
// With a single document every sentence comes from it, and nothing is said.

/** A document's title, or what stands in for a blank one. */
export function titleOf(document: SourceDocument): string {
  return document.title.trim() || 'Untitled';
}

/** “2 of 3: Title”, what the article pane's heading says of the shown document; null with one document or none. */
export function documentPositionLabel(documents: readonly SourceDocument[], documentId: string): string | null {
  const index = documents.findIndex((document) => document.id === documentId);
  if (documents.length < 2 || index < 0) return null;
  return `${index + 1} of ${documents.length}: ${titleOf(documents[index]!)}`;
}

export interface DocumentCount {
  document: SourceDocument;
  count: number;
}

/** How many of the spans lie in each document, in the workspace's order, documents with none left out. */
export function spansByDocument(spans: readonly Span[], documents: readonly SourceDocument[]): DocumentCount[] {
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(span.doc, (counts.get(span.doc) ?? 0) + 1);
  return documents
    .map((document) => ({ document, count: counts.get(document.id) ?? 0 }))
    .filter((entry) => entry.count > 0);
}

/** “3 in “A”, 1 in “B””: where an actor's mentions are, for the details; null with one document. */
export function mentionsByDocumentText(spans: readonly Span[], documents: readonly SourceDocument[]): string | null {
  if (documents.length < 2) return null;
  const parts = spansByDocument(spans, documents).map(({ document, count }) => `${count} in “${titleOf(document)}”`);
  return parts.length > 0 ? parts.join(', ') : null;
}
