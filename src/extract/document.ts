import type { SourceDocument } from './types.ts';

const MAX_TITLE_LENGTH = 200;

/** Wraps raw article text as a document; the title is its first non-empty line, as a headline usually is. */
export function documentFromText(id: string, text: string): SourceDocument {
  const trimmed = firstNonEmptyLine(text).trim();
  const title = trimmed.length > MAX_TITLE_LENGTH ? `${trimmed.slice(0, MAX_TITLE_LENGTH - 1).trimEnd()}…` : trimmed;
  return { id, title, text };
}

// Line by line from the start rather than splitting the whole text: a 10 MB text would become 100,000 strings.
function firstNonEmptyLine(text: string): string {
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (line.trim() !== '') return line;
    start = end + 1;
  }
  return '';
}
