import type { SourceDocument } from './types.ts';

const MAX_TITLE_LENGTH = 200;

/** Wraps raw article text as a document; the title is its first non-empty line, as a headline usually is. */
export function documentFromText(id: string, text: string): SourceDocument {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const trimmed = firstLine.trim();
  const title = trimmed.length > MAX_TITLE_LENGTH ? `${trimmed.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…` : trimmed;
  return { id, title, text };
}
