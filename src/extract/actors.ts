import { boundedMemo } from './boundedCache.ts';
import type { Actor, ActorType, Span } from './types.ts';
import type { Lexicon } from './data/index.ts';
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import { nameKey, slugOf } from './normalize.ts';
import { inOrder, positionsByKey, properWordPrefixes, properWordSuffixes } from './nameIndex.ts';
import { itemAt } from './lists.ts';

/** Mentions grouped into actors: one actor, one node, whatever name the text uses for it. */
export interface ActorIndex {
  actors: Actor[];
  /** Mention id → actor id. */
  actorOf: ReadonlyMap<number, string>;
  /** Actors named only once by a bare capitalised word with no title, no speech, nothing known: kept only if related. */
  tentative: ReadonlySet<string>;
}

interface Cluster {
  mentions: Mention[];
  label: string;
  type: ActorType;
  knownId: string | null;
}

/**
 * Merges mentions into actors: known names by their gazetteer entry (so "Beijing", "Zhongnanhai" and "Chinese" are
 * China), a bare surname into the one full name that ends with it ("Scholz" → "Olaf Scholz"), an acronym into
 * the name it abbreviates ("… Space Company (EADS)"). Two different people sharing a surname stay apart.
 */
export function mergeAliases(doc: string, mentions: readonly Mention[], tokens: readonly Token[], lexicon: Lexicon): ActorIndex {
  const clusters = new Map<string, Cluster>();
  const clusterOfKey = new Map<string, Cluster>();
  for (const m of mentions) {
    if (m.known) {
      // "a meeting in London": the city where it happened, not the government that sits there.
      // A wire dateline names where the story was filed, even when the city stands for a government elsewhere.
      const dateline = m.known.actor.type === 'country' && isDateline(m, tokens) && m.key !== nameKey(m.known.actor.label);
      const place = (m.known.form === 'seat' && namedAsPlace(m, tokens)) || dateline;
      const id = place ? slugOf(m.surface) : m.known.actor.id;
      const cluster = clusters.get(id) ?? {
        mentions: [],
        label: place ? m.surface : m.known.actor.label,
        type: place ? 'location' : m.known.actor.type,
        knownId: id,
      };
      cluster.mentions.push(m);
      clusters.set(id, cluster);
      continue;
    }
    const cluster = clusterOfKey.get(m.key) ?? { mentions: [], label: m.surface, type: 'organization' as ActorType, knownId: null };
    cluster.mentions.push(m);
    clusterOfKey.set(m.key, cluster);
  }
  const unknown = [...clusterOfKey.entries()];
  const candidates: [string, Cluster][] = [...unknown, ...[...clusters.values()].map((c): [string, Cluster] => [nameKey(c.label), c])];
  // Each rule looks only at the names its lookup returns (in the candidates' order), never at every name.
  const at = (positions: readonly number[]) => positions.map((i) => candidates[i]!);
  const endingWith = positionsByKey(candidates.map(([k]) => properWordSuffixes(k)));
  const startingWith = positionsByKey(candidates.map(([k]) => properWordPrefixes(k)));
  const byInitials = positionsByKey(unknown.map(([, c]) => initialsOf(c.mentions[0]!.surface)).map((i) => [i, i.slice(0, -1)]));
  const brackets = lazyBracketIndex(mentions, candidates);
  for (const [key, cluster] of unknown) {
    const into =
      fullNameFor(cluster, at(endingWith(key))) ??
      acronymExpansion(key, cluster, at(byInitials(cluster.mentions[0]?.surface ?? ''))) ??
      bracketedExpansion(cluster, tokens, brackets.get) ??
      companyFor(key, cluster, at(inOrder(startingWith(key), endingWith(key)).filter((i) => i < unknown.length)), lexicon);
    if (into && into !== cluster) {
      brackets.merged(cluster.mentions, into);
      into.mentions.push(...cluster.mentions);
      cluster.mentions = [];
    }
  }
  const surnames = new Set(
    unknown.filter(([, c]) => c.mentions.some((m) => m.wordCount > 1 && (m.givenName || m.titled))).map(([key]) => lastWords(key, 1)),
  );
  for (const [key, cluster] of unknown) {
    if (cluster.mentions.length === 0) continue;
    cluster.label = canonicalLabel(cluster.mentions);
    // "Trump" beside "Donald Trump" and "Mary Trump": a person, though we cannot tell which.
    cluster.type = surnames.has(key) ? 'person' : unknownType(cluster.mentions, tokens, lexicon);
    clusters.set(`?${nameKey(cluster.label)}`, cluster);
  }
  const actors: Actor[] = [];
  const actorOf = new Map<number, string>();
  const usedIds = new Set<string>();
  const tentative = new Set<string>();
  const starts = new Map([...clusters.values()].map((c) => [c, firstStart(c)]));
  for (const cluster of [...clusters.values()].sort((a, b) => starts.get(a)! - starts.get(b)!)) {
    let id = cluster.knownId ?? slugOf(cluster.label);
    for (let n = 2; usedIds.has(id); n++) id = `${cluster.knownId ?? slugOf(cluster.label)}-${n}`;
    usedIds.add(id);
    // Merged clusters append their mentions out of order; most clusters are in order already and need no sorted copy.
    const mentionsInOrder = inStartOrder(cluster.mentions) ? cluster.mentions : [...cluster.mentions].sort((a, b) => a.start - b.start);
    actors.push({ id, label: cluster.label, type: cluster.type, aliases: aliasesOf(mentionsInOrder, cluster.label), mentions: spansOf(doc, mentionsInOrder) });
    for (const m of cluster.mentions) actorOf.set(m.id, id);
    // A place is an actor only when the text relates it to someone ("Russia’s annexation of Crimea").
    if ((!cluster.knownId && isTentative(cluster.mentions, tokens, lexicon)) || cluster.type === 'location') tentative.add(id);
  }
  return { actors, actorOf, tentative };
}

function firstStart(cluster: Cluster): number {
  // A loop, not Math.min(...): an actor named a hundred thousand times in a long text would overflow the call stack.
  let first = Infinity;
  for (const m of cluster.mentions) first = Math.min(first, m.start);
  return first;
}

function inStartOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i - 1]!.start > mentions[i]!.start) return false;
  return true;
}

/** The surfaces other than the label, each once, in the order the text first uses them. */
function aliasesOf(mentions: readonly Mention[], label: string): string[] {
  const aliases = new Set<string>();
  for (const m of mentions) if (m.surface !== label) aliases.add(m.surface);
  return [...aliases];
}

/**
 * The mentions' spans, each once. The country inside "Russian Defense Ministry" shares its span start with the
 * ministry, never its whole span; `mentions` are in start order, so a span can only repeat among those sharing a start
 * (a handful at most: compared in place rather than through a set cleared at every start).
 */
function spansOf(doc: string, mentions: readonly Mention[]): Span[] {
  const spans: Span[] = [];
  let firstAtStart = 0;
  for (const m of mentions) {
    while (spans[firstAtStart] !== undefined && spans[firstAtStart]!.start !== m.start) firstAtStart++;
    let repeated = false;
    for (let k = firstAtStart; k < spans.length && !repeated; k++) repeated = spans[k]!.end === m.end;
    if (!repeated) spans.push({ doc, start: m.start, end: m.end });
  }
  return spans;
}

/** The longest form (most words, then most letters), the earliest among equals. */
function canonicalLabel(mentions: readonly Mention[]): string {
  // The first in that order by one pass, rather than by sorting a copy of every mention of the actor.
  let best = mentions[0]!;
  for (const m of mentions) if (labelOrder(m, best) < 0) best = m;
  return best.surface.replace(/^the\s+/i, '');
}

function labelOrder(a: Mention, b: Mention): number {
  return b.wordCount - a.wordCount || b.surface.length - a.surface.length || a.start - b.start;
}

const lastWords = (key: string, n: number) => key.split(' ').slice(-n).join(' ');

/**
 * "Scholz" → the one longer name ending in it; none when two different people share the surname. An organisation's
 * short form goes to the one organisation ending in it ("the Commission" → "European Commission").
 * `endingWith`: the candidates whose longer names end with the key's words.
 */
function fullNameFor(cluster: Cluster, endingWith: readonly [string, Cluster][]): Cluster | null {
  const organisation = cluster.mentions.some((m) => m.organisationWord);
  const longer = endingWith.filter(([, c]) => c !== cluster && c.mentions.length > 0 && organisationLike(c) === organisation);
  const distinct = new Set(longer.map(([, c]) => c));
  return distinct.size === 1 ? [...distinct][0]! : null;
}

function organisationLike(cluster: Cluster): boolean {
  if (cluster.knownId) return cluster.type === 'organization' || cluster.type === 'armed-group' || cluster.type === 'media';
  return cluster.mentions.some((m) => m.organisationWord);
}

/**
 * "Meta" → "Meta Platforms", "Nordvik" → "Nordvik Energy ASA", "Kestrel" → "Team Kestrel": an organisation named
 * without the corporate suffixes or head nouns around its distinctive word. Never a person's name ("Ford" beside
 * "Henry Ford" is not this rule's), and only when one organisation fits (nested forms count as one).
 */
function companyFor(key: string, cluster: Cluster, affixed: readonly [string, Cluster][], lexicon: Lexicon): Cluster | null {
  if (cluster.mentions.some((m) => m.titled || (m.givenName && m.wordCount > 1))) return null;
  const matches = affixed.filter(([other, c]) => {
    if (c === cluster || c.mentions.length === 0) return false;
    // "Veritas" → "Veritas Data Corp": a one-word name opening a company's full name, suffix and all.
    if (other.startsWith(`${key} `)) return generic(other.slice(key.length + 1), lexicon) || (!key.includes(' ') && lexicon.corporateSuffixes.has(other.split(' ').pop() ?? ''));
    return other.endsWith(` ${key}`) && generic(other.slice(0, -key.length - 1), lexicon);
  });
  const longest = matches.reduce<[string, Cluster] | null>((best, m) => (!best || m[0].length > best[0].length ? m : best), null);
  return longest && matches.every(([other]) => longest[0].includes(other)) ? longest[1] : null;
}

/** Words that only say what kind of body it is ("holdings", "group", "ministry"). */
function generic(words: string, lexicon: Lexicon): boolean {
  return words.split(' ').every((w) => lexicon.corporateSuffixes.has(w) || lexicon.orgHeads.has(w));
}

/**
 * "the Federal Ministry of Education and Research (BMBF)": a short form in brackets right after a name is that name's,
 * whatever language its initials come from.
 */
function bracketedExpansion(cluster: Cluster, tokens: readonly Token[], index: () => BracketIndex): Cluster | null {
  for (const m of cluster.mentions) {
    if (itemAt(tokens, m.firstToken - 1)?.text !== '(' || tokens[m.lastToken + 1]?.text !== ')' || !/^[A-Z][A-Z0-9&]{1,7}$/.test(m.surface)) continue;
    const { mentionEndingAt, clusterOf } = index();
    const named = mentionEndingAt.get(m.firstToken - 2);
    const into = named && clusterOf.get(named);
    if (into && into !== cluster) return into;
  }
  return null;
}

/** The first mention ending at each token, and each mention's cluster as merged so far. */
interface BracketIndex {
  mentionEndingAt: ReadonlyMap<number, Mention>;
  clusterOf: Map<Mention, Cluster>;
}

/** Built at the first short form in brackets, from the merges made so far (most texts have none), then kept up. */
function lazyBracketIndex(mentions: readonly Mention[], candidates: readonly [string, Cluster][]) {
  let index: BracketIndex | null = null;
  return {
    get: (): BracketIndex => (index ??= bracketIndexOf(mentions, candidates)),
    merged: (moved: readonly Mention[], into: Cluster): void => {
      if (index) for (const m of moved) index.clusterOf.set(m, into);
    },
  };
}

function bracketIndexOf(mentions: readonly Mention[], candidates: readonly [string, Cluster][]): BracketIndex {
  // Loops rather than copies and pairs: a long text has one mention per name it gives.
  const mentionEndingAt = new Map<number, Mention>();
  for (let i = mentions.length - 1; i >= 0; i--) mentionEndingAt.set(mentions[i]!.lastToken, mentions[i]!);
  const clusterOf = new Map<Mention, Cluster>();
  for (const [, c] of candidates) for (const m of c.mentions) clusterOf.set(m, c);
  return { mentionEndingAt, clusterOf };
}

/**
 * "EADS" ↔ "European Aeronautic Defense & Space Company": initials of the capitalised words.
 * `withInitials`: the unknown names whose initials are the acronym, or the acronym and one letter more.
 */
function acronymExpansion(key: string, cluster: Cluster, withInitials: readonly [string, Cluster][]): Cluster | null {
  const surface = cluster.mentions[0]!.surface;
  if (!/^[A-Z]{2,6}$/.test(surface)) return null;
  for (const [other, c] of withInitials) {
    if (other === key || c.mentions.length === 0) continue;
    if (abbreviates(surface, initialsOf(c.mentions[0]!.surface))) return c;
  }
  return null;
}

/** "EADS" abbreviates the initials "EADSC" (a trailing "Company" often goes unsaid) as well as "EADS". */
export function abbreviates(acronym: string, initials: string): boolean {
  return initials === acronym || (initials.startsWith(acronym) && initials.length === acronym.length + 1);
}

// Asked of every unknown name in every part of a long text, which names mostly the same actors again.
export const initialsOf: (surface: string) => string = boundedMemo(20_000, computeInitials);

function computeInitials(surface: string): string {
  return surface
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function isTentative(mentions: readonly Mention[], tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (mentions.some((m) => m.titled || speaks(m, tokens, lexicon))) return false;
  if (mentions.some((m) => m.wordCount > 1 && (m.givenName || m.organisationWord))) return false;
  return mentions.length === 1 || mentions.every((m) => m.sentenceInitial);
}

function speaks(m: Mention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const next = tokens[m.lastToken + 1];
  return !!next && lexicon.speechVerbs.has(next.lemma);
}

/** "Macron criticised the plan. He said …": a "He"/"She" opening the next sentence, before any other name. */
function referredToAsPerson(mention: Mention, tokens: readonly Token[]): boolean {
  for (let k = mention.lastToken + 1; k < tokens.length && k <= mention.lastToken + 15; k++) {
    const token = tokens[k]!;
    if ((token.text === 'He' || token.text === 'She') && ['.', '!', '?', '"', '”'].includes(tokens[k - 1]!.text)) return true;
    if (token.pos === 'PROPN' && token.shape.upperInitial) return false;
  }
  return false;
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'inside', 'outside', 'throughout']);

function namedAsPlace(mention: Mention, tokens: readonly Token[]): boolean {
  return PLACE_PREPOSITIONS.has(itemAt(tokens, mention.firstToken - 1)?.lower ?? '') || isDateline(mention, tokens);
}

/** "OSLO, June 12 (AP) —": a wire story's opening city, in capitals before a comma, says where it was filed. */
function isDateline(mention: Mention, tokens: readonly Token[]): boolean {
  // "THE HAGUE, Nov 3": the city's own article may open the line.
  const before = itemAt(tokens, mention.firstToken - 1);
  const article = before?.text === 'THE' ? before : undefined;
  const first = article ?? tokens[mention.firstToken];
  const opensLine = (article ? article.index : mention.firstToken) === 0 || first?.lineBreakBefore === true;
  return opensLine && mention.surface === mention.surface.toUpperCase() && [',', '('].includes(tokens[mention.lastToken + 1]?.text ?? '');
}

/** Persons by their titles, given names, or by speaking; organisations by their head nouns. */
function unknownType(mentions: readonly Mention[], tokens: readonly Token[], lexicon: Lexicon): ActorType {
  if (mentions.some((m) => m.armedGroupWord)) return 'armed-group';
  if (mentions.some((m) => m.organisationWord)) return 'organization';
  // Named only as where things happen ("talks in Jeddah"): a place.
  if (mentions.every((m) => namedAsPlace(m, tokens))) return 'location';
  if (mentions.some((m) => m.titled || m.givenName || speaks(m, tokens, lexicon) || referredToAsPerson(m, tokens))) return 'person';
  // Two or three capitalised words with no organisation head are, in news text, nearly always a person's name.
  return mentions.some((m) => m.wordCount >= 2 && m.wordCount <= 3) ? 'person' : 'organization';
}
