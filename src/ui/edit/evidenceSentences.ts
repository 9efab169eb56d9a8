// The sentences a new relation can cite. The extractor's own sentence splitter needs the NLP model, far too big
// to load in the page for a picker, so sentences come from the browser's Intl.Segmenter, with the extractor's
// abbreviations ("Sen.", "Gen.", initials) glued back as its splitter glues them.
import type { Actor, GraphDocument, SourceDocument, Span } from '../../extract/types.ts';
import words from '../../extract/data/words.json';

const ABBREVIATIONS: ReadonlySet<string> = new Set(words.abbreviations);

/** Whether a sentence names both actors of the relation, one of them, or neither. */
export type SentenceReach = 'both' | 'one' | 'neither';

export interface SentenceChoice {
  span: Span;
  /** `text.slice(span.start, span.end)`: the sentence, without the space around it. */
  text: string;
  reach: SentenceReach;
}

/** The document's sentences as spans of its text, trimmed; a line break always ends one (headlines, datelines). */
export function sentenceSpans(document: SourceDocument): Span[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const spans: Span[] = [];
  let glueNext = false;
  for (const { segment, index } of segmenter.segment(document.text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (body === '') continue;
    const span = { doc: document.id, start: index + lead, end: index + lead + body.length };
    const previous = spans.at(-1);
    if (glueNext && previous) previous.end = span.end;
    else spans.push(span);
    glueNext = !/\n/.test(segment) && endsInAbbreviation(body);
  }
  return spans;
}

function endsInAbbreviation(sentence: string): boolean {
  const word = /(\S+)\.$/.exec(sentence)?.[1];
  return word !== undefined && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word));
}

const REACH_ORDER: Readonly<Record<SentenceReach, number>> = { both: 0, one: 1, neither: 2 };

/**
 * The sentences to offer as evidence of a relation between `source` and `target` (`target` null while the user
 * has not picked one): those naming both first, then those naming either, each in document order. A query narrows
 * them to the sentences that contain it, and then reaches the other sentences too (after the rest), as a
 * sentence may name an actor by a word the extractor did not tie to it ("he", "the minister").
 */
export function evidenceChoices(graph: GraphDocument, source: Actor, target: Actor | null, query: string): SentenceChoice[] {
  const needle = query.trim().toLocaleLowerCase();
  const names = (actor: Actor | null, span: Span) => actor?.mentions.some((mention) => within(mention, span)) ?? false;
  return graph.documents
    .flatMap((document) =>
      sentenceSpans(document).map((span): SentenceChoice => {
        const count = Number(names(source, span)) + Number(names(target, span));
        return { span, text: document.text.slice(span.start, span.end), reach: count === 2 ? 'both' : count === 1 ? 'one' : 'neither' };
      }),
    )
    .filter((choice) => (needle === '' ? choice.reach !== 'neither' : choice.text.toLocaleLowerCase().includes(needle)))
    .map((choice, order) => ({ choice, order }))
    .sort((a, b) => REACH_ORDER[a.choice.reach] - REACH_ORDER[b.choice.reach] || a.order - b.order)
    .map(({ choice }) => choice);
}

function within(inner: Span, outer: Span): boolean {
  return inner.doc === outer.doc && inner.start >= outer.start && inner.end <= outer.end;
}
