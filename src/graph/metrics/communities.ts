import louvain from 'graphology-communities-louvain';
import type { ActorGraph } from '../model.ts';
import { seededRandom } from '../random.ts';
import { countOf, labelList, topActors } from './ranking.ts';
import { degreeByActor } from './degree.ts';

export interface CommunityOptions {
  /** Louvain visits actors in a random order; the same seed gives the same groups. */
  seed?: number;
}

/**
 * Groups of actors more tightly related among themselves than to the rest (Louvain). A pair the text
 * relates several times is one link, unweighted: on an article's few actors, weighting by relation count
 * made a twice-linked pair a group of its own, splitting both blocs it bridged (the two-blocs test).
 * Groups are numbered from 0, the largest first (ties: the group whose first actor comes first), so
 * numbers and colours stay put while the graph does; an actor related to no one is a group of its own.
 */
export function communityByActor(model: ActorGraph, options: CommunityOptions = {}): ReadonlyMap<string, number> {
  const found = louvain(model, { getEdgeWeight: null, rng: seededRandom(options.seed ?? 1) });
  const members = new Map<number, string[]>();
  for (const id of model.nodes()) {
    const community = found[id] ?? -1;
    const group = members.get(community);
    if (group === undefined) members.set(community, [id]);
    else group.push(id);
  }
  // Map keeps first-seen order, so a stable sort by size breaks ties by the first member's place.
  const groups = [...members.values()].sort((a, b) => b.length - a.length);
  return new Map(groups.flatMap((group, index) => group.map((id): [string, number] => [id, index])));
}

/** The actors of each group, by group number, in the graph's order. */
export function groupsOf(communities: ReadonlyMap<string, number>): string[][] {
  const groups: string[][] = [];
  for (const [id, community] of communities) (groups[community] ??= []).push(id);
  return groups.filter((group) => group !== undefined);
}

/**
 * One sentence on how the actors cluster, e.g. "The actors fall into 2 groups, each more tightly linked
 * inside than to the others; the largest, around Russia, has 4 actors."
 */
export function explainCommunities(model: ActorGraph, communities: ReadonlyMap<string, number>): string {
  if (model.order === 0) return 'No actors are shown.';
  const groups = groupsOf(communities).filter((group) => group.length > 1);
  const apart = model.order - groups.reduce((sum, group) => sum + group.length, 0);
  const standApart = apart === 0 ? '' : ` ${countOf(apart, 'actor')} ${apart === 1 ? 'stands' : 'stand'} apart.`;
  const [largest] = groups;
  if (largest === undefined) return 'No actor shown is related to another, so there are no groups.';
  if (groups.length === 1) return `The related actors form one group of ${largest.length}.${standApart}`;
  const degrees = degreeByActor(model);
  const hub = topActors(new Map(largest.map((id) => [id, degrees.get(id) ?? 0]))).ids.slice(0, 1);
  return (
    `The actors fall into ${groups.length} groups, each more tightly linked inside than to the others; ` +
    `the largest, around ${labelList(model, hub)}, has ${countOf(largest.length, 'actor')}.${standApart}`
  );
}
