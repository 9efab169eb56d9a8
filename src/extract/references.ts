import type { ActorType } from './types.ts';
import type { Lexicon, ReferenceKind } from './data/index.ts';
import type { Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { nameKey } from './normalize.ts';

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
  const note = (actor: string, m: Mention) => {
    const type = typeOf.get(actor);
    if (!type) return;
    const seen = { actor, sentence: m.sentence };
    for (const kind of kindsOf(type, m.key, lexicon)) byKind.set(kind, seen);
    if (type === 'person') {
      const title = m.titleKey?.split(' ').pop();
      if (title) byTitle.set(title, seen);
    } else for (const word of m.key.split(' ')) if (lexicon.orgHeads.has(word)) byHead.set(word, seen);
  };
  let id = mentions.reduce((max, m) => Math.max(max, m.id), -1) + 1;
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      for (; next < ordered.length && ordered[next]!.lastToken < token.index; next++) {
        const actor = actorOf.get(ordered[next]!.id);
        if (actor) note(actor, ordered[next]!);
      }
      const actor = referent(sentence, token, { byHead, byTitle, byKind }, lexicon);
      if (!actor || (next < ordered.length && ordered[next]!.firstToken <= token.index)) continue;
      const reference = referenceMention(id++, text, sentence, token);
      out.mentions.push(reference);
      out.actorOf.set(reference.id, actor);
      // "blamed the rebels …. The rebels' spokesman": a resolved description keeps its actor recent.
      byKind.forEach((seen, kind) => {
        if (seen.actor === actor) byKind.set(kind, { actor, sentence: sentence.index });
      });
    }
  }
  return out;
}

function referent(
  sentence: Sentence,
  token: Token,
  seen: { byHead: ReadonlyMap<string, Seen>; byTitle: ReadonlyMap<string, Seen>; byKind: ReadonlyMap<ReferenceKind, Seen> },
  lexicon: Lexicon,
): string | undefined {
  const at = token.index - sentence.tokens[0]!.index;
  const previous = sentence.tokens[at - 1];
  const following = sentence.tokens[at + 1];
  // "Varga denied wrongdoing. His lawyer, X, said …": a possessive pronoun opening a sentence points back to the last
  // sentence's person ("his", "her") or body ("its", "their"); inside a sentence the relation patterns resolve it.
  const opener = OPENING_POSSESSIVES.get(token.lower);
  if (opener && at === 0) {
    const latest = opener.map((kind) => seen.byKind.get(kind)).filter((s): s is Seen => !!s && sentence.index - s.sentence <= 1);
    return latest.sort((a, b) => b.sentence - a.sentence)[0]?.actor;
  }
  // "team manager Luca Berti", "party leader X": a kind noun qualifying a title before a name needs no "the".
  const titleQualifier = lexicon.lowercaseTitles.has(following?.lower ?? '') && /^\p{Lu}/u.test(sentence.tokens[at + 2]?.text ?? '');
  const opensSentence = at === 0 && titleQualifier;
  if ((previous?.lower !== 'the' && !titleQualifier) || (!/^\p{Ll}/u.test(token.text) && !opensSentence)) return undefined;
  if (titleQualifier) return kindReferent(sentence, nameKey(token.text), seen.byKind, lexicon);
  // "the court documents", "the group delegation": the noun only qualifies the next one.
  if (following && (following.pos === 'NOUN' || following.pos === 'PROPN') && !/^['’]s?$/.test(following.text)) return undefined;
  const key = nameKey(token.text);
  const head = seen.byHead.get(key);
  if (head) return head.actor;
  const holder = lexicon.lowercaseTitles.has(key) ? seen.byTitle.get(key) : undefined;
  if (holder) return holder.actor;
  return kindReferent(sentence, key, seen.byKind, lexicon);
}

/** The latest actor, within reach, of a kind the noun may stand for ("the rebels" → the latest armed group). */
function kindReferent(sentence: Sentence, noun: string, byKind: ReadonlyMap<ReferenceKind, Seen>, lexicon: Lexicon): string | undefined {
  const recent = (lexicon.referenceNouns.get(noun) ?? [])
    .map((kind) => byKind.get(kind))
    .filter((s): s is Seen => !!s && sentence.index - s.sentence <= CLASS_REACH)
    .sort((a, b) => b.sentence - a.sentence)[0];
  return recent?.actor;
}

/** An actor's type, and for an organisation whether its name makes it a company or a civic body. */
function kindsOf(type: ActorType, key: string, lexicon: Lexicon): ReferenceKind[] {
  if (type !== 'organization') return [type];
  const words = key.split(' ');
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
    key: nameKey(token.text),
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
