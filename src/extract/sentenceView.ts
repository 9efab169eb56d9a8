// A sentence seen as tokens with the actor mentions laid over it, and the look-ups every relation pattern asks of it:
// the token at an index, the mention starting at or covering it, and what a pronoun stands for.
import type { ActorType } from './types.ts';
import type { Lexicon } from './data/index.ts';
import type { Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { itemAt } from './lists.ts';

/** One sentence seen as tokens with the actor mentions laid over them, for the relation patterns to walk. */
export interface SentenceView {
  sentence: Sentence;
  /** Outermost mentions in text order (the country inside "Russian Defense Ministry" is left out). */
  mentions: Mention[];
  /** By token position in the sentence: the mention of `mentions` starting there (the last, if two do). */
  startingAt: ReadonlyArray<Mention | undefined>;
  /** By token position in the sentence: the first of `mentions` that covers it. */
  covering: ReadonlyArray<Mention | undefined>;
  actorOf: ReadonlyMap<number, string>;
  /** Actor id → type, to tell "he" from "it" when resolving pronouns. */
  typeOf: ReadonlyMap<string, ActorType>;
  lexicon: Lexicon;
}

export function viewOf(
  sentence: Sentence,
  mentions: readonly Mention[],
  actorOf: ReadonlyMap<number, string>,
  typeOf: ReadonlyMap<string, ActorType>,
  lexicon: Lexicon,
): SentenceView {
  const inside = mentions.filter((m) => m.sentence === sentence.index && actorOf.has(m.id));
  // Most sentences name one actor or none: nothing to nest or order there.
  const outer = inside.length < 2 ? inside : inside.filter((m) => !inside.some((o) => o !== m && o.firstToken <= m.firstToken && o.lastToken >= m.lastToken && o.lastToken - o.firstToken > m.lastToken - m.firstToken));
  const sorted = inTokenOrder(outer) ? outer : outer.sort(byFirstToken);
  const { startingAt, covering } = placesOf(sentence, sorted);
  return { sentence, mentions: sorted, startingAt, covering, actorOf, typeOf, lexicon };
}

const byFirstToken = (a: Mention, b: Mention): number => a.firstToken - b.firstToken;

// Names come in text order, descriptions resolved later after them: most sentences need no sort (which allocates).
function inTokenOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i - 1]!.firstToken > mentions[i]!.firstToken) return false;
  return true;
}

// The patterns ask which mention starts at or covers a token for nearly every token they pass: one look-up each, not
// a scan of the mentions (nor a Map, which cost more to build than the sentence's patterns spent reading it).
function placesOf(sentence: Sentence, mentions: readonly Mention[]): Pick<SentenceView, 'startingAt' | 'covering'> {
  const first = sentence.tokens[0]?.index ?? 0;
  const length = sentence.tokens.length;
  const covering = new Array<Mention | undefined>(length).fill(undefined);
  const startingAt = new Array<Mention | undefined>(length).fill(undefined);
  for (const m of mentions) {
    const at = m.firstToken - first;
    // The last of equal starts, as a Map built from the list kept it.
    if (at >= 0 && at < length) startingAt[at] = m;
    for (let k = Math.max(m.firstToken, first); k <= m.lastToken && k - first < length; k++) covering[k - first] ??= m;
  }
  return { startingAt, covering };
}

export function tokenAt(view: SentenceView, index: number): Token | undefined {
  const first = view.sentence.tokens[0];
  return first ? itemAt(view.sentence.tokens, index - first.index) : undefined;
}

export function mentionCovering(view: SentenceView, index: number): Mention | undefined {
  const first = view.sentence.tokens[0];
  return first ? itemAt(view.covering, index - first.index) : undefined;
}

export function mentionStartingAt(view: SentenceView, index: number): Mention | undefined {
  const first = view.sentence.tokens[0];
  return first ? itemAt(view.startingAt, index - first.index) : undefined;
}

const PERSONAL = new Set(['he', 'she', 'his', 'her', 'him']);
const IMPERSONAL = new Set(['it', 'its', 'they', 'their', 'them']);

/**
 * What a pronoun at `index` stands for, within its sentence: "he"/"his" the nearest person before it, "it"/"its"/
 * "they" the nearest organisation or country ("Lopez … his criticism of Siemens, as he talks to …"). "I", "we" and
 * "you" stand for no one we can name.
 */
export function antecedentOf(view: SentenceView, index: number): Mention | undefined {
  const pronoun = tokenAt(view, index)?.lower ?? '';
  if (!PERSONAL.has(pronoun) && !IMPERSONAL.has(pronoun)) return undefined;
  const wantPerson = PERSONAL.has(pronoun);
  for (let i = view.mentions.length - 1; i >= 0; i--) {
    const m = view.mentions[i]!;
    if (m.lastToken >= index) continue;
    const type = actorTypeOf(view, m);
    if ((type === 'person') === wantPerson) return m;
  }
  return undefined;
}

/** The type of the actor a mention was resolved to; undefined for one resolved to no actor. */
export function actorTypeOf(view: SentenceView, mention: Mention): ActorType | undefined {
  return view.typeOf.get(view.actorOf.get(mention.id) ?? '');
}
