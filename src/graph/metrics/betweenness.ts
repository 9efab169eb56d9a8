import type { ActorGraph } from '../model.ts';
import { labelList, topActors } from './ranking.ts';
import { betweennessSources, brandesBetweenness } from './brandes.ts';

/**
 * For each actor, the share of the shortest paths between two other actors that pass through it,
 * from 0 (never a go-between) to 1 (every other pair is linked only through it). Each link is one step:
 * a link the text states twice is no shorter. On a large graph, an estimate (see brandes.ts): exact figures
 * would hold the page for seconds.
 */
export function betweennessByActor(model: ActorGraph): ReadonlyMap<string, number> {
  return brandesBetweenness(model);
}

/** One sentence on who stands between the others, e.g. "Assad sits on most paths between the others." */
export function explainBetweenness(model: ActorGraph, betweenness: ReadonlyMap<string, number>): string {
  if (model.order === 0) return 'No actors are shown.';
  const top = topActors(betweenness);
  if (top.value === 0) return 'No actor stands between two others: actors that are linked at all are linked directly.';
  const names = labelList(model, top.ids);
  const several = top.ids.length > 1;
  const estimated = betweennessSources(model) < model.order ? ' (Estimated from a sample of paths: the graph is large.)' : '';
  return betweennessSentence(names, several, top.value) + estimated;
}

function betweennessSentence(names: string, several: boolean, value: number): string {
  if (value >= 0.5) return `${names} ${several ? 'each sit' : 'sits'} on most paths between the others.`;
  const percent = Math.max(1, Math.round(value * 100));
  return `${names} ${several ? 'sit' : 'sits'} on more paths between the others than any other actor (${percent}% of them${several ? ' each' : ''}).`;
}
