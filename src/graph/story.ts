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

/** The article's sentences that name an actor or state a relation, in reading order (documents in the graph's order). */
export function storySentences(graph: GraphDocument): StorySentence[] {
  const mentions = graph.actors.flatMap((actor) => actor.mentions.map((span) => ({ span, actorId: actor.id })));
  const sentences = graph.documents.flatMap((doc) => {
    const evidence = mergedSpans(graph.relations.flatMap((relation) => relation.evidence).filter((s) => s.doc === doc.id));
    const stray = mentions
      .map(({ span }) => span)
      .filter((span) => span.doc === doc.id && !evidence.some((sentence) => contains(sentence, span)));
    const around = stray.map((span) => sentenceAround(doc.text, span, evidence));
    return mergedSpans([...evidence, ...around]);
  });
  const positionOf = textPosition(graph);
  return sentences
    .sort((a, b) => positionOf(a) - positionOf(b))
    .map((sentence) => ({
      ...sentence,
      actorIds: [
        ...new Set(
          mentions
            .filter(({ span }) => contains(sentence, span))
            .sort((a, b) => a.span.start - b.span.start)
            .map(({ actorId }) => actorId),
        ),
      ],
    }));
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

/**
 * The sentence around `span`, never reaching into an evidence sentence: from the last sentence end
 * before it to the first one after it, trimmed of white space.
 */
function sentenceAround(text: string, span: Span, evidence: readonly Span[]): Span {
  const floor = Math.max(0, ...evidence.filter((s) => s.end <= span.start).map((s) => s.end));
  const ceiling = Math.min(text.length, ...evidence.filter((s) => s.start >= span.end).map((s) => s.start));
  let start = floor;
  let end = ceiling;
  for (const match of text.slice(floor, ceiling).matchAll(SENTENCE_END)) {
    const at = floor + match.index;
    if (match[0] !== '\n' && closesAbbreviation(text, at, match[0])) continue;
    const after = at + match[0].length;
    if (after <= span.start) start = after;
    else if (at >= span.end) {
      end = match[0] === '\n' ? at : after;
      break;
    }
  }
  while (start < span.start && /\s/u.test(text[start] ?? '')) start += 1;
  while (end > span.end && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  return { doc: span.doc, start, end };
}

/** A lone full stop after "Sen", "U.S" or an initial ("D.") ends the word, not the sentence. */
function closesAbbreviation(text: string, at: number, terminal: string): boolean {
  if (!terminal.startsWith('.') || terminal.startsWith('..')) return false;
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0].replace(/\.$/u, '') ?? '';
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word);
}
