import type { Force, SimulationNodeDatum } from 'd3-force';

// d3's forceManyBody (Barnes–Hut, the same formula, theta and distance limits) on a quadtree kept in
// flat typed arrays and reused from tick to tick. d3's own builds a tree of objects and visits it
// through callbacks; at 10,000 actors that is most of a 50 ms tick. Two further savings: cells lying
// wholly beyond distanceMax are skipped without being opened (d3 opens them and then ignores every
// node inside), and the tree is walked with an explicit stack.

const MAX_DEPTH = 48;

export function forceFastManyBody<N extends SimulationNodeDatum>(
  strength: number,
  distanceMax: number,
  theta: number,
): Force<N, undefined> {
  const theta2 = theta * theta;
  const distanceMax2 = distanceMax * distanceMax;
  const distanceMin2 = 1;
  let nodes: N[] = [];
  let random: () => number = () => 0.5;
  let capacity = 0;
  /** Per cell: its four children (−1: none) when it is split, else the first node in it (−1: empty). */
  let children = new Int32Array(0);
  let split = new Uint8Array(0);
  let firstNode = new Int32Array(0);
  let charge = new Float64Array(0);
  let centreX = new Float64Array(0);
  let centreY = new Float64Array(0);
  /** The next node sharing a leaf with this one (same spot, or too close to split apart). */
  let nextNode = new Int32Array(0);
  let cells = 0;
  const stackCell = new Int32Array(4 * MAX_DEPTH + 4);
  const stackX = new Float64Array(4 * MAX_DEPTH + 4);
  const stackY = new Float64Array(4 * MAX_DEPTH + 4);
  const stackSize = new Float64Array(4 * MAX_DEPTH + 4);

  const jiggle = () => (random() - 0.5) * 1e-6;
  /** d3's guard for nodes on the same spot (a tiny seeded nudge) or closer than distanceMin. */
  function separated(x: number, y: number, l: number): [number, number, number] {
    if (x === 0) {
      x = jiggle();
      l += x * x;
    }
    if (y === 0) {
      y = jiggle();
      l += y * y;
    }
    return [x, y, l < distanceMin2 ? Math.sqrt(distanceMin2 * l) : l];
  }

  function newCell(): number {
    if (cells === capacity) grow(capacity * 2);
    children.fill(-1, 4 * cells, 4 * cells + 4);
    split[cells] = 0;
    firstNode[cells] = -1;
    return cells++;
  }

  function grow(to: number) {
    const copy = <T extends Int32Array | Uint8Array | Float64Array>(from: T, make: (length: number) => T, per = 1) => {
      const array = make(to * per);
      array.set(from);
      return array;
    };
    children = copy(children, (length) => new Int32Array(length), 4);
    split = copy(split, (length) => new Uint8Array(length));
    firstNode = copy(firstNode, (length) => new Int32Array(length));
    charge = copy(charge, (length) => new Float64Array(length));
    centreX = copy(centreX, (length) => new Float64Array(length));
    centreY = copy(centreY, (length) => new Float64Array(length));
    capacity = to;
  }

  /** The quadrant of (x, y) in the cell at (x0, y0) of width `size`: bit 0 right, bit 1 bottom. */
  const quadrant = (x: number, y: number, x0: number, y0: number, half: number) =>
    (x >= x0 + half ? 1 : 0) | (y >= y0 + half ? 2 : 0);

  function insert(i: number, rootX: number, rootY: number, rootSize: number) {
    const x = nodes[i]!.x!;
    const y = nodes[i]!.y!;
    let cell = 0;
    let [x0, y0, size] = [rootX, rootY, rootSize];
    for (let depth = 0; ; depth++) {
      const half = size / 2;
      if (!split[cell]) {
        const resident = firstNode[cell]!;
        if (resident < 0) {
          firstNode[cell] = i;
          return;
        }
        const rx = nodes[resident]!.x!;
        const ry = nodes[resident]!.y!;
        if ((rx === x && ry === y) || depth >= MAX_DEPTH) {
          nextNode[i] = resident;
          firstNode[cell] = i;
          return;
        }
        // Split the leaf: its nodes move down to their quadrant, then this one goes on down.
        split[cell] = 1;
        firstNode[cell] = -1;
        const child = newCell();
        children[4 * cell + quadrant(rx, ry, x0, y0, half)] = child;
        firstNode[child] = resident;
      }
      const q = quadrant(x, y, x0, y0, half);
      let child = children[4 * cell + q]!;
      if (child < 0) {
        child = newCell();
        children[4 * cell + q] = child;
      }
      cell = child;
      x0 += q & 1 ? half : 0;
      y0 += q & 2 ? half : 0;
      size = half;
    }
  }

  /** Charges and centres of charge, leaves up: a child always comes after its parent in the arrays. */
  function accumulate() {
    for (let cell = cells - 1; cell >= 0; cell--) {
      if (split[cell]) {
        let sum = 0;
        let weight = 0;
        let x = 0;
        let y = 0;
        for (let k = 0; k < 4; k++) {
          const child = children[4 * cell + k]!;
          if (child < 0) continue;
          const c = Math.abs(charge[child]!);
          if (c === 0) continue;
          sum += charge[child]!;
          weight += c;
          x += c * centreX[child]!;
          y += c * centreY[child]!;
        }
        charge[cell] = sum;
        centreX[cell] = weight > 0 ? x / weight : 0;
        centreY[cell] = weight > 0 ? y / weight : 0;
      } else {
        const first = firstNode[cell]!;
        let sum = 0;
        for (let j = first; j >= 0; j = nextNode[j]!) sum += strength;
        charge[cell] = sum;
        centreX[cell] = first >= 0 ? nodes[first]!.x! : 0;
        centreY[cell] = first >= 0 ? nodes[first]!.y! : 0;
      }
    }
  }

  function force(alpha: number) {
    const n = nodes.length;
    if (n === 0) return;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const node of nodes) {
      minX = Math.min(minX, node.x!);
      minY = Math.min(minY, node.y!);
      maxX = Math.max(maxX, node.x!);
      maxY = Math.max(maxY, node.y!);
    }
    // A power of two wide, as d3's tree grows by doubling: cells of those sizes keep the approximation
    // as close as d3's (a tree fitted tightly to the nodes was half as far again from the exact forces).
    const rootSize = Math.pow(2, Math.ceil(Math.log2(Math.max(maxX - minX, maxY - minY, 1) * (1 + 1e-9))));
    cells = 0;
    nextNode.fill(-1);
    newCell();
    for (let i = 0; i < n; i++) insert(i, minX, minY, rootSize);
    accumulate();

    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      const xi = node.x!;
      const yi = node.y!;
      let top = 0;
      stackCell[0] = 0;
      stackX[0] = minX;
      stackY[0] = minY;
      stackSize[0] = rootSize;
      while (top >= 0) {
        const cell = stackCell[top]!;
        const x0 = stackX[top]!;
        const y0 = stackY[top]!;
        const size = stackSize[top]!;
        top--;
        if (charge[cell] === 0) continue;
        // Nothing in a cell wholly beyond distanceMax counts: skip it unopened.
        const gapX = Math.max(x0 - xi, 0, xi - x0 - size);
        const gapY = Math.max(y0 - yi, 0, yi - y0 - size);
        if (gapX * gapX + gapY * gapY >= distanceMax2) continue;
        let x = centreX[cell]! - xi;
        let y = centreY[cell]! - yi;
        let l = x * x + y * y;
        if ((size * size) / theta2 < l) {
          // Far enough: the cell's whole charge acts from its centre.
          if (l < distanceMax2) {
            [x, y, l] = separated(x, y, l);
            node.vx! += (x * charge[cell]! * alpha) / l;
            node.vy! += (y * charge[cell]! * alpha) / l;
          }
          continue;
        }
        if (split[cell]) {
          const half = size / 2;
          for (let k = 3; k >= 0; k--) {
            const child = children[4 * cell + k]!;
            if (child < 0) continue;
            top++;
            stackCell[top] = child;
            stackX[top] = x0 + (k & 1 ? half : 0);
            stackY[top] = y0 + (k & 2 ? half : 0);
            stackSize[top] = half;
          }
          continue;
        }
        if (l >= distanceMax2) continue;
        const first = firstNode[cell]!;
        if (first !== i || nextNode[first]! >= 0) [x, y, l] = separated(x, y, l);
        for (let j = first; j >= 0; j = nextNode[j]!) {
          if (j === i) continue;
          const w = (strength * alpha) / l;
          node.vx! += x * w;
          node.vy! += y * w;
        }
      }
    }
  }

  force.initialize = (initial: N[], source: () => number) => {
    nodes = initial;
    random = source;
    nextNode = new Int32Array(nodes.length);
    capacity = 0;
    children = new Int32Array(0);
    split = new Uint8Array(0);
    firstNode = new Int32Array(0);
    charge = new Float64Array(0);
    centreX = new Float64Array(0);
    centreY = new Float64Array(0);
    grow(Math.max(16, 4 * nodes.length));
  };
  return force;
}
