import type { ActorsAndRelations } from './model.ts';
import { inducedSubgraph, type VisibleGraph } from './subgraph.ts';

// Neighbourhoods run on every filter and focus change, on the main thread, before the first drawing:
// a breadth-first walk over a plain adjacency map, so graphology (15 kB of the page's initial
// JavaScript) loads only with the metrics, paths and table that need its algorithms.

/** How far from the chosen actors the actor filter and the focus reach, in relations. */
export const NEIGHBOURHOOD_DEPTHS = [1, 2, 3] as const;
export type NeighbourhoodDepth = (typeof NEIGHBOURHOOD_DEPTHS)[number];

/**
 * The ids of the chosen actors and of every actor at most `depth` relations away from one of them,
 * by relations in either direction. Chosen ids the graph does not have are ignored; depth 0 is the
 * chosen actors alone.
 */
export function actorsWithin(graph: ActorsAndRelations, chosenIds: Iterable<string>, depth: number): Set<string> {
  const adjacent = adjacencyOf(graph);
  const reached = new Set([...chosenIds].filter((id) => adjacent.has(id)));
  let frontier = [...reached];
  for (let step = 0; step < depth && frontier.length > 0; step += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of adjacent.get(id) ?? []) {
        if (!reached.has(neighbour)) {
          reached.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

/** Each actor's directly related actors, either direction; relations to an actor the graph lacks are left out. */
function adjacencyOf(graph: ActorsAndRelations): Map<string, Set<string>> {
  const adjacent = new Map(graph.actors.map((actor) => [actor.id, new Set<string>()]));
  for (const { source, target } of graph.relations) {
    const fromSource = adjacent.get(source);
    const fromTarget = adjacent.get(target);
    if (!fromSource || !fromTarget || source === target) continue;
    fromSource.add(target);
    fromTarget.add(source);
  }
  return adjacent;
}

/**
 * The focus view of one actor: it, the actors within `depth` relations of it, and every relation among
 * them (so two of Kerry's contacts who fight each other still show that link).
 */
export function egoNetwork(graph: ActorsAndRelations, actorId: string, depth: number): VisibleGraph {
  return inducedSubgraph(graph, actorsWithin(graph, [actorId], depth));
}
