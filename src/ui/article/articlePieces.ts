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

export interface MarkSpan {
  start: number;
  end: number;
  actorId: string;
}

type Mention = Actor['mentions'][number];

/** Each actor's mentions in one document, sorted by start: what a stretch of the article is marked from. */
export type MentionIndex = ReadonlyArray<{ actorId: string; mentions: readonly Mention[] }>;

/** Mentions looked at per step of mentionIndexSteps: a few milliseconds of work. */
export const MENTIONS_PER_STEP = 20_000;

/**
 * The mention index of one document, built a step at a time (a generator yields every MENTIONS_PER_STEP
 * mentions): a 20 MB article has hundreds of thousands, too many to go through in one task.
 */
export function* mentionIndexSteps(actors: readonly Actor[], docId: string): Generator<void, MentionIndex> {
  const index: Array<{ actorId: string; mentions: readonly Mention[] }> = [];
  let looked = 0;
  for (const actor of actors) {
    const mentions = actor.mentions.filter((m) => m.doc === docId && m.start < m.end);
    // In text order as the extractor gives them; an edit may have joined two lists.
    if (mentions.some((mention, i) => i > 0 && mentions[i - 1]!.start > mention.start)) mentions.sort((a, b) => a.start - b.start);
    if (mentions.length > 0) index.push({ actorId: actor.id, mentions });
    looked += actor.mentions.length;
    if (looked >= MENTIONS_PER_STEP) {
      looked = 0;
      yield;
    }
  }
  return index;
}

/** The index of the first mention starting at or after `offset` (binary search). */
function firstFrom(mentions: readonly Mention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (mentions[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The mentions within [from, to) of the indexed document, each span used once: earliest first, longest on a tie.
 * Only the stretch asked for is looked at: a page of a 20 MB article costs a binary search per actor.
 */
export function markSpansOf(index: MentionIndex, from: number, to: number): MarkSpan[] {
  const spans: MarkSpan[] = [];
  for (const { actorId, mentions } of index) {
    for (let i = firstFrom(mentions, from); i < mentions.length && mentions[i]!.start < to; i++) {
      const m = mentions[i]!;
      if (m.end <= to) spans.push({ start: m.start, end: m.end, actorId });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MarkSpan[] = [];
  for (const span of spans) {
    const previous = kept[kept.length - 1];
    // An overlapping span would need a mark inside a mark, or one that spans two: the outer one wins.
    if (!previous || span.start >= previous.end) kept.push(span);
  }
  return kept;
}

/** Where the actor is first mentioned in the indexed document; null when it is not. */
export function firstMentionIn(index: MentionIndex, actorId: string): Mention | null {
  return index.find((entry) => entry.actorId === actorId)?.mentions[0] ?? null;
}

/** A blank line, and the white space around it. */
const PARAGRAPH_SEPARATOR = /\n[ \t]*\n\s*/;

/** Paragraph ranges within [from, to) of the text: text separated by blank lines, with the separators left out. */
export function paragraphRangesOf(text: string, from = 0, to = text.length): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  const separator = new RegExp(PARAGRAPH_SEPARATOR.source, 'g');
  separator.lastIndex = from;
  let start = from;
  for (let match = separator.exec(text); match && match.index < to; match = separator.exec(text)) {
    if (match.index > start) ranges.push({ start, end: match.index });
    start = Math.min(to, match.index + match[0].length);
  }
  if (start < to) ranges.push({ start, end: to });
  return ranges;
}

/**
 * The text within [from, to) cut into paragraphs of plain and marked pieces, each piece also cut where a
 * spotlight starts or ends so that it lies wholly inside or outside it (the first spotlight wins where
 * two overlap). `marks` are sorted, as markSpansOf gives them.
 */
export function articleParagraphs(
  text: string,
  marks: readonly MarkSpan[],
  spotlights: ReadonlyArray<Pick<Spotlight, 'start' | 'end' | 'kind'>> = [],
  from = 0,
  to = text.length,
): ArticleParagraph[] {
  const paragraphs = mentionParagraphs(text, marks, from, to);
  if (spotlights.length === 0) return paragraphs;
  return paragraphs.map((paragraph) => ({
    start: paragraph.start,
    pieces: paragraph.pieces.flatMap((piece) => cutBySpotlights(piece, spotlights)),
  }));
}

function mentionParagraphs(text: string, marks: readonly MarkSpan[], from: number, to: number): ArticleParagraph[] {
  let next = 0; // marks before it end before the current paragraph: one walk through the marks for all of them
  return paragraphRangesOf(text, from, to).map((range) => {
    const pieces: ArticlePiece[] = [];
    let cursor = range.start;
    while (next < marks.length && marks[next]!.end <= range.start) next++;
    for (let i = next; i < marks.length && marks[i]!.start < range.end; i++) {
      const mark = marks[i]!;
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
