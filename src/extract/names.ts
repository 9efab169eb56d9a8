import type { GazetteerHit, Lexicon } from './data/index.ts';
import type { ChunkWord } from './chunks.ts';
import { lastOf } from './lists.ts';

/** One name found inside a chunk, with what the chunk itself says about it. */
export interface NamePart {
  from: number; // word range in the chunk, end exclusive
  to: number;
  known: GazetteerHit | null;
  /** Follows a personal title ("Foreign Minister Faisal bin Farhan"). */
  titled: boolean;
  /** The title it follows, unless qualified as past or shadow: leads to the body or country it serves. */
  titleKey: string | null;
  /** That title with its modifiers ("research minister"). */
  titlePhrase: string | null;
}

/** "X is a member of Y" read off the chunk: a title's holder and the body before or after the title. */
export interface PartMembership {
  member: number; // index into parts
  /** Index into parts, or 'outside' when the body is named just before the chunk ("Labour's …", "its CEO …"). */
  of: number | 'outside';
}

export interface ChunkReading {
  parts: NamePart[];
  memberships: PartMembership[];
}

interface TitleMatch {
  end: number;
  key: string;
  /** The whole title with its modifiers ("research minister"), to find the body a portfolio names. */
  phrase: string;
  headless: boolean;
}

const JOINERS = new Set(['of', 'for', 'the', 'on', 'and', '&']);

/**
 * Reads a chunk as names and titles: "Saudi Foreign Minister Faisal bin Farhan" is a country, a
 * title and a person who belongs to that country; "CEO of the National Trust Hilary McGrady" is a title, its body
 * and its holder.
 */
export function readChunk(words: readonly ChunkWord[], lexicon: Lexicon): ChunkReading {
  const parts: NamePart[] = [];
  const memberships: PartMembership[] = [];
  let pendingTitle: TitleMatch | null = null;
  let titleBody: number | 'outside' | null = null;
  let p = 0;
  while (p < words.length) {
    // "Former England captain …": "former" qualifies a title; without one it names nothing.
    if (words[p]!.facts.headlessModifier && !titleAt(words, p, lexicon)) {
      p++;
      continue;
    }
    const title = titleAt(words, p, lexicon);
    const known = gazetteerAt(words, p, lexicon);
    if (title && !(known && known.end >= title.end) && !namesAnOrganisation(words, title.end, lexicon)) {
      pendingTitle = title;
      titleBody = parts.length > 0 && p > 0 ? parts.length - 1 : 'outside';
      p = title.end;
      const body = complementAt(words, p, lexicon);
      if (body) {
        parts.push({ from: body.from, to: body.to, known: body.known, titled: false, titleKey: null, titlePhrase: null });
        titleBody = parts.length - 1;
        p = body.next;
      }
      continue;
    }
    // "Jordan Henderson" is a person, not the country; "Congressional Budget Office" is not Congress.
    const givenNameFirst = known && known.end - p === 1 && words[p]!.facts.firstName && words[known.end]?.capital;
    if (known && !givenNameFirst && !continuesName(words, known.end, pendingTitle, lexicon, known.hit)) {
      const orgEnd = known.hit.actor.type === 'country' ? unknownOrgAfter(words, known.end, lexicon) : known.end;
      if (orgEnd > known.end) {
        // "Chinese Defense Ministry": the ministry is its own actor, belonging to the country.
        parts.push({ from: p, to: known.end, known: known.hit, titled: false, titleKey: null, titlePhrase: null });
        parts.push({ from: p, to: orgEnd, known: null, titled: false, titleKey: null, titlePhrase: null });
        memberships.push({ member: parts.length - 1, of: parts.length - 2 });
        p = orgEnd;
        continue;
      }
      const previous = lastOf(parts);
      parts.push(namePart(p, known.end, known.hit, pendingTitle));
      if (pendingTitle && titleBody !== null) memberships.push({ member: parts.length - 1, of: titleBody });
      // "United Kingdom Foreign Office": a body named right after its country belongs to it.
      else if (previous?.to === p && ['country', 'organization'].includes(previous.known?.actor.type ?? '') && known.hit.actor.type === 'organization') {
        memberships.push({ member: parts.length - 1, of: parts.length - 2 });
      }
      pendingTitle = null;
      titleBody = null;
      p = known.end;
      continue;
    }
    const end = unknownNameEnd(words, p, lexicon);
    const [from, to] = trimJoiners(words, p, end);
    if (to > from) {
      parts.push(namePart(from, to, null, pendingTitle));
      if (pendingTitle && titleBody !== null) memberships.push({ member: parts.length - 1, of: titleBody });
    }
    pendingTitle = null;
    titleBody = null;
    p = Math.max(end, p + 1);
  }
  return { parts, memberships };
}

/**
 * "Congressional Budget Office", "London Metropolitan University": a known name followed by unknown capitalised words is
 * the first word of a different name (a country's own bodies are handled apart: "Russian Defense Ministry").
 */
function continuesName(words: readonly ChunkWord[], at: number, title: TitleMatch | null, lexicon: Lexicon, hit: GazetteerHit): boolean {
  const next = words[at];
  if (!next?.capital || title || hit.actor.type === 'country') return false;
  return !titleAt(words, at, lexicon) && !gazetteerAt(words, at, lexicon) && !next.facts.firstName;
}

// "General Motors", "Chief Executive Partners": a title word that opens an organisation's name is no title.
function namesAnOrganisation(words: readonly ChunkWord[], after: number, lexicon: Lexicon): boolean {
  if (after >= words.length) return false;
  const end = unknownNameEnd(words, after, lexicon);
  return end > after && end === words.length && words[end - 1]!.facts.orgHead && words[after]!.capital && !words[after]!.facts.firstName;
}

function namePart(from: number, to: number, known: GazetteerHit | null, title: TitleMatch | null): NamePart {
  return {
    from,
    to,
    known,
    titled: title !== null && (known === null || known.actor.type === 'person'),
    titleKey: title && !title.headless ? title.key : null,
    titlePhrase: title && !title.headless ? title.phrase : null,
  };
}

function phraseKey(words: readonly ChunkWord[], from: number, to: number): string {
  // Built in place: the gazetteer and title lookups ask for many short phrases per chunk.
  let key = '';
  for (let k = from; k < Math.min(to, words.length); k++) key += k === from ? words[k]!.key : ` ${words[k]!.key}`;
  return key;
}

/** Longest known name starting at `at`. */
function gazetteerAt(words: readonly ChunkWord[], at: number, lexicon: Lexicon): { end: number; hit: GazetteerHit } | null {
  if (!words[at]) return null;
  // Most words hold no known name's first word: they are answered by one look-up, not one per phrase length.
  const most = words[at].facts.gazetteerWords;
  for (let end = Math.min(words.length, at + most); end > at; end--) {
    if (!words[end - 1]!.capital) continue;
    const hit = lexicon.gazetteer.get(phraseKey(words, at, end));
    if (hit) return { end, hit };
  }
  return null;
}

/** A title with its modifiers: "Civilian Deputy Undersecretary", "Shadow Home Secretary", "spokesperson". */
function titleAt(words: readonly ChunkWord[], at: number, lexicon: Lexicon): TitleMatch | null {
  let j = at;
  let match: TitleMatch | null = null;
  let headless = false;
  while (j < words.length && j < at + 8) {
    const phraseEnd = titlePhraseEnd(words, j, lexicon);
    if (phraseEnd > j) {
      match = { end: phraseEnd, key: phraseKey(words, j, phraseEnd), phrase: phraseKey(words, at, phraseEnd), headless };
      j = phraseEnd;
      if (words[j]?.key === 'and' && titlePhraseEnd(words, j + 1, lexicon) > j + 1) j++;
      continue;
    }
    if (!match && (words[j]!.facts.titleModifier || isPortfolio(words, j, lexicon))) {
      headless ||= words[j]!.facts.headlessModifier;
      j++;
      continue;
    }
    break;
  }
  return match;
}

/** "Climate Minister", "Veterans Affairs Secretary": any unknown capitalised word before a cabinet title is its portfolio. */
function isPortfolio(words: readonly ChunkWord[], at: number, lexicon: Lexicon): boolean {
  if (!words[at]!.capital || words[at]!.facts.firstName) return false;
  let title = at + 1;
  while (title < words.length && title < at + 4 && words[title]!.capital && !words[title]!.facts.portfolioTitle) title++;
  if (!words[title]?.facts.portfolioTitle) return false;
  // Looked up only once a cabinet title is in reach: "Climate Minister", but not "Swedish Minister".
  for (let k = at; k < title; k++) if (gazetteerAt(words, k, lexicon)) return false;
  return true;
}

function titlePhraseEnd(words: readonly ChunkWord[], at: number, lexicon: Lexicon): number {
  const word = words[at];
  if (!word) return at;
  if (!word.capital) {
    if (lexicon.lowercaseTitles.has(word.key)) return at + 1;
    // "research commissioner": a lower-case qualifier folds into the title that follows it.
    const next = words[at + 1];
    return next && !next.capital && lexicon.lowercaseTitles.has(next.key) && !JOINERS.has(word.key) && !lexicon.particles.has(word.key) ? at + 2 : at;
  }
  const most = word.facts.titleWords;
  for (let end = Math.min(words.length, at + most); end > at; end--) {
    if (lexicon.titles.has(phraseKey(words, at, end))) return end;
  }
  return at;
}

/**
 * The body after a title: "Secretary of the Navy Carlos Del Toro", "CEO of the National Trust Hilary McGrady",
 * "Director of Navy Communications Jane Roe" (the unit's own name folds into the title).
 */
function complementAt(
  words: readonly ChunkWord[],
  at: number,
  lexicon: Lexicon,
): { from: number; to: number; next: number; known: GazetteerHit | null } | null {
  if (words[at]?.key !== 'of' && words[at]?.key !== 'for') return null;
  let from = at + 1;
  if (words[from]?.key === 'the') from++;
  const known = gazetteerAt(words, from, lexicon);
  if (known) {
    let next = known.end;
    while (next < words.length && !words[next]!.facts.firstName && foldsIntoTitle(words, next)) next++;
    return { from, to: known.end, next, known: known.hit };
  }
  let split = -1;
  for (let k = from + 1; k < words.length; k++) {
    if (words[k]!.facts.firstName) {
      split = k;
      break;
    }
    if (words[k]!.facts.orgHead) split = k + 1;
  }
  // With no given name and no head noun: a long rest ends in the holder's two names ("of the National Gallery
  // Gabriele Finaldi"), a short one is all body ("the new Nokia CEO of South America").
  if (split < 0) split = words.length - from >= 4 ? words.length - 2 : words.length;
  if (split <= from) return null;
  return { from, to: split, next: split, known: null };
}

function foldsIntoTitle(words: readonly ChunkWord[], at: number): boolean {
  const { key, facts } = words[at]!;
  if (key === 'for' || key === 'of' || key === 'the') return true;
  const previous = words[at - 1]?.key;
  return facts.orgHead || facts.titleModifier || previous === 'for';
}

/** After a country: capitalised words ending in an organisation head make an organisation of that country. */
function unknownOrgAfter(words: readonly ChunkWord[], at: number, lexicon: Lexicon): number {
  let end = at;
  let orgEnd = at;
  while (end < words.length && words[end]!.capital && !titleAt(words, end, lexicon) && !gazetteerAt(words, end, lexicon)) {
    end++;
    if (words[end - 1]!.facts.orgHead) orgEnd = end;
  }
  // "Dutch Council for Refugees", "U.S. Department of Health and Human Services": the head's of/for phrase is its name.
  if (orgEnd > at && orgEnd === end && ['of', 'for'].includes(words[end]?.key ?? '')) {
    const [, to] = trimJoiners(words, end, words.length);
    if (to > end + 1 && words.slice(end, to).every((w) => w.capital || JOINERS.has(w.key))) return to;
  }
  return orgEnd;
}

/** An unknown name runs until a title or a known name begins (a person's name may contain a place: "Paul Washington"). */
function unknownNameEnd(words: readonly ChunkWord[], at: number, lexicon: Lexicon): number {
  const personLike = words[at]!.facts.firstName;
  let end = at + 1;
  while (end < words.length) {
    if (titleAt(words, end, lexicon)) break;
    const known = gazetteerAt(words, end, lexicon);
    if (known && !(personLike && known.hit.form !== 'name') && !qualifiesParty(words, end, known)) break;
    if (!words[end]!.capital && !JOINERS.has(words[end]!.key) && !/^[a-z]/.test(words[end]!.key)) break;
    end++;
  }
  return end;
}

/**
 * "Social Democrats", "Scottish Labour": an unknown word before a known one-word party or body name that ends the chunk
 * makes a different body, not a stray word beside the known one.
 */
function qualifiesParty(words: readonly ChunkWord[], at: number, known: { end: number; hit: GazetteerHit }): boolean {
  return known.end === at + 1 && known.end === words.length && known.hit.form === 'name' && known.hit.actor.type === 'organization';
}

/** A name neither starts nor ends with "of", "the" or "and"; a leading particle stays ("al Qaeda"). */
function trimJoiners(words: readonly ChunkWord[], from: number, to: number): [number, number] {
  while (to > from && !words[to - 1]!.capital) to--;
  while (to > from && JOINERS.has(words[from]!.key)) from++;
  return [from, to];
}
