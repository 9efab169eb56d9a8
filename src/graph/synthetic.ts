import type { Actor, ActorType, GraphDocument, Polarity, Relation, RelationType, Span } from '../extract/types.ts';
import { seededRandom } from './random.ts';

// A made-up actor graph of any size for the benchmarks and the layout's tests: real news graphs of
// 2,000 or 10,000 actors are not at hand, and their shape matters more than their words. Built by
// preferential attachment (each new actor relates to one or two earlier ones, chosen in proportion
// to the relations they already have), which gives news graphs' few hubs and many leaves. The
// result is a valid graph document: one article with one sentence per relation, every mention and
// evidence span pointing at its words, so it loads through the same parser, store and renderer as a
// real one. Seeded: the same size and seed give the same graph.

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'dor', 'vi', 'sta', 'bel', 'gar', 'no', 'tis', 'mar', 'el', 'quin', 'ho', 'zu'];

/** Actor types and how often each is drawn: news names people most, then organisations and countries. */
const TYPE_WEIGHTS: ReadonlyArray<readonly [ActorType, number]> = [
  ['person', 0.45],
  ['organization', 0.25],
  ['country', 0.1],
  ['armed-group', 0.1],
  ['media', 0.05],
  ['location', 0.05],
];

/** The sentence shape of each relation type: "{source} {verb} {target}." */
const RELATION_SHAPES: ReadonlyArray<readonly [RelationType, Polarity, string]> = [
  ['meet', 'cooperative', 'met'],
  ['cooperate', 'cooperative', 'signed an agreement with'],
  ['support', 'cooperative', 'backed'],
  ['statement', 'neutral', 'spoke to'],
  ['oppose', 'conflictual', 'criticised'],
  ['warn', 'conflictual', 'warned'],
  ['sever', 'conflictual', 'cut ties with'],
  ['attack', 'conflictual', 'attacked'],
];

/** The average number of relations each new actor brings: one or two, as often. */
export const SYNTHETIC_LINKS_PER_ACTOR = 1.5;

function madeUpWord(random: () => number, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return word[0]!.toUpperCase() + word.slice(1);
}

function pickType(random: () => number): ActorType {
  let draw = random();
  for (const [type, weight] of TYPE_WEIGHTS) {
    draw -= weight;
    if (draw < 0) return type;
  }
  return 'person';
}

/** `count` different made-up two-word names ("Kalo Renmidor"). */
function madeUpNames(count: number, random: () => number): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(`${madeUpWord(random, 2)} ${madeUpWord(random, 3)}`);
  return [...names];
}

/**
 * Pairs of actor indexes by preferential attachment: actor i (from 1) relates to one or two distinct
 * earlier actors, each drawn with probability proportional to its relations so far plus one.
 */
export function preferentialAttachmentPairs(actorCount: number, random: () => number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  // Each actor appears once for itself and once per relation end: a uniform draw from this list is a
  // draw weighted by degree + 1.
  const draws: number[] = actorCount > 0 ? [0] : [];
  for (let actor = 1; actor < actorCount; actor++) {
    const wanted = Math.min(actor, random() < SYNTHETIC_LINKS_PER_ACTOR - 1 ? 2 : 1);
    const chosen = new Set<number>();
    while (chosen.size < wanted) chosen.add(draws[Math.floor(random() * draws.length)]!);
    for (const other of chosen) {
      pairs.push([actor, other]);
      draws.push(other, actor);
    }
    draws.push(actor);
  }
  return pairs;
}

/** A synthetic graph document of `actorCount` actors and about 1.5 relations per actor. */
export function syntheticGraph(actorCount: number, seed = 1): GraphDocument {
  const random = seededRandom(seed);
  const labels = madeUpNames(actorCount, random);
  const types = labels.map(() => pickType(random));
  const ids = labels.map((label) => label.toLowerCase().replace(/ /g, '-'));
  const pairs = preferentialAttachmentPairs(actorCount, random);

  const sentences: string[] = [];
  const mentions: Span[][] = labels.map(() => []);
  const relations: Relation[] = [];
  let offset = 0;
  for (const [source, target] of pairs) {
    const [type, polarity, verb] = RELATION_SHAPES[Math.floor(random() * RELATION_SHAPES.length)]!;
    const sentence = `${labels[source]} ${verb} ${labels[target]}.`;
    const targetStart = offset + labels[source]!.length + verb.length + 2;
    mentions[source]!.push({ doc: 'd1', start: offset, end: offset + labels[source]!.length });
    mentions[target]!.push({ doc: 'd1', start: targetStart, end: targetStart + labels[target]!.length });
    relations.push({
      id: `r${relations.length + 1}`,
      source: ids[source]!,
      target: ids[target]!,
      type,
      polarity,
      directed: type !== 'meet' && type !== 'cooperate',
      attributedTo: null,
      evidence: [{ doc: 'd1', start: offset, end: offset + sentence.length }],
    });
    sentences.push(sentence);
    offset += sentence.length + 1;
  }
  const actors: Actor[] = labels.map((label, index) => ({
    id: ids[index]!,
    label,
    type: types[index]!,
    aliases: [],
    mentions: mentions[index]!,
  }));
  return {
    format: 'actorgraph/1',
    documents: [{ id: 'd1', title: `A synthetic graph of ${actorCount} actors`, text: sentences.join(' ') }],
    actors,
    relations,
  };
}
