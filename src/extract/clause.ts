import type { ActorType } from './types.ts';
import type { Lexicon } from './data/index.ts';
import type { Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

/** One sentence seen as tokens with the actor mentions laid over them, for the relation patterns to walk. */
export interface SentenceView {
  sentence: Sentence;
  /** Outermost mentions in text order (the country inside "Russian Defense Ministry" is left out). */
  mentions: Mention[];
  /** First token index → the mention starting there. */
  startingAt: ReadonlyMap<number, Mention>;
  /** By token position in the sentence: the first of `mentions` that covers it. */
  covering: ReadonlyArray<Mention | undefined>;
  actorOf: ReadonlyMap<number, string>;
  /** Actor id → type, to tell "he" from "it" when resolving pronouns. */
  typeOf: ReadonlyMap<string, ActorType>;
  lexicon: Lexicon;
}

// Words after which the clause that holds a verb's subject or object is over.
const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '(', ')', 'because', 'but', 'while', 'whilst', 'although', 'though', 'where', 'when', 'if', 'unless', 'whereas']);
const OBJECT_WINDOW = 15;
const SUBJECT_WINDOW = 14;

export function viewOf(
  sentence: Sentence,
  mentions: readonly Mention[],
  actorOf: ReadonlyMap<number, string>,
  typeOf: ReadonlyMap<string, ActorType>,
  lexicon: Lexicon,
): SentenceView {
  const inside = mentions.filter((m) => m.sentence === sentence.index && actorOf.has(m.id));
  const outer = inside.filter((m) => !inside.some((o) => o !== m && o.firstToken <= m.firstToken && o.lastToken >= m.lastToken && o.lastToken - o.firstToken > m.lastToken - m.firstToken));
  const sorted = outer.sort((a, b) => a.firstToken - b.firstToken);
  return { sentence, mentions: sorted, startingAt: new Map(sorted.map((m) => [m.firstToken, m])), covering: coveringOf(sentence, sorted), actorOf, typeOf, lexicon };
}

// The patterns ask which mention covers a token for nearly every token they pass: one look-up, not a scan of the mentions.
function coveringOf(sentence: Sentence, mentions: readonly Mention[]): (Mention | undefined)[] {
  const first = sentence.tokens[0]?.index ?? 0;
  const covering = new Array<Mention | undefined>(sentence.tokens.length).fill(undefined);
  for (const m of mentions) {
    for (let k = Math.max(m.firstToken, first); k <= m.lastToken && k - first < covering.length; k++) covering[k - first] ??= m;
  }
  return covering;
}

export function tokenAt(view: SentenceView, index: number): Token | undefined {
  const first = view.sentence.tokens[0];
  return first ? view.sentence.tokens[index - first.index] : undefined;
}

export function mentionCovering(view: SentenceView, index: number): Mention | undefined {
  const first = view.sentence.tokens[0];
  return first ? view.covering[index - first.index] : undefined;
}

export function mentionStartingAt(view: SentenceView, index: number): Mention | undefined {
  return view.startingAt.get(index);
}

/** The nearest mention left of `index` in the same clause: the subject of a verb, the owner of a noun. */
export function subjectBefore(view: SentenceView, index: number): Mention | undefined {
  for (let k = index - 1; k >= view.sentence.tokens[0]!.index && index - k <= SUBJECT_WINDOW; k--) {
    const token = tokenAt(view, k)!;
    // "the Azawad Liberation Front (ALF) agreed": a bracketed short form belongs to the name before it.
    const bracket = token.text === ')' ? bracketedShortFormStart(view, k) : undefined;
    if (bracket !== undefined) {
      k = bracket;
      continue;
    }
    if (CLAUSE_BREAKS.has(token.lower)) return undefined;
    // "Berrada said the board thanked ten Hag": a reported clause has its own subject, unnamed here.
    if (token.pos === 'VERB' && view.lexicon.speechVerbs.has(token.lemma)) return undefined;
    if (token.text === ',') {
      // "Gary Neville, who played for United, criticised …": the subject stands before the relative clause.
      const relative = relativeClauseStart(view, k);
      if (relative !== undefined) {
        k = relative;
        continue;
      }
    }
    const mention = mentionCovering(view, k);
    if (mention && !qualifiesPrepositionalObject(view, mention)) return mention;
    if (mention) k = mention.firstToken;
    if (SUBJECT_PRONOUNS.has(token.lower)) return antecedentOf(view, k);
  }
  return undefined;
}

/** For the ")" closing "(ALF)" or "(the WFP)" right after a name, the index of its "(". */
function bracketedShortFormStart(view: SentenceView, close: number): number | undefined {
  for (let k = close - 1; k >= close - 4; k--) {
    const token = tokenAt(view, k);
    if (!token) return undefined;
    if (token.text === '(') return mentionCovering(view, k - 1) ? k : undefined;
  }
  return undefined;
}

function closingBracketOfShortForm(view: SentenceView, open: number): number | undefined {
  for (let k = open + 1; k <= open + 4; k++) {
    const token = tokenAt(view, k);
    if (token?.text === ')') return bracketedShortFormStart(view, k) === open ? k : undefined;
  }
  return undefined;
}

const CLAUSE_OPENERS = new Set(['who', 'which', 'whom', 'whose', 'a', 'an']);

/** For the comma closing ", who … ,", ", backed by Iran,", ", an ally of Xi," or ", the NATO chief,", the comma that opens it. */
function relativeClauseStart(view: SentenceView, comma: number): number | undefined {
  // ", the NATO secretary general,": an apposition ending in a title describes the name before it.
  const appositive = view.lexicon.lowercaseTitles.has(tokenAt(view, comma - 1)?.lower ?? '');
  for (let k = comma - 1; k > comma - 14; k--) {
    const token = tokenAt(view, k);
    if (!token || token.text === ',') return undefined;
    const opensClause = CLAUSE_OPENERS.has(token.lower) || (token.pos === 'VERB' && (token.lower.endsWith('ed') || token.lower.endsWith('en')));
    if ((opensClause || appositive) && tokenAt(view, k - 1)?.text === ',') return k - 1;
  }
  return undefined;
}

/** "for 3,000 Afghan refugees": a nationality adjective inside a prepositional phrase is nobody's subject. */
function qualifiesPrepositionalObject(view: SentenceView, mention: Mention): boolean {
  if (mention.known?.form !== 'adjective' || tokenAt(view, mention.lastToken + 1)?.pos !== 'NOUN') return false;
  let k = mention.firstToken - 1;
  while (['DET', 'ADJ', 'NUM'].includes(tokenAt(view, k)?.pos ?? '')) k--;
  const before = tokenAt(view, k);
  return before?.pos === 'ADP' && before.lower !== 'by';
}

/** The preposition governing a mention, past its determiners and adjectives: "in the Red Sea" → "in". */
function prepositionBefore(view: SentenceView, mention: Mention): Token | undefined {
  let k = mention.firstToken - 1;
  while (['DET', 'ADJ', 'NUM'].includes(tokenAt(view, k)?.pos ?? '')) k--;
  const token = tokenAt(view, k);
  return token?.pos === 'ADP' ? token : undefined;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you']);
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
    const type = view.typeOf.get(view.actorOf.get(m.id) ?? '');
    if ((type === 'person') === wantPerson) return m;
  }
  return undefined;
}

/** Skips determiners, adjectives, adverbs and similar words; stops at anything that ends a noun phrase's run-up. */
function isFiller(token: Token): boolean {
  return FILLER_TAGS.has(token.pos) || /^['’]s$/.test(token.text) || token.text === '-';
}

const FILLER_TAGS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PART', 'PRON', 'NOUN', 'PROPN', 'SYM']);

/**
 * The actors a verb or noun at `index` acts on: the first mention to its right in the clause, then any coordinated
 * with it ("Hamas and the Iran-backed Houthis"). Places after "in"/"at" are where, not whom; a possessive
 * ("Nokia's main competitor, Ericsson") only qualifies the real object. `reachFar` crosses commas and copulas, for
 * "support had been vital to the rise of …, the PKK".
 */
export function objectsAfter(view: SentenceView, index: number, window = OBJECT_WINDOW, reachFar = false): Mention[] {
  const { lexicon } = view;
  const objects: Mention[] = [];
  const last = view.sentence.tokens[view.sentence.tokens.length - 1]!.index;
  let k = index + 1;
  let allowedPrepositions = 1;
  let appositive = false;
  // "suspended Sudan's membership": with no other name, the possessor is what the verb acts on.
  let possessor: Mention | undefined;
  while (k <= last && k - index <= window) {
    const token = tokenAt(view, k)!;
    const mention = mentionStartingAt(view, k);
    if (mention) {
      const locative = lexicon.locativePrepositions.has(prepositionBefore(view, mention)?.lower ?? '');
      // "fined U.S. cloud provider Veritas": a country before a describing noun and a name only qualifies the name.
      const qualifier = qualifiedName(view, mention);
      if (qualifier) {
        k = qualifier.firstToken;
        continue;
      }
      if (!locative && !mention.possessive && !mention.hyphenSuffix) {
        const head = headOfName(view, mention);
        objects.push(head);
        coordinated(view, head, objects);
        return objects;
      }
      appositive ||= mention.possessive;
      if (mention.possessive) possessor ??= mention;
      k = mention.hyphenSuffix ? mention.lastToken + 3 : mention.lastToken + 1;
      continue;
    }
    if (reachFar && token.pos === 'AUX' && (token.lemma === 'be' || token.lemma === 'have')) {
      k++;
      continue;
    }
    // "the Bremen-based Institute": the word after a joining hyphen belongs to a compound adjective, not a verb.
    if (token.text === '-' && !token.spaceBefore && tokenAt(view, k + 1)?.spaceBefore === false) {
      k += 2;
      continue;
    }
    if (CLAUSE_BREAKS.has(token.lower) || lexicon.relativePronouns.has(token.lower) || token.text === '.') break;
    if (OBJECT_PRONOUNS.has(token.lower)) {
      // "… met Netanyahu and warned him": the pronoun stands for the nearest fitting name before it.
      const antecedent = antecedentOf(view, k);
      return antecedent ? [antecedent] : objects;
    }
    if (token.pos === 'VERB' || token.pos === 'AUX') break;
    if (token.pos === 'ADP' || token.pos === 'SCONJ') {
      if (lexicon.locativePrepositions.has(token.lower) || lexicon.objectPrepositions.has(token.lower) || token.lower === 'of') {
        if (!lexicon.locativePrepositions.has(token.lower) && token.lower !== 'of' && allowedPrepositions-- <= 0) break;
        k++;
        continue;
      }
      break;
    }
    // A comma ends the object, unless it opens an apposition: "Nokia's main competitor, Ericsson".
    if (token.text === ',' && !reachFar && !appositive) break;
    if (!isFiller(token) && token.text !== ',' && token.pos !== 'CCONJ') break;
    k++;
  }
  return objects.length === 0 && possessor ? [possessor] : objects;
}

/** The name a country mention qualifies through one to three lower-case words ("U.S. cloud provider Veritas"). */
function qualifiedName(view: SentenceView, mention: Mention): Mention | undefined {
  if (view.typeOf.get(view.actorOf.get(mention.id) ?? '') !== 'country') return undefined;
  for (let k = mention.lastToken + 1; k <= mention.lastToken + 4; k++) {
    const named = mentionStartingAt(view, k);
    if (named) return k > mention.lastToken + 1 ? named : undefined;
    const token = tokenAt(view, k);
    if (!token || !token.shape.lowerInitial || !['NOUN', 'ADJ'].includes(token.pos)) return undefined;
  }
  return undefined;
}

/** Adds the mentions joined to `head` by "and", "or" or commas. */
export function coordinated(view: SentenceView, head: Mention, into: Mention[]): void {
  let k = head.lastToken + 1;
  let sawJoiner = false;
  let onlyComma = true;
  const last = view.sentence.tokens[view.sentence.tokens.length - 1]!.index;
  while (k <= last) {
    const token = tokenAt(view, k)!;
    const mention = mentionStartingAt(view, k);
    if (mention && sawJoiner) {
      if (mention.hyphenSuffix) {
        k = mention.lastToken + 3; // "the Iran-backed Houthis": the compound only qualifies the next name
        continue;
      }
      if (mention.possessive || (onlyComma && !endsListItem(view, mention))) return;
      const head = headOfName(view, mention);
      into.push(head);
      sawJoiner = false;
      onlyComma = true;
      k = head.lastToken + 1;
      continue;
    }
    // "the Moro National Front (MNF) and Manila": the short form in brackets still names the head.
    const close = !sawJoiner && token.text === '(' ? closingBracketOfShortForm(view, k) : undefined;
    if (!sawJoiner && token.text === ')' && bracketedShortFormStart(view, k) !== undefined) {
      k++;
      continue;
    }
    if (close !== undefined) {
      k = close + 1;
      continue;
    }
    // "Sudan's army and the RSF": the head's own noun comes before the joiner.
    if (!sawJoiner && k - head.lastToken <= 2 && (token.pos === 'NOUN' || /^['’]s$/.test(token.text))) {
      k++;
      continue;
    }
    if (token.lower === 'and' || token.lower === 'or' || token.text === ',') {
      sawJoiner = true;
      if (token.text !== ',') onlyComma = false;
      k++;
      continue;
    }
    // "… and the vaccine alliance Gavi": lower-case nouns that only introduce the next name.
    const introducesName = token.pos === 'NOUN' && token.shape.lowerInitial && (mentionStartingAt(view, k + 1) || (tokenAt(view, k + 1)?.pos === 'NOUN' && mentionStartingAt(view, k + 2)));
    if (sawJoiner && (token.pos === 'DET' || token.pos === 'ADJ' || token.lower === 'its' || token.lower === 'their' || view.lexicon.lowercaseTitles.has(token.lower) || introducesName)) {
      k++;
      continue;
    }
    return;
  }
}


// "Maduro, US officials said": after a bare comma, a name is a list item only if the list goes on or ends there.
function endsListItem(view: SentenceView, mention: Mention): boolean {
  const next = tokenAt(view, mention.lastToken + 1);
  return !next || [',', 'and', 'or', '.', ';'].includes(next.lower);
}

/**
 * The name a chunk is about: "Saudi Foreign Minister Faisal bin Farhan" is about the minister, the
 * country only qualifies him.
 */
function headOfName(view: SentenceView, mention: Mention): Mention {
  // "the United Nations World Food Programme": of two names written as one, the second is the body meant.
  const adjacent = mentionStartingAt(view, mention.lastToken + 1);
  if (adjacent && !mention.possessive && adjacent.known && mention.known && view.typeOf.get(view.actorOf.get(adjacent.id) ?? '') === 'organization') return adjacent;
  let head = mention;
  for (const next of view.mentions) {
    if (next.firstToken <= head.lastToken || !next.titled) continue;
    const between = view.sentence.tokens.filter((t) => t.index > head.lastToken && t.index < next.firstToken);
    if (between.length <= 6 && between.every((t) => t.shape.letterInitial && !['and', 'or', 'with', 'to'].includes(t.lower) || t.text === '.')) head = next;
    break;
  }
  return head;
}

const TIME_PREPOSITIONS = new Set(['in', 'on', 'since', 'last', 'this']);

/** The mention after "by" or "from" right behind `index` ("suspended by the Commission", "warnings from Seoul"). */
export function agentAfter(view: SentenceView, index: number, words: readonly string[]): { agent: Mention; end: number } | undefined {
  for (let k = index + 1; k <= index + 5; k++) {
    const token = tokenAt(view, k);
    if (!token) return undefined;
    if (!words.includes(token.lower)) {
      // "founded in 2015 by …", "suspended last year by …": a time phrase may come between the verb and its agent.
      const afterTime = TIME_PREPOSITIONS.has(tokenAt(view, k - 1)?.lower ?? '') && ['NUM', 'NOUN', 'PROPN'].includes(token.pos);
      if (token.pos === 'ADV' || token.lower === 'also' || token.pos === 'NUM' || afterTime || TIME_PREPOSITIONS.has(token.lower)) continue;
      return undefined;
    }
    for (let j = k + 1; j <= k + 6; j++) {
      const mention = mentionStartingAt(view, j);
      // "owned by Swedish investor Alder Capital": the demonym only qualifies the name that follows it.
      if (mention?.known?.form === 'adjective') {
        const named = view.mentions.find((m) => m.firstToken > mention.lastToken && m.firstToken <= mention.lastToken + 3);
        if (named) return { agent: named, end: named.lastToken };
      }
      if (mention) return { agent: mention, end: mention.lastToken };
      // "by the Commission", "by Prime Minister Jacinda Ardern": determiners and title words come before the name.
      const t = tokenAt(view, j);
      // "by engineer Sara Malik": a lower-case noun describing the agent may come first too.
      if (!t || !(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.shape.upperInitial || view.lexicon.lowercaseTitles.has(t.lower))) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Negation shortly before a trigger ("failed to stop", "did not support") cancels it. */
export function negatedBefore(view: SentenceView, index: number): boolean {
  for (let k = index - 1; k >= index - 3; k--) {
    const token = tokenAt(view, k);
    if (!token || mentionCovering(view, k)) return false;
    if (view.lexicon.negations.has(token.lower) && tokenAt(view, k + 1)?.text !== '-') return true; // "no-bid" is no negation
    // "ruled out any deal with …": a two-word negation.
    if (view.lexicon.negations.has(`${tokenAt(view, k - 1)?.lower ?? ''} ${token.lower}`)) return true;
  }
  return false;
}

/** Hedging between the subject and the trigger, or just before it ("purportedly striking", "its alleged build-up"). */
export function hedgedBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = Math.min(from, to - 4); k < to; k++) {
    const token = tokenAt(view, k);
    if (token && view.lexicon.hedges.has(token.lower)) return true;
  }
  return false;
}
