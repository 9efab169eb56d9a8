// A long article is drawn a few blocks at a time: the text is cut into blocks of whole paragraphs, and only the
// blocks near the view are rendered, the others standing in as empty boxes of their measured or estimated height.
// Each cut is looked for near a fixed place (every BLOCK_LENGTH characters) and only when a block next to it is
// asked for, so opening a 20 MB text cuts the few blocks drawn, never the whole text in one go.

export interface TextBlock {
  start: number;
  end: number;
}

/** A text's blocks, each cut when first asked for. */
export interface TextBlocks {
  readonly count: number;
  /** Block `index`'s range (0 ≤ index < count). */
  at(index: number): TextBlock;
  /** Characters block `index` spans before it is cut: what its height is guessed from until it is drawn. */
  roughLength(index: number): number;
  /** The index of the block holding `offset` (the one before it when the offset falls between two). */
  indexAt(offset: number): number;
}

/** About this many characters to a block: a screen or two of text, a few dozen highlights. */
export const BLOCK_LENGTH = 3_000;
/** How far past a block's length a cut looks for a blank line before settling for a line break or a space. */
const CUT_SEARCH = 2_000;

/**
 * The text from `from` on in blocks of about `length` characters, each ending where a paragraph does (the blank
 * line between two blocks belongs to neither); a text of one block and a half or less is a single block. The cut
 * after block i is looked for from `from + (i + 1) × length`, so any block is cut without cutting those before it.
 */
export function textBlocksOf(text: string, from = 0, length = BLOCK_LENGTH): TextBlocks {
  const span = Math.max(0, text.length - from);
  const count = span === 0 ? 0 : Math.max(1, Math.round(span / length));
  const cuts = new Map<number, Cut>();
  /** The cut between block `boundary - 1` and block `boundary`. */
  const cutAt = (boundary: number): Cut => {
    let cut = cuts.get(boundary);
    if (!cut) {
      const place = from + boundary * length;
      cut = cutNear(text, place, Math.min(text.length, place + CUT_SEARCH));
      cuts.set(boundary, cut);
    }
    return cut;
  };
  // The same object each time a block is asked for: it is what a drawn block's pieces are worked out from, once.
  const blocks = new Map<number, TextBlock>();
  const at = (index: number): TextBlock => {
    let block = blocks.get(index);
    if (!block) {
      const start = index === 0 ? from : cutAt(index).next;
      const end = index === count - 1 ? text.length : cutAt(index + 1).end;
      // Only a run of white space thousands of characters long brings two cuts this close: the block is then empty.
      block = { start, end: Math.max(start, end) };
      blocks.set(index, block);
    }
    return block;
  };
  return {
    count,
    at,
    roughLength: (index) => (index === count - 1 ? span - index * length : length),
    indexAt(offset) {
      if (count === 0) return 0;
      let index = Math.min(count - 1, Math.max(0, Math.floor((offset - from) / length)));
      // A cut lies within CUT_SEARCH past its place: the block holding the offset is the guessed one or a neighbour.
      while (index > 0 && at(index).start > offset) index--;
      while (index < count - 1 && at(index + 1).start <= offset) index++;
      return index;
    },
  };
}

interface Cut {
  /** Where the block before the cut ends. */
  end: number;
  /** Where the block after it starts. */
  next: number;
}

/**
 * Where to end a block at `at` or after it (before `limit`): at the next blank line, else the next line break,
 * else the next space, else at `limit`. Read character by character from `at`, never past `limit`, never by slicing.
 */
function cutNear(text: string, at: number, limit: number): Cut {
  // A cut inside a run of white space would leave part of a separator at the end of the block: step back out of it.
  let from = at;
  while (from > 0 && isSpace(text.charCodeAt(from - 1))) from--;
  for (let line = indexBefore(text, NEWLINE, from, limit); line >= 0; line = indexBefore(text, NEWLINE, line + 1, limit)) {
    let after = line + 1;
    while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
    if (text[after] !== '\n') continue;
    // A blank line: the separator runs on through all the white space after it, as paragraphRangesOf reads a separator.
    while (after < text.length && isSpace(text.charCodeAt(after))) after++;
    return { end: line, next: after };
  }
  const line = indexBefore(text, NEWLINE, from, limit);
  if (line >= 0) return { end: line, next: line + 1 };
  const space = indexBefore(text, SPACE, from, limit);
  if (space >= 0) return { end: space, next: space + 1 };
  return { end: limit, next: limit };
}

const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * Where `code` first is from `from` on, before `limit`; -1 if not there. Unlike indexOf it stops at `limit`: a text
 * of a single line would otherwise be searched to its end for every cut.
 */
function indexBefore(text: string, code: number, from: number, limit: number): number {
  for (let at = from; at < limit; at++) if (text.charCodeAt(at) === code) return at;
  return -1;
}

/** White space as `\s` has it in the Latin range, where paragraph breaks are written. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
}
