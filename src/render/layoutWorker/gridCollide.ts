import type { Force, SimulationNodeDatum } from 'd3-force';

// d3's forceCollide, found with a grid instead of a quadtree. Discs only touch neighbours closer than
// the two largest radii, so a grid of cells that wide finds every overlapping pair in the 3 × 3 cells
// around each disc, in flat typed arrays rebuilt each tick without allocating: at 10,000 actors
// d3's quadtree-based force cost as much as the whole charge. The push for a pair is d3's own
// (strength 1, shared by the inverse square of the radii, a seeded jiggle for coincident discs).

export interface CollidingNode extends SimulationNodeDatum {
  radius: number;
}

/** `padding` is added to every radius: the air kept between two discs. */
export function forceGridCollide<N extends CollidingNode>(padding: number): Force<N, undefined> {
  let nodes: N[] = [];
  let random: () => number = () => 0.5;
  let cellOf = new Int32Array(0);
  let bucketStart = new Int32Array(0);
  let bucketNodes = new Int32Array(0);
  let cellX = new Int32Array(0);
  let cellY = new Int32Array(0);
  let mask = 0;

  const jiggle = () => (random() - 0.5) * 1e-6;
  const bucketOf = (x: number, y: number) => (Math.imul(x, 73856093) ^ Math.imul(y, 19349663)) & mask;

  function force() {
    const n = nodes.length;
    let size = 0;
    for (const node of nodes) size = Math.max(size, 2 * (node.radius + padding));
    if (n === 0 || size === 0) return;
    // Bucket every node by the cell its predicted centre falls in (a counting sort).
    bucketStart.fill(0);
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      cellX[i] = Math.floor((node.x! + node.vx!) / size);
      cellY[i] = Math.floor((node.y! + node.vy!) / size);
      cellOf[i] = bucketOf(cellX[i]!, cellY[i]!);
      bucketStart[cellOf[i]! + 1]!++;
    }
    for (let b = 0; b <= mask; b++) bucketStart[b + 1]! += bucketStart[b]!;
    const fill = bucketStart.slice(0, mask + 1);
    for (let i = 0; i < n; i++) bucketNodes[fill[cellOf[i]!]!++] = i;

    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      const ri = node.radius + padding;
      const xi = node.x! + node.vx!;
      const yi = node.y! + node.vy!;
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const cx = cellX[i]! + dx;
          const cy = cellY[i]! + dy;
          const bucket = bucketOf(cx, cy);
          for (let k = bucketStart[bucket]!; k < bucketStart[bucket + 1]!; k++) {
            const j = bucketNodes[k]!;
            // Each pair once; and only nodes truly in this cell, not others hashed to the same bucket.
            if (j <= i || cellX[j] !== cx || cellY[j] !== cy) continue;
            const other = nodes[j]!;
            const rj = other.radius + padding;
            const r = ri + rj;
            let x = xi - other.x! - other.vx!;
            let y = yi - other.y! - other.vy!;
            let l = x * x + y * y;
            if (l >= r * r) continue;
            if (x === 0) {
              x = jiggle();
              l += x * x;
            }
            if (y === 0) {
              y = jiggle();
              l += y * y;
            }
            l = Math.sqrt(l);
            l = (r - l) / l;
            const share = (rj * rj) / (ri * ri + rj * rj);
            node.vx! += (x *= l) * share;
            node.vy! += (y *= l) * share;
            other.vx! -= x * (1 - share);
            other.vy! -= y * (1 - share);
          }
        }
      }
    }
  }

  force.initialize = (initial: N[], source: () => number) => {
    nodes = initial;
    random = source;
    const n = nodes.length;
    let buckets = 1;
    while (buckets < 2 * n) buckets *= 2;
    mask = buckets - 1;
    cellOf = new Int32Array(n);
    cellX = new Int32Array(n);
    cellY = new Int32Array(n);
    bucketNodes = new Int32Array(n);
    bucketStart = new Int32Array(buckets + 1);
  };
  return force;
}
