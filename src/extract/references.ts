import type { ActorType } from './types.ts';
import type { Lexicon, ReferenceKind } from './data/index.ts';
import type { Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { itemAt } from './lists.ts';

/** Mentions made by definite descriptions, and the actors they stand for. */
export interface References {
  mentions: Mention[];
  actorOf: Map<number, string>;
}

const OPENING_POSSESSIVES: ReadonlyMap<string, readonly ReferenceKind[]> = new Map([
  ['his', ['person']],
  ['her', ['person']],
  ['its', ['organization', 'armed-group', 'country']],
  ['their', ['organization', 'armed-group']],
]);

/** How far back (in sentences) "the rebels" or "the company" may look for the actor it means. */
const CLASS_REACH = 2;

interface Seen {
  actor: string;
  sentence: number;
}

/**
 * "The court ruled …", "blamed the rebels for …", "criticised the minister", "The group's lawyer, X": a definite
 * description standing for an actor the article has already named. It resolves to the latest actor that fits: the
 * body whose name holds the head noun ("the court" → Supreme Court, at any distance), the person holding the title
 * ("the minister"), or, within two sentences, an actor of the noun's kind ("the rebels" → the latest armed group).
 * The new mentions only carry relations: they add no alias and no node.
 */
export function findReferences(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  actorOf: ReadonlyMap<number, string>,
  typeOf: ReadonlyMap<string, ActorType>,
  lexicon: Lexicon,
): References {
  const out: References = { mentions: [], actorOf: new Map(actorOf) };
  const byHead = new Map<string, Seen>();
  const byTitle = new Map<string, Seen>();
  const byKind = new Map<ReferenceKind, Seen>();
  const ordered = [...mentions].sort((a, b) => a.firstToken - b.firstToken);
  let next = 0;
  // An actor is named under the same few keys again and again: their words are split once.
  const wordsByKey = new Map<string, readonly string[]>();
  const wordsOf = (key: string) => {
    let words = wordsByKey.get(key);
    if (!words) wordsByKey.set(key, (words = key.split(' ')));
    return words;
  };
  // An organisation's kinds follow from its name's words: worked out once per name.
  const organisationKinds = new Map<string, readonly ReferenceKind[]>();
  const kindsOfMention = (type: ActorType, m: Mention): readonly ReferenceKind[] => {
    if (type !== 'organization') return kindsOf(type, NO_WORDS, lexicon);
    let kinds = organisationKinds.get(m.key);
    if (!kinds) organisationKinds.set(m.key, (kinds = kindsOf(type, wordsOf(m.key), lexicon)));
    return kinds;
  };
  const note = (actor: string, m: Mention) => {
    const type = typeOf.get(actor);
    if (!type) return;
    const seen = { actor, sentence: m.sentence };
    for (const kind of kindsOfMention(type, m)) byKind.set(kind, seen);
    if (type === 'person') {
      const title = m.titleKey?.split(' ').pop();
      if (title) byTitle.set(title, seen);
    } else for (const word of wordsOf(m.key)) if (lexicon.orgHeads.has(word)) byHead.set(word, seen);
  };
  let id = mentions.reduce((max, m) => Math.max(max, m.id), -1) + 1;
  const seen = { byHead, byTitle, byKind };
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      for (; next < ordered.length && ordered[next]!.lastToken < token.index; next++) {
        const actor = actorOf.get(ordered[next]!.id);
        if (actor) note(actor, ordered[next]!);
      }
      const actor = referent(sentence, token, seen, lexicon);
      if (!actor || (next < ordered.length && ordered[next]!.firstToken <= token.index)) continue;
      const reference = referenceMention(id++, text, sentence, token);
      out.mentions.push(reference);
      out.actorOf.set(reference.id, actor);
      keepRecent(byKind, actor, sentence.index);
    }
  }
  return out;
}

/**
 * "blamed the rebels …. The rebels' spokesman": a resolved description keeps its actor recent. (A function of its
 * own: a closure over the token loop's variables made V8 allocate a context for every token.)
 */
function keepRecent(byKind: Map<ReferenceKind, Seen>, actor: string, sentence: number): void {
  for (const [kind, seen] of byKind) if (seen.actor === actor) byKind.set(kind, { actor, sentence });
}

function referent(
  sentence: Sentence,
  token: Token,
  seen: { byHead: ReadonlyMap<string, Seen>; byTitle: ReadonlyMap<string, Seen>; byKind: ReadonlyMap<ReferenceKind, Seen> },
  lexicon: Lexicon,
): string | undefined {
  const at = token.index - sentence.tokens[0]!.index;
  const previous = itemAt(sentence.tokens, at - 1);
  const following = sentence.tokens[at + 1];
  // "Varga denied wrongdoing. His lawyer, X, said …": a possessive pronoun opening a sentence points back to the last
  // sentence's person ("his", "her") or body ("its", "their"); inside a sentence the relation patterns resolve it.
  const opener = at === 0 ? OPENING_POSSESSIVES.get(token.lower) : undefined;
  if (opener) return latestOfKinds(sentence, opener, seen.byKind, 1);
  // Asked of every token: a capitalised word inside a sentence is never a description (a name is read elsewhere).
  if (at > 0 && !token.shape.lowerInitial) return undefined;
  // "team manager Luca Berti", "party leader X": a kind noun qualifying a title before a name needs no "the".
  const titleQualifier = !!sentence.tokens[at + 2]?.shape.upperInitial && !!following?.shape.lowercaseTitle;
  const opensSentence = at === 0 && titleQualifier;
  if ((previous?.lower !== 'the' && !titleQualifier) || (!token.shape.lowerInitial && !opensSentence)) return undefined;
  if (titleQualifier) return kindReferent(sentence, token.shape.key, seen.byKind, lexicon);
  // "the court documents", "the group delegation": the noun only qualifies the next one.
  if (following && (following.pos === 'NOUN' || following.pos === 'PROPN') && !/^['’]s?$/.test(following.text)) return undefined;
  const key = token.shape.key;
  const head = seen.byHead.get(key);
  if (head) return head.actor;
  const holder = lexicon.lowercaseTitles.has(key) ? seen.byTitle.get(key) : undefined;
  if (holder) return holder.actor;
  return kindReferent(sentence, key, seen.byKind, lexicon);
}

/** The latest actor, within reach, of a kind the noun may stand for ("the rebels" → the latest armed group). */
function kindReferent(sentence: Sentence, noun: string, byKind: ReadonlyMap<ReferenceKind, Seen>, lexicon: Lexicon): string | undefined {
  const kinds = lexicon.referenceNouns.get(noun);
  return kinds && latestOfKinds(sentence, kinds, byKind, CLASS_REACH);
}

/** The actor seen latest, at most `reach` sentences back, among those of the kinds (the first kind's on a tie). */
function latestOfKinds(sentence: Sentence, kinds: readonly ReferenceKind[], byKind: ReadonlyMap<ReferenceKind, Seen>, reach: number): string | undefined {
  let latest: Seen | undefined;
  for (const kind of kinds) {
    const seen = byKind.get(kind);
    if (seen && sentence.index - seen.sentence <= reach && (!latest || seen.sentence > latest.sentence)) latest = seen;
  }
  return latest?.actor;
}

const NO_WORDS: readonly string[] = [];

/** An actor's type, and for an organisation whether its name makes it a company or a civic body. */
function kindsOf(type: ActorType, words: readonly string[], lexicon: Lexicon): ReferenceKind[] {
  if (type !== 'organization') return [type];
  if (words.some((w) => lexicon.corporateSuffixes.has(w) || lexicon.businessHeads.has(w))) return [type, 'company'];
  return words.some((w) => lexicon.publicBodyHeads.has(w)) ? [type] : [type, 'civic'];
}

function referenceMention(id: number, text: string, sentence: Sentence, token: Token): Mention {
  const at = token.index - sentence.tokens[0]!.index;
  const following = sentence.tokens[at + 1];
  return {
    id,
    sentence: sentence.index,
    start: token.start,
    end: token.end,
    surface: text.slice(token.start, token.end),
    key: token.shape.key,
    firstToken: token.index,
    lastToken: token.index,
    known: null,
    titled: false,
    titleKey: null,
    titlePhrase: null,
    givenName: false,
    organisationWord: false,
    armedGroupWord: false,
    possessive: OPENING_POSSESSIVES.has(token.lower) || (!!following && !following.spaceBefore && /^['’]s?$/.test(following.text)),
    sentenceInitial: false,
    hyphenSuffix: null,
    wordCount: 1,
  };
}
