import { syntheticGraph } from '../../graph/synthetic.ts';
import { nodeRadius } from '../geometry.ts';
import type { LayoutEngineLink, LayoutEngineNode } from '../layoutEngine.ts';

// The synthetic graph as a layout engine takes it, sized by degree as the renderer sizes by degree:
// what the layout tests and measurements run on.

export function engineGraph(actorCount: number, seed = 1): { nodes: LayoutEngineNode[]; links: LayoutEngineLink[] } {
  const graph = syntheticGraph(actorCount, seed);
  const index = new Map(graph.actors.map((actor, i) => [actor.id, i]));
  const links = graph.relations.map((relation) => ({ source: index.get(relation.source)!, target: index.get(relation.target)! }));
  const degree = new Array<number>(actorCount).fill(0);
  for (const { source, target } of links) {
    degree[source]!++;
    degree[target]!++;
  }
  const most = Math.max(1, ...degree);
  const nodes = graph.actors.map((actor, i) => ({ id: actor.id, radius: nodeRadius(degree[i]! / most) }));
  return { nodes, links };
}
