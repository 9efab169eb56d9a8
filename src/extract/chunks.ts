import { keyFactsOf, type KeyFacts, type Lexicon } from './data/index.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { nameKey } from './normalize.ts';
import { chunkEnd, isApostropheS, startsName } from './nameRun.ts';
import { itemAt, lastOf } from './lists.ts';

/** One word of a name chunk: usually a token, with an abbreviation's full stop folded in ("Maj" + "."). */
export interface ChunkWord {
  tokens: Token[];
  key: string;
  /** Starts with a capital (or is an acronym): a name or title word rather than a connector. */
  capital: boolean;
  /** What the lexicon says of its key. */
  facts: KeyFacts;
}

/**
 * A maximal run of capitalised words with the connectors a name or title may contain
 * ("Mohammed bin Salman", "Council for the Protection of Rural England", "NATO spokesperson Oana Lungescu").
 */
export interface Chunk {
  words: ChunkWord[];
  /** Followed by "'s" or "’s". */
  possessive: boolean;
  /** Preceded by "its"/"their": the title inside belongs to an organisation named earlier ("Siemens and its CEO …"). */
  ownedByPrevious: boolean;
  /** The lower-case word after a hyphen that ends the chunk ("al Qaeda-linked", "US-led"). */
  hyphenSuffix: string | null;
  sentenceInitial: boolean;
}

/** Finds the name chunks of one sentence, left to right. */
export function findChunks(sentence: Sentence, lexicon: Lexicon, document: DocumentWords): Chunk[] {
  const tokens = sentence.tokens;
  if (isShouted(tokens)) return knownNamesIn(tokens, lexicon);
  const { midSentence } = document;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    if (commonNounOpening(tokens, start, lexicon, document)) {
      i++;
      continue;
    }
    const end = chunkEnd(tokens, start, lexicon);
    if (end === start) {
      i++;
      continue;
    }
    // "Moody's is reviewing", "McDonald's said": an "'s" followed by a verb belongs to the name, not a possessor.
    const nameWithS = isApostropheS(tokens[end]?.text) && namesWithS(tokens[end + 1]);
    const chunkTo = nameWithS ? end + 1 : end;
    const words = wordsOf(tokens, start, chunkTo);
    const next = tokens[chunkTo];
    const afterNext = tokens[chunkTo + 1];
    const previous = itemAt(tokens, start - 1);
    const hyphenSuffix = next?.text === '-' && !next.spaceBefore && afterNext && !afterNext.spaceBefore ? afterNext.lower : null;
    i = chunkTo;
    // "High-level", "Russian-made": a capitalised word that only opens a compound adjective names no one.
    if (hyphenSuffix && words.length === 1 && !lexicon.hyphenSuffixes.has(hyphenSuffix)) continue;
    const sentenceInitial = start <= 3 && onlyOpenersBefore(tokens, start);
    if (sentenceInitial && words.length === 1 && !namesSomeone(words[0]!, lexicon, midSentence)) continue;
    chunks.push({
      words,
      possessive: !!next && (isApostropheS(next.text) || (isApostrophe(next.text) && !next.spaceBefore && /s$/i.test(words[words.length - 1]!.key))),
      ownedByPrevious: !!previous && (previous.lower === 'its' || previous.lower === 'their'),
      hyphenSuffix,
      sentenceInitial,
    });
  }
  return chunks;
}

function namesWithS(after: Token | undefined): boolean {
  return !!after && (after.pos === 'AUX' || (after.pos === 'VERB' && !after.lower.endsWith('ing')));
}

/** An all-capitals headline ("JUDGE RULES AGAINST META") says nothing by its capitals. */
function isShouted(tokens: readonly Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (let i = 0; i < tokens.length; i++) {
    const shape = tokens[i]!.shape;
    if (!shape.letterPair) continue;
    words++;
    if (shape.allCaps) upper++;
    // Asked of every sentence: once the words not in capitals are too many for any ending, the answer is no.
    else if (words - upper > SHOUTED_SHARE_OF_OTHERS * (words + tokens.length - 1 - i)) return false;
  }
  return words >= 3 && upper >= SHOUTED_SHARE * words;
}

const SHOUTED_SHARE = 0.7;
const SHOUTED_SHARE_OF_OTHERS = 1 - SHOUTED_SHARE;

/** In a shouted line, only names the gazetteer knows, longest first. */
function knownNamesIn(tokens: readonly Token[], lexicon: Lexicon): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let end = Math.min(tokens.length, i + lexicon.maxGazetteerWords); end > i; end--) {
      const key = nameKey(tokens.slice(i, end).map((t) => t.text).join(' '));
      if (!lexicon.gazetteer.has(key)) continue;
      const words = wordsOf(tokens, i, end);
      chunks.push({ words, possessive: false, ownedByPrevious: false, hyphenSuffix: null, sentenceInitial: i === 0 });
      i = end - 1;
      break;
    }
  }
  return chunks;
}

/**
 * A lone capitalised word opening a sentence is a name only if it is known, tagged a proper noun and no relation
 * word ("Talks between …", "Sanctions on …"), or written with a capital inside some sentence too ("Scholz had …").
 */
function namesSomeone(word: ChunkWord, lexicon: Lexicon, midSentence: ReadonlySet<string>): boolean {
  const key = word.key;
  if (lexicon.gazetteer.has(key) || midSentence.has(key)) return true;
  const singular = key.replace(/s$/, '');
  const relationWord = [key, singular].some((k) => lexicon.nouns.has(k) || lexicon.verbs.has(k));
  return !relationWord && word.tokens.every((t) => t.pos === 'PROPN');
}

/** What the whole document says about its words: which are capitalised mid-sentence, which are written in lower case. */
export interface DocumentWords {
  /** Keys of the capitalised words that appear inside sentences, where a capital marks a name. */
  midSentence: ReadonlySet<string>;
  /** Words that open a sentence with a capital and that the document writes in lower case somewhere ("cyclist"). */
  lowercase: ReadonlySet<string>;
}

export function documentWords(sentences: readonly Sentence[]): DocumentWords {
  const midSentence = new Set<string>();
  // Only a sentence's first words are ever asked about (commonNounOpening): looking for those few in lower case is
  // cheaper than remembering every lower-case word of the document.
  const openers = new Set<string>();
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length && i <= LAST_OPENING_POSITION; i++) if (tokens[i]!.shape.capitalWord) openers.add(tokens[i]!.lower);
  }
  const lowercase = new Set<string>();
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.shape.lowerInitial) {
        if (openers.has(token.lower)) lowercase.add(token.lower);
      } else if (i > 0 && token.shape.capitalWord && !OPENERS_AND_COLON.has(tokens[i - 1]!.text)) midSentence.add(token.shape.key);
    }
  }
  return { midSentence, lowercase };
}

// A sentence's first word may follow an opening quote or bracket or two ("“(Cyclist …").
const LAST_OPENING_POSITION = 2;

/**
 * "Cyclist Varga banned …", "Analysts at Bank X said": a sentence's first word that the document writes in lower
 * case elsewhere, and never capitalised mid-sentence, is a common noun, not the start of a name.
 */
function commonNounOpening(tokens: readonly Token[], at: number, lexicon: Lexicon, words: DocumentWords): boolean {
  if (at > LAST_OPENING_POSITION || !onlyOpenersBefore(tokens, at)) return false;
  const token = tokens[at];
  const key = token ? token.shape.key : '';
  const next = tokens[at + 1];
  if (!token || !token.shape.capitalWord || !(startsName(next) || lexicon.lowercaseTitles.has(next?.text ?? ''))) return false;
  // "Company spokesman X said": a noun that introduces bodies is no name either.
  const commonNoun = words.lowercase.has(token.lower) || lexicon.organisationNouns.has(token.lower);
  return commonNoun && !words.midSentence.has(key) && !lexicon.gazetteer.has(key) && !token.shape.facts.title && !token.shape.facts.firstName;
}


/** The words of tokens[from, to). */
function wordsOf(tokens: readonly Token[], from: number, to: number): ChunkWord[] {
  const words: ChunkWord[] = [];
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    const last = lastOf(words);
    const attached = token.text === '.' || token.text === '-' || isApostrophe(token.text) || isApostropheS(token.text) || last?.tokens[last.tokens.length - 1]!.text === '-';
    if (last && attached && !token.spaceBefore) {
      last.tokens.push(token);
      last.key = nameKey(last.tokens.map((t) => t.text).join(''));
      last.facts = keyFactsOf(last.key);
      last.capital ||= token.shape.capitalWord;
      continue;
    }
    words.push({ tokens: [token], key: token.shape.key, capital: token.shape.capitalWord && !token.shape.particle, facts: token.shape.facts });
  }
  return words;
}

// Asked of nearly every token: string comparisons rather than a regex each time.
const OPENERS: ReadonlySet<string> = new Set(['“', '"', '‘', "'", '(', '[']);
// After these a capital may open a quotation or a clause rather than mark a name.
const OPENERS_AND_COLON: ReadonlySet<string> = new Set([...OPENERS, ':']);

/** Only opening quotes and brackets stand before `at` ("“Scholz …", "(Reuters)"). */
function onlyOpenersBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < at; k++) if (!OPENERS.has(tokens[k]!.text)) return false;
  return true;
}

function isApostrophe(text: string | undefined): boolean {
  return text === "'" || text === '’';
}
