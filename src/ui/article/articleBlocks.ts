// A long article is drawn a few blocks at a time: the text is cut into blocks of whole paragraphs, and only the
// blocks near the view are rendered, the others standing in as empty boxes of their measured or estimated height.
// Cutting looks only near each cut, so a 20 MB text is cut in a few milliseconds and never scanned as a whole.

export interface TextBlock {
  start: number;
  end: number;
}

/** About this many characters to a block: a screen or two of text, a few dozen highlights. */
export const BLOCK_LENGTH = 3_000;
/** How far past a block's length a cut looks for a blank line before settling for a line break or a space. */
const CUT_SEARCH = 2_000;

/**
 * The text from `from` on cut into blocks of about `length` characters, each ending where a paragraph does (the
 * blank line between two blocks belongs to neither); a text of one block and a half or less is a single block.
 */
export function blockRangesOf(text: string, from = 0, length = BLOCK_LENGTH): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = from;
  while (start < text.length) {
    if (text.length - start <= length * 1.5) {
      blocks.push({ start, end: text.length });
      break;
    }
    const cut = cutNear(text, start + length, Math.min(text.length, start + length + CUT_SEARCH));
    blocks.push({ start, end: cut.end });
    start = cut.next;
  }
  return blocks;
}

/**
 * Where to end a block at `at` or after it (before `limit`): at the next blank line, else the next line break,
 * else the next space, else at `limit`. `end` is where the block's text ends, `next` where the next one starts.
 * Read character by character from `at`, never by slicing: thousands of cuts stay a few milliseconds in all.
 */
function cutNear(text: string, at: number, limit: number): { end: number; next: number } {
  // A cut inside a run of white space would leave part of a separator at the end of the block: step back out of it.
  let from = at;
  while (from > 0 && isSpace(text.charCodeAt(from - 1))) from--;
  for (let line = text.indexOf('\n', from); line >= 0 && line < limit; line = text.indexOf('\n', line + 1)) {
    let after = line + 1;
    while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
    if (text[after] !== '\n') continue;
    // A blank line: the separator runs on through all the white space after it, as paragraphRangesOf reads a separator.
    while (after < text.length && isSpace(text.charCodeAt(after))) after++;
    return { end: line, next: after };
  }
  const line = text.indexOf('\n', from);
  if (line >= 0 && line < limit) return { end: line, next: line + 1 };
  const space = text.indexOf(' ', from);
  if (space >= 0 && space < limit) return { end: space, next: space + 1 };
  return { end: limit, next: limit };
}

/** White space as `\s` has it in the Latin range, where paragraph breaks are written. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
}

/** The index of the block holding `offset` (the one before it when the offset falls between two). */
export function blockAt(blocks: readonly TextBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (blocks[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
