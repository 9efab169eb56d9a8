import type { Actor, GraphDocument, Relation, Span } from '../extract/types.ts';
import { abbreviations } from '../extract/data/words.json';
import { textPosition } from './relations.ts';

// Story order: the article told sentence by sentence, and the graph as it stands after any one sentence.
// The sentences come from the graph itself, not from the extractor's splitter, which needs the NLP model
// (a megabyte the page does not load; the worker has it). An evidence span is a sentence as the
// extractor split it; a mention outside every evidence span gets the sentence around it by the
// splitter's own rules read off the text (line breaks; a full stop before a capital, not after "Sen.").
// Sentences that name no actor are skipped: a step that adds nothing to the graph is a pause, not news.

/** One step of the story: a sentence that names an actor or states a relation. */
export interface StorySentence extends Span {
  /** The actors it names, in the order it first names them. */
  actorIds: string[];
}

const ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviations);

// The story is asked for on every step (the bar, the article, the graph, the details): worked out once per graph.
const told = new WeakMap<GraphDocument, readonly StorySentence[]>();

/**
 * The article's sentences that name an actor or state a relation, in reading order (documents in the
 * graph's order). Near-linear in the text and mentions, for a long article too.
 */
export function storySentences(graph: GraphDocument): readonly StorySentence[] {
  const known = told.get(graph);
  if (known) return known;
  const mentions = graph.actors
    .flatMap((actor) => actor.mentions.map((span) => ({ span, actorId: actor.id })))
    .sort((a, b) => a.span.start - b.span.start);
  const story = graph.documents.flatMap((doc) => {
    const ofDoc = mentions.filter(({ span }) => span.doc === doc.id);
    const evidence = mergedSpans(graph.relations.flatMap((relation) => relation.evidence).filter((s) => s.doc === doc.id));
    const ends = sentenceEnds(doc.text);
    const around = ofDoc.flatMap(({ span }) => {
      // The last evidence sentence starting at or before the mention: it holds it, or it is the floor.
      const before = lastIndexAtOrBefore(evidence, (sentence) => sentence.start, span.start);
      const previous = evidence[before];
      if (previous !== undefined && span.end <= previous.end) return [];
      const floor = previous?.end ?? 0;
      const ceiling = evidence[before + 1]?.start ?? doc.text.length;
      return [sentenceAround(doc.text, span, ends, floor, ceiling)];
    });
    return withActors(mergedSpans([...evidence, ...around]), ofDoc);
  });
  told.set(graph, story);
  return story;
}

/** Each sentence with the actors it names, in the order it first names them; sentences and mentions sorted by start. */
function withActors(sentences: readonly Span[], mentions: ReadonlyArray<{ span: Span; actorId: string }>): StorySentence[] {
  let next = 0;
  return sentences.map((sentence) => {
    const actorIds = new Set<string>();
    while (next < mentions.length && mentions[next]!.span.start < sentence.start) next += 1;
    for (; next < mentions.length && mentions[next]!.span.start < sentence.end; next += 1) {
      if (contains(sentence, mentions[next]!.span)) actorIds.add(mentions[next]!.actorId);
    }
    return { ...sentence, actorIds: [...actorIds] };
  });
}

/**
 * The graph as the article has built it by the end of sentence `step` (from 0; clamped to the story):
 * the actors named so far, with only those mentions, and the relations stated so far, with only that
 * evidence. An actor at either end of a relation stated so far is in, even if the text only called it
 * "he" until then. A graph with no sentence to tell comes back as it is.
 */
export function graphUpToSentence(graph: GraphDocument, step: number): GraphDocument {
  const story = storySentences(graph);
  const last = story[Math.min(Math.max(0, Math.floor(step)), story.length - 1)];
  if (last === undefined) return graph;
  const positionOf = textPosition(graph);
  const toldBy = positionOf({ ...last, start: last.end });
  const told = (span: Span) => positionOf(span) < toldBy;
  const relations: Relation[] = graph.relations
    .filter((relation) => relation.evidence.some(told))
    .map((relation) => ({ ...relation, evidence: relation.evidence.filter(told) }));
  const related = new Set(relations.flatMap((relation) => [relation.source, relation.target]));
  const actors: Actor[] = graph.actors
    .map((actor) => ({ ...actor, mentions: actor.mentions.filter(told) }))
    .filter((actor) => actor.mentions.length > 0 || related.has(actor.id));
  return { ...graph, actors, relations };
}

function contains(outer: Span, inner: Span): boolean {
  return outer.doc === inner.doc && outer.start <= inner.start && inner.end <= outer.end;
}

/** The spans sorted by start, overlapping ones joined into one (an evidence span stated twice is one sentence). */
function mergedSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const previous = merged.at(-1);
    if (previous !== undefined && span.start < previous.end) previous.end = Math.max(previous.end, span.end);
    else merged.push({ doc: span.doc, start: span.start, end: span.end });
  }
  return merged;
}

// Where a sentence may end: a line break, or terminal punctuation (with any closing quote glued to it)
// before white space and a word that starts a sentence, as in extract/sentences.ts.
const SENTENCE_END = /\n|[.!?…]+["”’')\]»]*(?=\s+[\p{Lu}\p{N}"“‘'([])/gu;

/** A place a sentence ends: the end's own text runs from `at` to `after`; a line break ends before itself. */
interface SentenceEnd {
  at: number;
  after: number;
  lineBreak: boolean;
}

/** Every sentence end in the text, in order, one pass; a full stop after "Sen." or "D." is not one. */
function sentenceEnds(text: string): SentenceEnd[] {
  const ends: SentenceEnd[] = [];
  for (const match of text.matchAll(SENTENCE_END)) {
    const lineBreak = match[0] === '\n';
    if (!lineBreak && closesAbbreviation(text, match.index, match[0])) continue;
    ends.push({ at: match.index, after: match.index + match[0].length, lineBreak });
  }
  return ends;
}

/**
 * The sentence around `span`, never reaching past `floor` or `ceiling` (the evidence sentences on either
 * side): from the last sentence end before it to the first one after it, trimmed of white space.
 */
function sentenceAround(text: string, span: Span, ends: readonly SentenceEnd[], floor: number, ceiling: number): Span {
  const previous = ends[lastIndexAtOrBefore(ends, (end) => end.after, span.start)];
  const following = ends[lastIndexAtOrBefore(ends, (end) => end.at, span.end - 1) + 1];
  let start = Math.max(floor, previous?.after ?? 0);
  let end = Math.min(ceiling, following === undefined ? text.length : following.lineBreak ? following.at : following.after);
  while (start < span.start && /\s/u.test(text[start] ?? '')) start += 1;
  while (end > span.end && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  return { doc: span.doc, start, end };
}

/** The index of the last item whose key is at most `limit` (items sorted by key), or -1. */
function lastIndexAtOrBefore<T>(items: readonly T[], key: (item: T) => number, limit: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(items[middle]!) <= limit) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** A lone full stop after "Sen", "U.S" or an initial ("D.") ends the word, not the sentence. */
function closesAbbreviation(text: string, at: number, terminal: string): boolean {
  if (!terminal.startsWith('.') || terminal.startsWith('..')) return false;
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0].replace(/\.$/u, '') ?? '';
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word);
}
