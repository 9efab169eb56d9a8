// A long text is read part by part so the worker can report progress and stop between parts. Where a part ends
// decides what the extractor can still see together: a paragraph break cuts no sentence and, in news, rarely a
// "he said" from its name; a sentence end cuts no relation; whitespace at least cuts no word.

import type { SourceDocument } from './types.ts';

/**
 * About 64 K characters (10,000 words, a dozen news articles): read in roughly 25–35 ms at the extractor's 2–2.5
 * MB/s, so progress moves many times a second and a cancel waits no longer than that; and long enough that a cut
 * through a story (a bare surname far from its full name, "he" after a break) is rare and merged back afterwards.
 * Longer parts read a little faster (96 K: 1.04×) but their garbage outlives more collections: peak memory at 2 MB
 * grew from about 45 MB to 75 MB, faster than the text (BENCHMARKS.md, fifth round).
 */
export const PART_LENGTH = 64 * 1024;

/** A part of one document: `text.slice(start, end)` of the document at `documentIndex`. */
export interface DocumentPart {
  documentIndex: number;
  start: number;
  end: number;
}

// A cut is sought in the last half of a part's room; shorter parts would only mean more of them.
const SEARCH_FROM = 0.5;

/** Every document's parts, in reading order: the documents in order, each from its start to its end. */
export function partsOf(documents: readonly SourceDocument[], partLength = PART_LENGTH): DocumentPart[] {
  return documents.flatMap((document, documentIndex) =>
    partRanges(document.text, partLength).map(([start, end]) => ({ documentIndex, start, end })),
  );
}

/** [start, end) ranges covering the text, each at most `partLength` long, cut at the best break near the limit. */
export function partRanges(text: string, partLength = PART_LENGTH): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > partLength) {
    const end = cutBefore(text, start + Math.floor(partLength * SEARCH_FROM), start + partLength);
    ranges.push([start, end]);
    start = end;
  }
  ranges.push([start, text.length]);
  return ranges;
}

/** Where to end a part within (from, limit]: after a paragraph break, else a sentence end, else whitespace. */
function cutBefore(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  const paragraph = lastMatchEnd(window, /\n[ \t]*\r?\n\s*/g);
  if (paragraph !== null) return from + paragraph;
  const sentence = lastMatchEnd(window, /[.!?…]["”’')\]]*\s+/g);
  if (sentence !== null) return from + sentence;
  const space = lastMatchEnd(window, /\s+/g);
  if (space !== null) return from + space;
  // One 32 K-character run with no space at all (a data blob): cut anywhere but inside a surrogate pair.
  return /[\uD800-\uDBFF]/.test(text[limit - 1] ?? '') ? limit - 1 : limit;
}

/** The end of the last match that ends before the window does (a break cut at the edge may continue past it). */
function lastMatchEnd(window: string, pattern: RegExp): number | null {
  let end: number | null = null;
  for (const match of window.matchAll(pattern)) {
    const matchEnd = match.index + match[0].length;
    if (matchEnd < window.length) end = matchEnd;
  }
  return end;
}

/** UTF-8 bytes of a text, as a file's size counts them: what the progress reports to the user. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
