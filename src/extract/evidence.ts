import type { Actor, Relation } from './types.ts';

/**
 * Drops tentative actors — one-off capitalised words with nothing else to show they act ("Condor transport plane",
 * "Prime Minister's Questions") — unless a relation involves them, as a party or as the one who claims it.
 */
export function withoutUnsupportedActors(
  actors: readonly Actor[],
  relations: readonly Relation[],
  tentative: ReadonlySet<string>,
): { actors: Actor[]; relations: Relation[] } {
  const related = new Set(relations.flatMap((r) => [r.source, r.target, r.attributedTo ?? r.source]));
  return { actors: actors.filter((a) => !tentative.has(a.id) || related.has(a.id)), relations: [...relations] };
}
