import { quadtree } from 'd3-quadtree';

// Pointer → actor for the Canvas renderer: a quadtree of the nodes' centres, rebuilt only when a pointer
// asks after the positions moved. A point hits a node when it lies on its disc or within `slack` of its
// rim (the slack keeps small discs a target a finger can hit when zoomed far out).

export interface HitIndex {
  /** The index of the node under (x, y) in graph units, or null. */
  nodeAt(x: number, y: number, slack: number): number | null;
}

/** `positions`: x0, y0, x1, y1, … in node order; `radii`: each node's radius, in the same order. */
export function createHitIndex(positions: Float32Array, radii: readonly number[]): HitIndex {
  const tree = quadtree<number>()
    .x((i) => positions[2 * i] ?? 0)
    .y((i) => positions[2 * i + 1] ?? 0)
    .addAll(radii.map((_radius, i) => i));
  const largest = Math.max(0, ...radii);
  return {
    nodeAt(x, y, slack) {
      // The nearest centre within reach of the largest disc; then whether that disc (plus slack) holds the point.
      let best: number | null = null;
      let bestGap = Infinity;
      const reach = largest + slack;
      tree.visit((quad, x0, y0, x1, y1) => {
        if (x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach) return true;
        if (!quad.length) {
          for (let leaf: typeof quad | undefined = quad; leaf; leaf = (leaf as { next?: typeof quad }).next) {
            const i = (leaf as { data: number }).data;
            const gap = Math.hypot((positions[2 * i] ?? 0) - x, (positions[2 * i + 1] ?? 0) - y) - (radii[i] ?? 0);
            if (gap <= slack && gap < bestGap) {
              best = i;
              bestGap = gap;
            }
          }
        }
        return false;
      });
      return best;
    },
  };
}
