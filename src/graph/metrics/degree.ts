import type { ActorGraph } from '../model.ts';
import { countOf, labelList, topActors } from './ranking.ts';

/**
 * How many other actors each actor is related to (however many relations they share, whichever way
 * they point); a relation of an actor with itself does not count.
 */
export function degreeByActor(model: ActorGraph): ReadonlyMap<string, number> {
  return new Map(model.mapNodes((id) => [id, model.degreeWithoutSelfLoops(id)]));
}

/** One sentence on who is related to the most actors, e.g. "Russia is related to the most actors: 3 of the 10 others." */
export function explainDegree(model: ActorGraph, degrees: ReadonlyMap<string, number>): string {
  if (model.order === 0) return 'No actors are shown.';
  const top = topActors(degrees);
  if (top.value === 0) return 'No actor shown is related to another.';
  const names = labelList(model, top.ids);
  const several = top.ids.length > 1;
  const others = model.order - 1;
  if (top.value === others) {
    return `${names} ${several ? 'are each' : 'is'} related to every other actor shown.`;
  }
  return `${names} ${several ? 'are' : 'is'} related to the most actors: ${top.value} of the ${countOf(others, 'other')}${several ? ' each' : ''}.`;
}
