// Where a large graph starts before the forces move it. From random spots, d3-force spends most of its
// ticks untangling: at 10,000 actors hundreds of ticks of ~50 ms. Laid out first as a radial tree (each
// node on a ring around the best-connected node of its part, inside the angle its parent hands down in
// proportion to the size of its branch), linked actors start beside each other and the forces only
// have to even the graph out. Linear in nodes and links; deterministic (ties go to the lower index).

/** Room each node needs on average, in graph units squared: rings are spaced so density is even. */
const AREA_PER_NODE = 90 * 90;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The links of each node, as neighbour indexes (CSR: neighbours of i are at offsets[i] … offsets[i + 1]). */
function adjacency(nodeCount: number, links: ReadonlyArray<{ source: number; target: number }>) {
  const offsets = new Int32Array(nodeCount + 1);
  for (const { source, target } of links) {
    offsets[source + 1]!++;
    offsets[target + 1]!++;
  }
  for (let i = 0; i < nodeCount; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, nodeCount);
  const neighbours = new Int32Array(offsets[nodeCount]!);
  for (const { source, target } of links) {
    neighbours[fill[source]!++] = target;
    neighbours[fill[target]!++] = source;
  }
  return { offsets, neighbours };
}

/**
 * Starting positions (x0, y0, x1, y1, …) for `nodeCount` nodes: each connected part as a radial tree
 * from its best-connected node, the largest part at the centre and the others spiralling around it.
 */
export function radialTreePositions(
  nodeCount: number,
  links: ReadonlyArray<{ source: number; target: number }>,
): Float64Array {
  const { offsets, neighbours } = adjacency(nodeCount, links);
  const degree = (i: number) => offsets[i + 1]! - offsets[i]!;
  const byDegree = Array.from({ length: nodeCount }, (_, i) => i).sort((a, b) => degree(b) - degree(a) || a - b);

  const parent = new Int32Array(nodeCount).fill(-1);
  const depth = new Int32Array(nodeCount);
  const visited = new Uint8Array(nodeCount);
  const order = new Int32Array(nodeCount);
  const parts: Array<{ start: number; end: number }> = [];
  let filled = 0;
  for (const root of byDegree) {
    if (visited[root]) continue;
    const start = filled;
    visited[root] = 1;
    order[filled++] = root;
    for (let head = start; head < filled; head++) {
      const node = order[head]!;
      for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
        const next = neighbours[k]!;
        if (visited[next]) continue;
        visited[next] = 1;
        parent[next] = node;
        depth[next] = depth[node]! + 1;
        order[filled++] = next;
      }
    }
    parts.push({ start, end: filled });
  }

  // Branch sizes, leaves up: a parent's angle is shared among its children by these.
  const branch = new Float64Array(nodeCount).fill(1);
  for (let k = nodeCount - 1; k >= 0; k--) {
    const node = order[k]!;
    if (parent[node]! >= 0) branch[parent[node]!]! += branch[node]!;
  }

  const positions = new Float64Array(nodeCount * 2);
  const sectorStart = new Float64Array(nodeCount);
  const sectorWidth = new Float64Array(nodeCount);
  /** Where the next child of each node begins inside its parent's sector. */
  const childCursor = new Float64Array(nodeCount);
  let placedArea = 0;
  parts.forEach(({ start, end }, partIndex) => {
    // Ring radius per depth: the disc up to that ring holds the nodes up to that depth at even density.
    const perDepth: number[] = [];
    for (let k = start; k < end; k++) perDepth[depth[order[k]!]!] = (perDepth[depth[order[k]!]!] ?? 0) + 1;
    let cumulative = 0;
    const ringRadius = perDepth.map((count, d) => {
      cumulative += count;
      return d === 0 ? 0 : Math.sqrt(((cumulative - count / 2) * AREA_PER_NODE) / Math.PI);
    });
    // Parts after the first spiral outwards around what is already placed.
    const partArea = (end - start) * AREA_PER_NODE;
    const centreDistance = partIndex === 0 ? 0 : Math.sqrt((placedArea + partArea / 2) / Math.PI) + ringRadius.at(-1)!;
    const centreX = centreDistance * Math.cos(partIndex * GOLDEN_ANGLE);
    const centreY = centreDistance * Math.sin(partIndex * GOLDEN_ANGLE);
    placedArea += partArea;

    const root = order[start]!;
    sectorStart[root] = 0;
    sectorWidth[root] = 2 * Math.PI;
    childCursor[root] = 0;
    for (let k = start; k < end; k++) {
      const node = order[k]!;
      const up = parent[node]!;
      if (up >= 0) {
        sectorWidth[node] = (sectorWidth[up]! * branch[node]!) / (branch[up]! - 1);
        sectorStart[node] = sectorStart[up]! + childCursor[up]!;
        childCursor[up]! += sectorWidth[node]!;
        childCursor[node] = 0;
      }
      const angle = sectorStart[node]! + sectorWidth[node]! / 2;
      const radius = ringRadius[depth[node]!]!;
      positions[2 * node] = centreX + radius * Math.cos(angle);
      positions[2 * node + 1] = centreY + radius * Math.sin(angle);
    }
  });
  return positions;
}
