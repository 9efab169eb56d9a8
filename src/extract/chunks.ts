import type { Lexicon } from './data/index.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { nameKey } from './normalize.ts';

/** One word of a name chunk: usually a token, with an abbreviation's full stop folded in ("Maj" + "."). */
export interface ChunkWord {
  tokens: Token[];
  key: string;
  /** Starts with a capital (or is an acronym): a name or title word rather than a connector. */
  capital: boolean;
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

const CONNECTORS = new Set(['of', 'for', 'on', 'and', '&', 'the', 'de']);

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
    const nameWithS = /^['’]s$/i.test(tokens[end]?.text ?? '') && namesWithS(tokens[end + 1]);
    const chunkTo = nameWithS ? end + 1 : end;
    const words = wordsOf(tokens.slice(start, chunkTo), lexicon);
    const next = tokens[chunkTo];
    const afterNext = tokens[chunkTo + 1];
    const previous = tokens[start - 1];
    const hyphenSuffix = next?.text === '-' && !next.spaceBefore && afterNext && !afterNext.spaceBefore ? afterNext.lower : null;
    i = chunkTo;
    // "High-level", "Russian-made": a capitalised word that only opens a compound adjective names no one.
    if (hyphenSuffix && words.length === 1 && !lexicon.hyphenSuffixes.has(hyphenSuffix)) continue;
    const sentenceInitial = start <= 3 && tokens.slice(0, start).every((t) => /^[“"‘'([]$/.test(t.text));
    if (sentenceInitial && words.length === 1 && !namesSomeone(words[0]!, lexicon, midSentence)) continue;
    chunks.push({
      words,
      possessive: !!next && (/^['’]s$/i.test(next.text) || (/^['’]$/.test(next.text) && !next.spaceBefore && /s$/i.test(words[words.length - 1]!.key))),
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
  for (const t of tokens) {
    if (!t.shape.letterPair) continue;
    words++;
    if (t.shape.allCaps) upper++;
  }
  return words >= 3 && upper >= 0.7 * words;
}

/** In a shouted line, only names the gazetteer knows, longest first. */
function knownNamesIn(tokens: readonly Token[], lexicon: Lexicon): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let end = Math.min(tokens.length, i + lexicon.maxGazetteerWords); end > i; end--) {
      const key = nameKey(tokens.slice(i, end).map((t) => t.text).join(' '));
      if (!lexicon.gazetteer.has(key)) continue;
      const words = wordsOf(tokens.slice(i, end), lexicon);
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
  /** Words the document writes in lower case somewhere ("cyclist", "analysts"). */
  lowercase: ReadonlySet<string>;
}

export function documentWords(sentences: readonly Sentence[]): DocumentWords {
  const midSentence = new Set<string>();
  const lowercase = new Set<string>();
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, i) => {
      const previous = sentence.tokens[i - 1];
      if (token.shape.lowerInitial) lowercase.add(token.lower);
      else if (i > 0 && token.shape.capitalWord && !/^[“"‘'([:]$/.test(previous?.text ?? '')) midSentence.add(token.shape.key);
    });
  }
  return { midSentence, lowercase };
}

/**
 * "Cyclist Varga banned …", "Analysts at Bank X said": a sentence's first word that the document writes in lower
 * case elsewhere, and never capitalised mid-sentence, is a common noun, not the start of a name.
 */
function commonNounOpening(tokens: readonly Token[], at: number, lexicon: Lexicon, words: DocumentWords): boolean {
  if (at > 2 || !tokens.slice(0, at).every((t) => /^[“"‘'([]$/.test(t.text))) return false;
  const token = tokens[at];
  const key = token ? token.shape.key : '';
  const next = tokens[at + 1];
  if (!token || !token.shape.capitalWord || !(startsName(next, lexicon) || lexicon.lowercaseTitles.has(next?.text ?? ''))) return false;
  // "Company spokesman X said": a noun that introduces bodies is no name either.
  const commonNoun = words.lowercase.has(token.lower) || lexicon.organisationNouns.has(token.lower);
  return commonNoun && !words.midSentence.has(key) && !lexicon.gazetteer.has(key) && !lexicon.titles.has(key) && !lexicon.firstNames.has(key);
}

/** Where a chunk starting at `start` ends (exclusive); `start` itself when no chunk starts there. */
function chunkEnd(tokens: readonly Token[], start: number, lexicon: Lexicon): number {
  if (!startsChunk(tokens, start, lexicon)) return start;
  const opensWithPossessive = namePossessiveAt(tokens, start, lexicon);
  let end = opensWithPossessive ? start + 2 : start + 1;
  let lastNameWord = startsName(tokens[start], lexicon) ? start + 1 : start;
  while (end < tokens.length) {
    const token = tokens[end]!;
    if (token.lineBreakBefore) break;
    if (token.text === '.' && !token.spaceBefore && lexicon.abbreviations.has(tokens[end - 1]!.text)) {
      end++;
      continue;
    }
    if (hyphenatedTitle(tokens, end, lexicon)) {
      end += 2;
      lastNameWord = end;
      continue;
    }
    if (particleHyphen(tokens, end - 1, lexicon)) {
      end += 2;
      lastNameWord = end;
      continue;
    }
    if (startsName(token, lexicon)) {
      end++;
      lastNameWord = end;
      continue;
    }
    // "Ontario Teachers' Pension Plan", "Tigray People's Liberation Front": a possessive inside a name that goes on to
    // its head noun (plural, or after a word such as "People" that names no one alone).
    const pluralPossessive = /^['’]$/.test(token.text) && /s$/i.test(tokens[end - 1]!.text);
    if (pluralPossessive && !token.spaceBefore && tokens[end + 1]?.spaceBefore && endsInOrgHead(tokens, end + 1, lexicon)) {
      end++;
      continue;
    }
    if (namePossessiveAt(tokens, end, lexicon)) {
      end += 2;
      continue;
    }
    if (particleHyphen(tokens, end, lexicon)) {
      end += 3;
      lastNameWord = end;
      continue;
    }
    if ((isParticle(token, lexicon) || lexicon.lowercaseTitles.has(token.lower)) && startsName(tokens[end + 1], lexicon)) {
      end++;
      continue;
    }
    // "Ursula von der Leyen": particles may come in pairs.
    if (isParticle(token, lexicon) && isParticle(tokens[end + 1], lexicon) && startsName(tokens[end + 2], lexicon)) {
      end += 2;
      continue;
    }
    // "EU research commissioner Iliana Ivanova", "Japanese science minister …": one qualifying word before a title.
    const title = tokens[end + 1];
    if (token.shape.lowerInitial && title && lexicon.lowercaseTitles.has(title.lower) && startsName(tokens[end + 2], lexicon)) {
      end += 2;
      continue;
    }
    const connectorEnd = connectorRun(tokens, end, start, lastNameWord, lexicon);
    if (connectorEnd > end) {
      end = connectorEnd;
      continue;
    }
    break;
  }
  return lastNameWord;
}

function startsChunk(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const token = tokens[i]!;
  if (startsName(token, lexicon) || namePossessiveAt(tokens, i, lexicon)) return true;
  const next = tokens[i + 1];
  // "Meta's chief executive Mark Zuckerberg": two lower-case title words may open a chunk too.
  const twoWordTitle = lexicon.lowercaseTitles.has(token.lower) && !!next && lexicon.lowercaseTitles.has(next.lower) && startsName(tokens[i + 2], lexicon);
  return ((isParticle(token, lexicon) || lexicon.lowercaseTitles.has(token.lower)) && startsName(next, lexicon)) || twoWordTitle || particleHyphen(tokens, i, lexicon);
}

/** "Secretary-General", "Director-General": a hyphen inside a title joins it ("Siemens-Navy deal" keeps two names). */
/** "People's" inside "People's Liberation Army": the possessive of a word that names no one alone, before a body's name. */
function namePossessiveAt(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const possessive = tokens[i + 1];
  return !!possessive && !possessive.spaceBefore && /^['’]s$/i.test(possessive.text) && lexicon.namePossessives.has(tokens[i]!.text) && endsInOrgHead(tokens, i + 2, lexicon);
}

function hyphenatedTitle(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const [before, hyphen, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (hyphen?.text !== '-' || hyphen.spaceBefore || !before || !after || after.spaceBefore) return false;
  return lexicon.titles.has(nameKey(`${before.text} ${after.text}`));
}

/** "al-Shabaab", "al-Sisi": a particle, a hyphen and a capitalised word make one name word. */
function particleHyphen(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const hyphen = tokens[i + 1];
  const name = tokens[i + 2];
  return isParticle(tokens[i], lexicon) && hyphen?.text === '-' && !hyphen.spaceBefore && !!name && !name.spaceBefore && startsName(name, lexicon);
}

function startsName(token: Token | undefined, lexicon: Lexicon): boolean {
  if (!token || !token.shape.capitalWord) return false;
  // An acronym is checked as written: "WHO" is the World Health Organization, "Who" opens a question.
  const key = token.shape.key;
  if (token.shape.acronym) return !lexicon.nonActors.has(token.text) || lexicon.titles.has(key);
  return !lexicon.nonActors.has(key) || lexicon.titles.has(key);
}

function isParticle(token: Token | undefined, lexicon: Lexicon): boolean {
  return !!token && lexicon.particles.has(token.text);
}

/**
 * Connectors join capitalised words into one organisation or title name only after an organisation head or title
 * ("Council for the Welfare of Immigrants", "Secretary of the Air Force") or before one ("Food and Drug Administration",
 * "Burkhardt & Associates"); "the United States and Russia" stays two names.
 */
function connectorRun(tokens: readonly Token[], at: number, chunkStart: number, lastNameWord: number, lexicon: Lexicon): number {
  let j = at;
  while (j < tokens.length && CONNECTORS.has(tokens[j]!.lower) && j - at < 2) j++;
  if (j === at || !startsName(tokens[j], lexicon)) return at;
  const joined = tokens.slice(at, j).map((t) => t.lower);
  const previousKey = tokens[lastNameWord - 1]!.shape.key;
  if (joined[0] === 'and' || joined[0] === '&') {
    if (joined[0] === '&') return j;
    // "Food and Drug Administration" is one name; "the Justice Department and the Arts Council" and
    // "the Crick Institute and Oxford University" are two.
    const complete = lexicon.orgHeads.has(previousKey);
    if (joined.length === 1 && !complete && endsInOrgHead(tokens, j, lexicon)) return j;
    // "Ministry of Education and Research": a second portfolio closing a body's of-phrase.
    return joined.length === 1 && secondPortfolio(tokens, j, chunkStart, lastNameWord, lexicon) ? j : at;
  }
  if (joined[0] === 'the' || joined[0] === 'de') return at;
  const afterHead = lexicon.orgHeads.has(previousKey) || lexicon.titles.has(previousKey) || inOfPhrase(tokens, chunkStart, lastNameWord);
  return afterHead ? j : at;
}

function secondPortfolio(tokens: readonly Token[], at: number, chunkStart: number, lastNameWord: number, lexicon: Lexicon): boolean {
  const next = tokens[at + 1];
  const ofAt = tokens.slice(chunkStart, lastNameWord).findIndex((t) => t.lower === 'of');
  const body = tokens[chunkStart + ofAt - 1];
  const key = tokens[at]!.shape.key;
  if (ofAt < 1 || !body || !lexicon.orgHeads.has(body.shape.key)) return false;
  return !(next && next.shape.capitalWord) && !lexicon.gazetteer.has(key) && !lexicon.firstNames.has(key) && lexicon.titleModifiers.has(key);
}

function endsInOrgHead(tokens: readonly Token[], from: number, lexicon: Lexicon): boolean {
  for (let k = from; k < tokens.length && k < from + 4 && tokens[k]!.shape.capitalWord; k++) {
    if (lexicon.orgHeads.has(tokens[k]!.shape.key)) return true;
  }
  return false;
}

// "…Council for the Welfare of Immigrants": once a chunk has taken one of/for phrase, it may take the next.
function inOfPhrase(tokens: readonly Token[], chunkStart: number, lastNameWord: number): boolean {
  for (let k = lastNameWord - 1; k > chunkStart; k--) {
    const lower = tokens[k]!.lower;
    if (lower === 'of' || lower === 'for') return true;
  }
  return false;
}

function wordsOf(tokens: readonly Token[], lexicon: Lexicon): ChunkWord[] {
  const words: ChunkWord[] = [];
  for (const token of tokens) {
    const last = words[words.length - 1];
    const attached = token.text === '.' || token.text === '-' || /^['’]s?$/i.test(token.text) || last?.tokens[last.tokens.length - 1]!.text === '-';
    if (last && attached && !token.spaceBefore) {
      last.tokens.push(token);
      last.key = nameKey(last.tokens.map((t) => t.text).join(''));
      last.capital ||= token.shape.capitalWord;
      continue;
    }
    words.push({ tokens: [token], key: token.shape.key, capital: token.shape.capitalWord && !lexicon.particles.has(token.text) });
  }
  return words;
}
