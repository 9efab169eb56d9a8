// Where a run of name words ends: capitalised words with the particles, possessives, hyphens and connectors a name or
// title may hold ("Ursula von der Leyen", "People's Liberation Army", "Council for the Welfare of Immigrants").
import type { Lexicon } from './data/index.ts';
import type { Token } from './tokens.ts';
import { nameKey } from './normalize.ts';
import { itemAt } from './lists.ts';

const CONNECTORS = new Set(['of', 'for', 'on', 'and', '&', 'the', 'de']);

/** Where a chunk starting at `start` ends (exclusive); `start` itself when no chunk starts there. */
export function chunkEnd(tokens: readonly Token[], start: number, lexicon: Lexicon): number {
  if (!startsChunk(tokens, start, lexicon)) return start;
  const opensWithPossessive = namePossessiveAt(tokens, start, lexicon);
  let end = opensWithPossessive ? start + 2 : start + 1;
  let lastNameWord = startsName(tokens[start]) ? start + 1 : start;
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
    if (particleHyphen(tokens, end - 1)) {
      end += 2;
      lastNameWord = end;
      continue;
    }
    if (startsName(token)) {
      end++;
      lastNameWord = end;
      continue;
    }
    // "Ontario Teachers' Pension Plan", "Tigray People's Liberation Front": a possessive inside a name that goes on to
    // its head noun (plural, or after a word such as "People" that names no one alone).
    const pluralPossessive = /^['’]$/.test(token.text) && /s$/i.test(tokens[end - 1]!.text);
    if (pluralPossessive && !token.spaceBefore && tokens[end + 1]?.spaceBefore && endsInOrgHead(tokens, end + 1)) {
      end++;
      continue;
    }
    if (namePossessiveAt(tokens, end, lexicon)) {
      end += 2;
      continue;
    }
    if (particleHyphen(tokens, end)) {
      end += 3;
      lastNameWord = end;
      continue;
    }
    if ((isParticle(token) || token.shape.lowercaseTitle) && startsName(tokens[end + 1])) {
      end++;
      continue;
    }
    // "Ursula von der Leyen": particles may come in pairs.
    if (isParticle(token) && isParticle(tokens[end + 1]) && startsName(tokens[end + 2])) {
      end += 2;
      continue;
    }
    // "EU research commissioner Iliana Ivanova", "Japanese science minister …": one qualifying word before a title.
    const title = tokens[end + 1];
    if (token.shape.lowerInitial && title && title.shape.lowercaseTitle && startsName(tokens[end + 2])) {
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
  if (startsName(token) || namePossessiveAt(tokens, i, lexicon)) return true;
  // Everything else opens with a particle or a lower-case title: most words are neither, asked once each.
  const particle = isParticle(token);
  if (!particle && !token.shape.lowercaseTitle) return false;
  const next = tokens[i + 1];
  // "Meta's chief executive Mark Zuckerberg": two lower-case title words may open a chunk too.
  const twoWordTitle = token.shape.lowercaseTitle && !!next && next.shape.lowercaseTitle && startsName(tokens[i + 2]);
  return ((particle || token.shape.lowercaseTitle) && startsName(next)) || twoWordTitle || particleHyphen(tokens, i);
}

/** "People's" inside "People's Liberation Army": the possessive of a word that names no one alone, before a body's name. */
function namePossessiveAt(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const possessive = tokens[i + 1];
  return !!possessive && !possessive.spaceBefore && isApostropheS(possessive.text) && lexicon.namePossessives.has(tokens[i]!.text) && endsInOrgHead(tokens, i + 2);
}

/** "Secretary-General", "Director-General": a hyphen inside a title joins it ("Siemens-Navy deal" keeps two names). */
function hyphenatedTitle(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  const [before, hyphen, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (hyphen?.text !== '-' || hyphen.spaceBefore || !before || !after || after.spaceBefore) return false;
  return lexicon.titles.has(nameKey(`${before.text} ${after.text}`));
}

/** "al-Shabaab", "al-Sisi": a particle, a hyphen and a capitalised word make one name word. */
function particleHyphen(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i + 1];
  const name = tokens[i + 2];
  return isParticle(tokens[i]) && hyphen?.text === '-' && !hyphen.spaceBefore && !!name && !name.spaceBefore && startsName(name);
}

export function startsName(token: Token | undefined): boolean {
  return !!token && token.shape.nameWord;
}

function isParticle(token: Token | undefined): boolean {
  return !!token && token.shape.particle;
}

/**
 * Connectors join capitalised words into one organisation or title name only after an organisation head or title
 * ("Council for the Welfare of Immigrants", "Secretary of the Air Force") or before one ("Food and Drug Administration",
 * "Burkhardt & Associates"); "the United States and Russia" stays two names.
 */
function connectorRun(tokens: readonly Token[], at: number, chunkStart: number, lastNameWord: number, lexicon: Lexicon): number {
  let j = at;
  while (j < tokens.length && CONNECTORS.has(tokens[j]!.lower) && j - at < 2) j++;
  if (j === at || !startsName(tokens[j])) return at;
  const joined = tokens.slice(at, j).map((t) => t.lower);
  const previous = tokens[lastNameWord - 1]!.shape.facts;
  if (joined[0] === 'and' || joined[0] === '&') {
    if (joined[0] === '&') return j;
    // "Food and Drug Administration" is one name; "the Justice Department and the Arts Council" and
    // "the Crick Institute and Oxford University" are two.
    const complete = previous.orgHead;
    if (joined.length === 1 && !complete && endsInOrgHead(tokens, j)) return j;
    // "Ministry of Education and Research": a second portfolio closing a body's of-phrase.
    return joined.length === 1 && secondPortfolio(tokens, j, chunkStart, lastNameWord, lexicon) ? j : at;
  }
  if (joined[0] === 'the' || joined[0] === 'de') return at;
  const afterHead = previous.orgHead || previous.title || inOfPhrase(tokens, chunkStart, lastNameWord);
  return afterHead ? j : at;
}

function secondPortfolio(tokens: readonly Token[], at: number, chunkStart: number, lastNameWord: number, lexicon: Lexicon): boolean {
  const next = tokens[at + 1];
  const ofAt = tokens.slice(chunkStart, lastNameWord).findIndex((t) => t.lower === 'of');
  const body = itemAt(tokens, chunkStart + ofAt - 1);
  const { key, facts } = tokens[at]!.shape;
  if (ofAt < 1 || !body || !body.shape.facts.orgHead) return false;
  return !(next && next.shape.capitalWord) && !lexicon.gazetteer.has(key) && !facts.firstName && facts.titleModifier;
}

function endsInOrgHead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 4 && tokens[k]!.shape.capitalWord; k++) {
    if (tokens[k]!.shape.facts.orgHead) return true;
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

/** "'s" or "’s", in either case: asked of nearly every token, so compared rather than matched by a regex. */
export function isApostropheS(text: string | undefined): boolean {
  return text !== undefined && text.length === 2 && (text[0] === "'" || text[0] === '’') && (text[1] === 's' || text[1] === 'S');
}
