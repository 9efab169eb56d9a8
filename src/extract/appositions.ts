import type { Mention } from './mentions.ts';
import { actorTypeOf, mentionStartingAt, tokenAt, type SentenceView } from './sentenceView.ts';
import type { Statement } from './patterns.ts';

const ARTICLES = new Set(['the', 'a', 'an']);
const LINKS = new Set(['of', 'for', 'at']);
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADV']);
const RELATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'to', 'with']);

/**
 * Memberships stated by apposition, the way news text introduces people:
 * "Jens Stoltenberg, the NATO secretary general, …", "Sergei Lavrov, Russia's foreign minister, …",
 * "Andy Stone, a spokesman for Meta, …", "Russia's foreign minister, Sergei Lavrov, …",
 * "A spokesperson for the Times, Danielle Rhoades Ha, …".
 */
export function appositionStatements(view: SentenceView): Statement[] {
  const out: Statement[] = [...relationAppositions(view), ...possessedPeople(view)];
  for (const person of view.mentions) {
    if (!isPerson(view, person)) continue;
    // "team manager Luca Berti": a body (or a noun standing for one) right before the person's lower-case title.
    const qualifier = mentionStartingAt(view, person.firstToken - 2);
    if (qualifier && !isPerson(view, qualifier) && !!tokenAt(view, person.firstToken - 1)?.shape.lowercaseTitle) {
      out.push({ source: person, target: qualifier, type: 'member', at: person.firstToken, hedged: false });
    }
    const after = bodyAfterPerson(view, person);
    if (after) out.push({ source: person, target: after, type: 'member', at: person.firstToken, hedged: false });
    const before = bodyBeforePerson(view, person);
    if (before) out.push({ source: person, target: before, type: 'member', at: person.firstToken, hedged: false });
  }
  return out;
}

function isPerson(view: SentenceView, mention: Mention): boolean {
  return actorTypeOf(view, mention) === 'person';
}

/** The end (exclusive) of 1–3 lower-case words ending in a title at `k` ("foreign minister"), or -1. */
function titleWordsEnd(view: SentenceView, k: number): number {
  let end = -1;
  for (let j = k; j < k + 3; j++) {
    const token = tokenAt(view, j);
    if (!token || !token.shape.lowerInitial || LINKS.has(token.lower) || ARTICLES.has(token.lower)) break;
    if (token.shape.lowercaseTitle) end = j + 1;
  }
  return end;
}

/** ", the NATO secretary general," / ", Russia's foreign minister," / ", a spokesman for Meta," after a person. */
function bodyAfterPerson(view: SentenceView, person: Mention): Mention | undefined {
  let k = person.lastToken + 1;
  if (tokenAt(view, k)?.text !== ',') return undefined;
  k++;
  if (ARTICLES.has(tokenAt(view, k)?.lower ?? '')) k++;
  const body = mentionStartingAt(view, k);
  if (body && !isPerson(view, body)) {
    let j = body.lastToken + 1;
    if (/^['’]s?$/.test(tokenAt(view, j)?.text ?? '')) j++;
    return titleWordsEnd(view, j) > 0 ? body : undefined;
  }
  const end = titleWordsEnd(view, k);
  return end > 0 ? linkedBody(view, end) : undefined;
}

/**
 * "Russia's foreign minister, X" / "A spokesperson for the Times, X" before a person; also "Orion's owner, the Dutch
 * businessman X" and "The institute's director, Professor X" (descriptors between the comma and the name), and
 * "Varga's lawyer, X" (a person's own lawyer or spokesman).
 */
function bodyBeforePerson(view: SentenceView, person: Mention): Mention | undefined {
  const comma = commaBeforeDescribed(view, person.firstToken);
  if (comma === undefined) return undefined;
  for (let start = comma - 1; start >= comma - 8; start--) {
    const body = mentionFromTo(view, start, comma);
    if (!body || (isPerson(view, body) && !body.possessive)) continue;
    let j = body.lastToken + 1;
    if (/^['’]s?$/.test(tokenAt(view, j)?.text ?? '')) j++;
    if (titleWordsEnd(view, j) === comma) return body;
    // "A spokesperson for the Times, …": the body closes the title phrase right before the comma.
    if (body.lastToken === comma - 1 && titledLink(view, body)) return body;
  }
  return undefined;
}

/**
 * The first mention starting at `start` that ends before `end`. (Loops here and below rather than closures over the
 * callers' loop variables: each closure made V8 allocate a context at every step.)
 */
function mentionFromTo(view: SentenceView, start: number, end: number): Mention | undefined {
  for (const m of view.mentions) if (m.lastToken < end && m.firstToken === start) return m;
  return undefined;
}

/** Whether a country's mention (a demonym: "the Russian foreign minister") covers token `k`. */
function countryCovers(view: SentenceView, k: number): boolean {
  for (const m of view.mentions) if (m.firstToken <= k && k <= m.lastToken && actorTypeOf(view, m) === 'country') return true;
  return false;
}

/** The comma before a name, past an article, adjectives, a demonym and lower-case or capitalised title words. */
function commaBeforeDescribed(view: SentenceView, firstToken: number): number | undefined {
  for (let k = firstToken - 1; k >= firstToken - 5; k--) {
    const token = tokenAt(view, k);
    if (!token) return undefined;
    if (token.text === ',') return k;
    const describes = ARTICLES.has(token.lower) || token.pos === 'ADJ' || token.pos === 'NOUN' || view.lexicon.titles.has(token.lower.replace(/\.$/, ''));
    const demonym = countryCovers(view, k);
    if (!describes && !demonym) return undefined;
  }
  return undefined;
}

/** "… spokesman for Meta": the body after a title's "of/for/at". */
function linkedBody(view: SentenceView, end: number): Mention | undefined {
  let k = end;
  if (!LINKS.has(tokenAt(view, k)?.lower ?? '')) return undefined;
  k++;
  if (ARTICLES.has(tokenAt(view, k)?.lower ?? '')) k++;
  const body = mentionStartingAt(view, k);
  return body && !isPerson(view, body) ? body : undefined;
}

/** Whether `body` is the object of a title's "of/for/at" ("spokesperson for the Times"). */
function titledLink(view: SentenceView, body: Mention): boolean {
  let k = body.firstToken - 1;
  if (ARTICLES.has(tokenAt(view, k)?.lower ?? '')) k--;
  if (!LINKS.has(tokenAt(view, k)?.lower ?? '')) return false;
  const title = tokenAt(view, k - 1);
  return !!title && title.shape.lowercaseTitle;
}

/** "Viktor Orban, an ally of Xi Jinping," → Orban supports Xi; "Hezbollah, a critic of Riyadh," → opposes. */
function relationAppositions(view: SentenceView): Statement[] {
  const out: Statement[] = [];
  for (const head of view.mentions) {
    let k = head.lastToken + 1;
    if (tokenAt(view, k)?.text !== ',' || !ARTICLES.has(tokenAt(view, k + 1)?.lower ?? '')) continue;
    k += 2;
    while (MODIFIER_TAGS.has(tokenAt(view, k)?.pos ?? '')) k++;
    const noun = tokenAt(view, k);
    const type = noun?.pos === 'NOUN' ? view.lexicon.nouns.get(noun.lemma) : undefined;
    if (!type || !RELATION_PREPOSITIONS.has(tokenAt(view, k + 1)?.lower ?? '')) continue;
    let j = k + 2;
    if (ARTICLES.has(tokenAt(view, j)?.lower ?? '')) j++;
    while (tokenAt(view, j)?.shape.upperInitial && !mentionStartingAt(view, j)) j++; // title words: "Russian President …"
    const target = mentionStartingAt(view, j);
    const resolved = target && view.mentions.filter((m) => m.firstToken >= j && m.firstToken <= j + 6).pop();
    if (resolved) out.push({ source: head, target: headOf(view, target, resolved), type, at: k, hedged: false });
  }
  return out;
}

// "an ally of Chinese President Xi Jinping": the person the chunk is about, not the country qualifying him.
function headOf(view: SentenceView, first: Mention, last: Mention): Mention {
  const between = view.sentence.tokens.filter((t) => t.index > first.lastToken && t.index < last.firstToken);
  return between.every((t) => t.shape.upperInitial) ? last : first;
}

/**
 * "Hungary's Viktor Orban", "Meta's Mark Zuckerberg": a person possessed by a body belongs to it; so does a body
 * possessed by its country ("Russia's Wagner-linked Africa Corps"), and a party or body possessed by the person who
 * leads it ("Prime Minister Rui Almeida's Social Democrats").
 */
function possessedPeople(view: SentenceView): Statement[] {
  const out: Statement[] = [];
  for (const owner of view.mentions) {
    if (!owner.possessive) continue;
    let owned = mentionStartingAt(view, owner.lastToken + 2);
    // "Russia's Wagner-linked Africa Corps": the compound only qualifies the name after it.
    if (owned?.hyphenSuffix) owned = mentionStartingAt(view, owned.lastToken + 3);
    if (!owned || owned.known?.form === 'adjective') continue;
    const [ownerIsPerson, ownedIsPerson] = [isPerson(view, owner), isPerson(view, owned)];
    const countryOwner = actorTypeOf(view, owner) === 'country';
    if (!ownerIsPerson && ownedIsPerson && !owned.titled) out.push(membership(owned, owner));
    else if (ownerIsPerson && !ownedIsPerson) out.push(membership(owner, owned));
    else if (countryOwner && !ownedIsPerson) out.push(membership(owned, owner));
  }
  return out;
}

function membership(member: Mention, of: Mention): Statement {
  return { source: member, target: of, type: 'member', at: Math.min(member.firstToken, of.firstToken), hedged: false };
}
