import { toJson } from '../../../src/graph/formats/json.ts';
import { syntheticGraph } from '../../../src/graph/synthetic.ts';
import { referenceGraphOf, type ReferenceGraph } from './reference/referenceGraph.ts';

// The graphs the render bench draws: synthetic graphs (src/graph/synthetic.ts: preferential attachment, about 1.5
// relations per actor, made-up names, one sentence per relation) written as the app exports them, so they load
// through the app's own file picker, parser and store; and the same graph as the reference renderer takes it.

/** Same seed every run, so every run and every machine draws the same graphs. */
export const BENCH_GRAPH_SEED = 20250701;

export interface BenchGraph {
  actors: number;
  relations: number;
  /** The actorgraph/1 JSON file as the app exports it, and its name. */
  fileName: string;
  json: string;
  reference: ReferenceGraph;
  /** An actor whose drawn node tells the bench the graph is on screen. */
  watchId: string;
}

export function benchGraph(actors: number): BenchGraph {
  const graph = syntheticGraph(actors, BENCH_GRAPH_SEED);
  const first = graph.actors[0];
  if (!first) throw new Error('render bench: a graph needs at least one actor');
  return {
    actors: graph.actors.length,
    relations: graph.relations.length,
    fileName: `synthetic-${actors}.json`,
    json: toJson(graph),
    reference: referenceGraphOf(graph),
    watchId: first.id,
  };
}
