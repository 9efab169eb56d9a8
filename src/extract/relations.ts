import type { Actor, Relation, RelationType, Span } from './types.ts';
import { portfolioWordsOf, type Lexicon } from './data/index.ts';
import type { Membership, Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';
import { viewOf } from './sentenceView.ts';
import { frameStatements, hyphenStatements, nounStatements, verbStatements, type Statement } from './patterns.ts';
import { attributionOf, collectiveStatements, findSpeech, speechStatements } from './speech.ts';
import { appositionStatements } from './appositions.ts';
import { nameKey } from './normalize.ts';

interface Draft {
  source: string;
  target: string;
  type: RelationType;
  attributedTo: string | null;
  hedged: boolean;
  sentence: Sentence;
}

/**
 * Reads the relations each sentence states, from its grammar (verbs, relation nouns, frames, hyphen compounds,
 * titles, reported speech), resolves mentions to actors and merges repeats into one relation with all its evidence.
 */
export function findRelations(
  doc: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  memberships: readonly Membership[],
  actors: readonly Actor[],
  actorOf: ReadonlyMap<number, string>,
  lexicon: Lexicon,
): Relation[] {
  const drafts: Draft[] = [];
  const guesses: Draft[] = [];
  const behalf: Draft[] = [];
  const typeOf = new Map(actors.map((a) => [a.id, a.type]));
  const actorIds = new Set(actors.map((a) => a.id));
  const governing = governingCountry(mentions);
  const home = governing && actorIds.has(governing) ? governing : null;
  const mentionsBySentence = groupBy(mentions, (m) => m.sentence);
  const membershipsBySentence = groupBy(memberships, (m) => m.member.sentence);
  const bodies = bodyIndex(actors, lexicon);
  const placedMembers = new Set(memberships.map((m) => m.member));
  for (const sentence of sentences) {
    const named = mentionsBySentence.get(sentence.index);
    // Every pattern relates mentions of its own sentence: a sentence that names no one states nothing to walk for.
    const view = named ? viewOf(sentence, named, actorOf, typeOf, lexicon) : null;
    if (view && view.mentions.length > 0) {
      const speeches = findSpeech(view);
      const statements: Statement[] = [
        ...verbStatements(view),
        ...nounStatements(view),
        ...frameStatements(view),
        ...hyphenStatements(view),
        ...appositionStatements(view),
        ...speechStatements(view, speeches),
      ];
      for (const s of statements) {
        const attributed = attributionOf(s, speeches);
        drafts.push(draft(s.source, s.target, s.type, s.hedged, attributed, sentence, actorOf));
      }
      for (const s of collectiveStatements(view, speeches)) behalf.push(draft(s.source, s.target, s.type, s.hedged, s.source, sentence, actorOf));
    }
    for (const m of membershipsBySentence.get(sentence.index) ?? []) {
      drafts.push(draft(m.member, m.of, 'member', false, null, sentence, actorOf));
    }
    if (!view) continue;
    drafts.push(...headedBodies(view.mentions, bodies, actorOf, lexicon, sentence));
    if (home) guesses.push(...nationalHolders(view.mentions, placedMembers, home, actorOf, lexicon, sentence));
  }
  // A guessed country never overrides one the text states: "President Xi" stays Chinese in an American story.
  const countries = new Set(actors.filter((a) => a.type === 'country').map((a) => a.id));
  const placed = new Set(drafts.filter((d) => d.type === 'member' && countries.has(d.target)).map((d) => d.source));
  const members = [...drafts, ...guesses.filter((g) => !placed.has(g.source))];
  const bodyOf = firstMembershipBySource(members);
  return mergeDrafts(doc, [...members, ...behalf.map((b) => speakingFor(b, bodyOf))], lexicon);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

function draft(source: Mention, target: Mention, type: RelationType, hedged: boolean, attributed: Mention | null, sentence: Sentence, actorOf: ReadonlyMap<number, string>): Draft {
  return {
    source: actorOf.get(source.id) ?? '',
    target: actorOf.get(target.id) ?? '',
    type,
    hedged,
    attributedTo: attributed ? (actorOf.get(attributed.id) ?? null) : null,
    sentence,
  };
}

/** The actors a title may place its holder in, looked up once per document rather than once per titled mention. */
interface BodyIndex {
  /** Every label and alias key → the first actor (in actor order) that goes by it. */
  byName: ReadonlyMap<string, Actor>;
  /** Organisations whose name holds a portfolio-body word ("Ministry", "Department"), with their name's words. */
  portfolioBodies: ReadonlyArray<{ actor: Actor; words: readonly string[] }>;
}

function bodyIndex(actors: readonly Actor[], lexicon: Lexicon): BodyIndex {
  const byName = new Map<string, Actor>();
  for (const actor of actors) {
    for (const name of [actor.label, ...actor.aliases]) {
      const key = nameKey(name);
      if (!byName.has(key)) byName.set(key, actor);
    }
  }
  const portfolioBodies = actors
    .filter((a) => a.type === 'organization')
    .map((actor) => ({ actor, words: nameKey(actor.label).split(' ') }))
    .filter(({ words }) => words.some((w) => lexicon.portfolioBodies.has(w)));
  return { byName, portfolioBodies };
}

/**
 * "Home Secretary Jack Straw" belongs to the Home Office when the article names the Home Office; "Research Minister
 * X" to the one ministry or department the article names whose name holds the portfolio ("… of Education and Research").
 */
function headedBodies(mentions: readonly Mention[], bodies: BodyIndex, actorOf: ReadonlyMap<number, string>, lexicon: Lexicon, sentence: Sentence): Draft[] {
  const out: Draft[] = [];
  for (const m of mentions) {
    const holder = actorOf.get(m.id);
    if (!holder || !m.titleKey) continue;
    const body = (lexicon.titleHeads.get(m.titleKey) ?? [])
      .map((head) => bodies.byName.get(nameKey(head)))
      .find((a) => a !== undefined) ?? portfolioBody(m.titlePhrase, bodies);
    if (body) out.push({ source: holder, target: body.id, type: 'member', hedged: false, attributedTo: null, sentence });
  }
  return out;
}

function portfolioBody(titlePhrase: string | null, bodies: BodyIndex): Actor | undefined {
  const portfolio = portfolioWordsOf(titlePhrase ?? '');
  if (portfolio.length === 0) return undefined;
  const matches = bodies.portfolioBodies.filter(({ words }) => portfolio.every((w) => words.includes(w)));
  return matches.length === 1 ? matches[0]!.actor : undefined;
}

/**
 * The country whose government the article is about: the one country all its named national bodies belong to
 * (the Home Office → United Kingdom). None when no body is named or bodies of two countries are.
 */
function governingCountry(mentions: readonly Mention[]): string | null {
  let country: string | null = null;
  for (const m of mentions) {
    const own = m.known?.actor.country;
    if (!own) continue;
    if (country !== null && own !== country) return null;
    country = own;
  }
  return country;
}

/** "Prime Minister Jacinda Ardern" with no country named: the holder of a national office belongs to the governing country. */
function nationalHolders(
  mentions: readonly Mention[],
  placedMembers: ReadonlySet<Mention>,
  home: string,
  actorOf: ReadonlyMap<number, string>,
  lexicon: Lexicon,
  sentence: Sentence,
): Draft[] {
  return mentions
    .filter((m) => m.titleKey && lexicon.nationalTitles.has(m.titleKey) && !placedMembers.has(m))
    .map((m) => ({ source: actorOf.get(m.id) ?? '', target: home, type: 'member' as const, hedged: false, attributedTo: null, sentence }));
}

/** A speaker's "our …" is the relation of the body they belong to, when the text places them in one. */
function speakingFor(statement: Draft, bodyOf: ReadonlyMap<string, Draft>): Draft {
  const body = bodyOf.get(statement.source);
  return body ? { ...statement, source: body.target } : statement;
}

// Each actor's first membership, looked up once: scanning every draft for each "our …" grew with the text squared.
function firstMembershipBySource(drafts: readonly Draft[]): Map<string, Draft> {
  const first = new Map<string, Draft>();
  for (const d of drafts) if (d.type === 'member' && !first.has(d.source)) first.set(d.source, d);
  return first;
}

function mergeDrafts(doc: string, drafts: readonly Draft[], lexicon: Lexicon): Relation[] {
  const merged = new Map<string, Relation & { firstStart: number }>();
  for (const d of drafts) {
    if (!d.source || !d.target || d.source === d.target) continue;
    const sense = lexicon.relationSenses.get(d.type)!;
    const [a, b] = !sense.directed && d.target < d.source ? [d.target, d.source] : [d.source, d.target];
    const key = `${a}|${b}|${d.type}`;
    const span: Span = { doc, start: d.sentence.start, end: d.sentence.end };
    const existing = merged.get(key);
    if (existing) {
      if (!existing.evidence.some((e) => e.start === span.start)) existing.evidence.push(span);
      existing.hedged = existing.hedged && d.hedged;
      existing.attributedTo ??= d.attributedTo;
      continue;
    }
    merged.set(key, {
      id: '',
      source: d.source,
      target: d.target,
      type: d.type,
      polarity: sense.polarity,
      directed: sense.directed,
      attributedTo: d.attributedTo,
      hedged: d.hedged,
      evidence: [span],
      firstStart: span.start,
    });
  }
  return [...merged.values()]
    .sort((x, y) => x.firstStart - y.firstStart)
    .map(({ firstStart: _firstStart, ...relation }, i) => ({ ...relation, id: `r${i + 1}` }));
}
