import type { Actor } from '../../extract/types.ts';

// The article is drawn as paragraphs of plain-text pieces, some of them an actor's mention. Building
// the pieces here, from offsets, keeps the markup free of innerHTML and lets the odd cases be tested:
// mentions that overlap ("Russian Defense Ministry" over "Russian"), touch, or run past the text.

export interface ArticlePiece {
  /** Offset of the piece in the document text: a stable React key, and what a mark is scrolled by. */
  start: number;
  text: string;
  /** Set when the piece is a mention of this actor. */
  actorId: string | null;
  /** Set when the piece lies in a sentence picked out by the explorer (a path's evidence, the story's sentence). */
  spotlight: SpotlightKind | null;
}

/** Why a sentence of the article is picked out: it is evidence of a shown path, or the story's current sentence. */
export type SpotlightKind = 'path' | 'story';

/** A stretch of one document's text to pick out (offsets as in the graph format). */
export interface Spotlight {
  doc: string;
  start: number;
  end: number;
  kind: SpotlightKind;
}

export interface ArticleParagraph {
  start: number;
  pieces: ArticlePiece[];
}

interface MarkSpan {
  start: number;
  end: number;
  actorId: string;
}

/** Every mention of every actor in one document, each span used once: earliest first, longest on a tie. */
export function markSpansOf(actors: readonly Actor[], docId: string, textLength: number): MarkSpan[] {
  const spans = actors
    .flatMap((actor) =>
      actor.mentions
        .filter((m) => m.doc === docId && m.start >= 0 && m.end <= textLength && m.start < m.end)
        .map((m) => ({ start: m.start, end: m.end, actorId: actor.id })),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MarkSpan[] = [];
  for (const span of spans) {
    const previous = kept[kept.length - 1];
    // An overlapping span would need a mark inside a mark, or one that spans two: the outer one wins.
    if (!previous || span.start >= previous.end) kept.push(span);
  }
  return kept;
}

/** Paragraph ranges: text separated by blank lines, with the separators left out. */
export function paragraphRangesOf(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

/**
 * The text of one document cut into paragraphs of plain and marked pieces, each piece also cut where a
 * spotlight starts or ends so that it lies wholly inside or outside it (the first spotlight wins where
 * two overlap).
 */
export function articleParagraphs(
  text: string,
  marks: readonly MarkSpan[],
  spotlights: ReadonlyArray<Pick<Spotlight, 'start' | 'end' | 'kind'>> = [],
): ArticleParagraph[] {
  const paragraphs = mentionParagraphs(text, marks);
  if (spotlights.length === 0) return paragraphs;
  return paragraphs.map((paragraph) => ({
    start: paragraph.start,
    pieces: paragraph.pieces.flatMap((piece) => cutBySpotlights(piece, spotlights)),
  }));
}

function mentionParagraphs(text: string, marks: readonly MarkSpan[]): ArticleParagraph[] {
  return paragraphRangesOf(text).map((range) => {
    const pieces: ArticlePiece[] = [];
    let cursor = range.start;
    for (const mark of marks) {
      // Clipped to the paragraph: a mention never crosses a blank line, but a bad span must not break layout.
      const start = Math.max(mark.start, range.start);
      const end = Math.min(mark.end, range.end);
      if (start < cursor || start >= end) continue;
      if (start > cursor) {
        pieces.push({ start: cursor, text: text.slice(cursor, start), actorId: null, spotlight: null });
      }
      pieces.push({ start, text: text.slice(start, end), actorId: mark.actorId, spotlight: null });
      cursor = end;
    }
    if (cursor < range.end) {
      pieces.push({ start: cursor, text: text.slice(cursor, range.end), actorId: null, spotlight: null });
    }
    return { start: range.start, pieces };
  });
}

/** `piece` cut at every spotlight edge inside it, each part marked with the spotlight covering it, if any. */
function cutBySpotlights(
  piece: ArticlePiece,
  spotlights: ReadonlyArray<Pick<Spotlight, 'start' | 'end' | 'kind'>>,
): ArticlePiece[] {
  const end = piece.start + piece.text.length;
  const edges = new Set([piece.start, end]);
  for (const spotlight of spotlights) {
    if (spotlight.start > piece.start && spotlight.start < end) edges.add(spotlight.start);
    if (spotlight.end > piece.start && spotlight.end < end) edges.add(spotlight.end);
  }
  const cuts = [...edges].sort((a, b) => a - b);
  return cuts.slice(0, -1).map((from, i) => {
    const to = cuts[i + 1] ?? end;
    const covering = spotlights.find((spotlight) => spotlight.start <= from && spotlight.end >= to);
    return {
      start: from,
      text: piece.text.slice(from - piece.start, to - piece.start),
      actorId: piece.actorId,
      spotlight: covering?.kind ?? null,
    };
  });
}
