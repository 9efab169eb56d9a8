import type { ActorGraph } from '../model.ts';
import { seededRandom } from '../random.ts';

// Brandes' betweenness on plain typed arrays. Exact, it visits every actor as a source: O(actors × links),
// about 0.4 s at 2,000 actors and 10 s at 10,000 in a browser, all on the main thread. So the work is held to
// about WORK_BUDGET steps: a graph that needs more is estimated from a seeded sample of sources (Brandes & Pich,
// "Centrality estimation in large networks", 2007), each sampled source's dependencies scaled by actors / sources.
// The estimate takes tens of milliseconds at any size, and the same graph always gets the same figures.

/** Node and link visits allowed (one breadth-first search visits every node and link once): ~40 ms here. */
const WORK_BUDGET = 1_000_000;
const MIN_SOURCES = 32;
const SAMPLE_SEED = 0xb7e5;

/** How many sources the budget allows for this graph; fewer than its actors means the figures are estimates. */
export function betweennessSources(model: ActorGraph): number {
  const n = model.order;
  return Math.min(n, Math.max(MIN_SOURCES, Math.floor(WORK_BUDGET / (n + model.size))));
}

/**
 * The share of shortest paths between two other actors that pass through each actor (0..1), exact when
 * betweennessSources(model) covers every actor, else estimated. Self-loops are no step anywhere.
 */
export function brandesBetweenness(model: ActorGraph): ReadonlyMap<string, number> {
  const ids = model.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const neighbours = ids.map((id) => model.neighbors(id).filter((other) => other !== id).map((other) => index.get(other)!));
  const sourceCount = betweennessSources(model);
  const dependency = new Float64Array(n);
  const totals = new Float64Array(n);
  const paths = new Float64Array(n);
  const distance = new Int32Array(n);
  const order = new Int32Array(n);
  for (const source of sampleOf(n, sourceCount)) {
    paths.fill(0);
    distance.fill(-1);
    dependency.fill(0);
    paths[source] = 1;
    distance[source] = 0;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      for (const w of neighbours[v]!) {
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) paths[w]! += paths[v]!;
      }
    }
    // Back from the farthest: each node passes its dependency on to its predecessors, by their share of paths.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      for (const v of neighbours[w]!) {
        if (distance[v] === distance[w]! - 1) dependency[v]! += (paths[v]! / paths[w]!) * (1 + dependency[w]!);
      }
      totals[w]! += dependency[w]!;
    }
  }
  // Each unordered pair is found from both ends (halve), over the (n-1)(n-2)/2 pairs of others (normalised
  // undirected betweenness), scaled up from the sources visited.
  const scale = n > 2 ? n / sourceCount / ((n - 1) * (n - 2)) : 0;
  return new Map(ids.map((id, i) => [id, Math.min(1, totals[i]! * scale)]));
}

/** `count` distinct indices below `n` (all of them when count is n), drawn with a fixed seed (partial Fisher–Yates). */
function sampleOf(n: number, count: number): Int32Array {
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(SAMPLE_SEED);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.subarray(0, count);
}
