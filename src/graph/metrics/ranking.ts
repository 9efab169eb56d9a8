import type { ActorGraph } from '../model.ts';

// What the plain-language explanations of every metric share: who comes first, and how to name them.

/** Values within this of each other count as a tie (betweenness sums fractions). */
const TIE = 1e-9;

/** The actors with the highest value (all of them on a tie), in the graph's order, and that value. */
export function topActors(values: ReadonlyMap<string, number>): { ids: string[]; value: number } {
  const value = Math.max(...values.values());
  return { ids: [...values].filter(([, v]) => value - v <= TIE).map(([id]) => id), value };
}

/** "Russia", "Russia and Iran", "Russia, Iran and Syria": the actors' labels as an English list. */
export function labelList(model: ActorGraph, ids: readonly string[]): string {
  return englishList(ids.map((id) => model.getNodeAttribute(id, 'actor').label));
}

/** "Russia", "Russia and Iran", "Russia, Iran and Syria". */
export function englishList(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** "1 actor", "3 actors". */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
