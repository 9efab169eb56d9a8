// What a verb or noun acts on: the mentions to its right in the clause, those coordinated with them, and a
// passive's by-agent.
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import { actorTypeOf, antecedentOf, mentionStartingAt, tokenAt, type SentenceView } from './sentenceView.ts';
import { bracketedShortFormStart, CLAUSE_BREAKS, closingBracketOfShortForm, prepositionBefore } from './clause.ts';

const OBJECT_WINDOW = 15;
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

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
  if (actorTypeOf(view, mention) !== 'country') return undefined;
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
    if (sawJoiner && (token.pos === 'DET' || token.pos === 'ADJ' || token.lower === 'its' || token.lower === 'their' || token.shape.lowercaseTitle || introducesName)) {
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
  if (adjacent && !mention.possessive && adjacent.known && mention.known && actorTypeOf(view, adjacent) === 'organization') return adjacent;
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
      if (!t || !(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.shape.upperInitial || t.shape.lowercaseTitle)) return undefined;
    }
    return undefined;
  }
  return undefined;
}
