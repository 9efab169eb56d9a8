import type { ActorsAndRelations } from './model.ts';
import { toGraphology } from './model.ts';
import { inducedSubgraph, type VisibleGraph } from './subgraph.ts';

/** How far from the chosen actors the actor filter and the focus reach, in relations. */
export const NEIGHBOURHOOD_DEPTHS = [1, 2, 3] as const;
export type NeighbourhoodDepth = (typeof NEIGHBOURHOOD_DEPTHS)[number];

/**
 * The ids of the chosen actors and of every actor at most `depth` relations away from one of them,
 * by relations in either direction. Chosen ids the graph does not have are ignored; depth 0 is the
 * chosen actors alone.
 */
export function actorsWithin(graph: ActorsAndRelations, chosenIds: Iterable<string>, depth: number): Set<string> {
  const model = toGraphology(graph);
  const reached = new Set([...chosenIds].filter((id) => model.hasNode(id)));
  let frontier = [...reached];
  for (let step = 0; step < depth && frontier.length > 0; step += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of model.neighbors(id)) {
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

/**
 * The focus view of one actor: it, the actors within `depth` relations of it, and every relation among
 * them (so two of Kerry's contacts who fight each other still show that link).
 */
export function egoNetwork(graph: ActorsAndRelations, actorId: string, depth: number): VisibleGraph {
  return inducedSubgraph(graph, actorsWithin(graph, [actorId], depth));
}
