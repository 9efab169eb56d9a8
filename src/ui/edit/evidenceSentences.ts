// The sentences a new relation can cite: the story's sentences (graph/story.ts), which are the extractor's own
// evidence sentences and, around other mentions, sentences cut by the extractor's splitting rules; so a cited
// span is a sentence as the extractor would cite it, and each comes with the actors it names.
import type { Actor, GraphDocument, Span } from '../../extract/types.ts';
import { storySentences } from '../../graph/story.ts';

/** Whether a sentence names both actors of the relation, one of them, or neither (only another actor). */
export type SentenceReach = 'both' | 'one' | 'neither';

export interface SentenceChoice {
  span: Span;
  /** `text.slice(span.start, span.end)`, without the space around it. */
  text: string;
  reach: SentenceReach;
}

const REACH_ORDER: Readonly<Record<SentenceReach, number>> = { both: 0, one: 1, neither: 2 };

/**
 * The sentences to offer as evidence of a relation between `source` and `target` (`target` null while the user
 * has not picked one): those naming both first, then those naming either, each in reading order. A query narrows
 * them to the sentences that contain it, and then reaches the sentences naming neither too (after the rest), as a
 * sentence may name an actor by a word the extractor did not tie to it ("he", "the minister").
 */
export function evidenceChoices(graph: GraphDocument, source: Actor, target: Actor | null, query: string): SentenceChoice[] {
  const needle = query.trim().toLocaleLowerCase();
  const textOf = new Map(graph.documents.map((document) => [document.id, document.text]));
  return storySentences(graph)
    .map((sentence, order) => {
      const count = Number(sentence.actorIds.includes(source.id)) + Number(target !== null && sentence.actorIds.includes(target.id));
      const raw = textOf.get(sentence.doc)?.slice(sentence.start, sentence.end) ?? '';
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      const span = { doc: sentence.doc, start: sentence.start + lead, end: sentence.start + lead + text.length };
      const reach: SentenceReach = count === 2 ? 'both' : count === 1 ? 'one' : 'neither';
      return { choice: { span, text, reach }, order };
    })
    .filter(({ choice }) => (needle === '' ? choice.reach !== 'neither' : choice.text.toLocaleLowerCase().includes(needle)))
    .sort((a, b) => REACH_ORDER[a.choice.reach] - REACH_ORDER[b.choice.reach] || a.order - b.order)
    .map(({ choice }) => choice);
}
