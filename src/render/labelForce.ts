import type { Force } from 'd3-force';
import { labelGoesAbove } from './geometry.ts';
import type { LayoutNode } from './layout.ts';

// A force like d3's forceCollide, but for the box a node and its label take together: the disc and,
// below it (or above, when its links leave downwards), a label usually wider than the disc. Circles
// alone let "Russian Defense Ministry" sit on top of "Vladimir Putin"; pushing overlapping boxes
// apart along their shallower overlap keeps labels legible. The force also decides each label's side,
// so the layout and the drawing agree. Pairwise, O(n²) per tick: about a millisecond for 300 actors.

/** Height of a label line beside its disc, in graph units at zoom 1 (12px text plus the ring's room). */
const LABEL_LINE_HEIGHT = 18;
/** Empty space kept between two boxes. */
const BOX_GAP = 4;
/** Share of an overlap undone per tick, as forceCollide's strength. */
const STRENGTH = 0.5;

/** Rough width of a label in graph units at zoom 1: system sans-serif at 12px is ~6.6px a character. */
export function estimatedLabelWidth(label: string): number {
  return 6.6 * label.length + 6;
}

/** `neighbours`: for each node id, the nodes it is linked to (whose links its label should not hide). */
export function forceLabelBoxes<N extends LayoutNode>(neighbours: ReadonlyMap<string, readonly N[]>): Force<N, undefined> {
  let nodes: N[] = [];
  const force = () => {
    for (const node of nodes) {
      const around = (neighbours.get(node.id) ?? []).map((other) => ({ x: other.x ?? 0, y: other.y ?? 0 }));
      node.labelAbove = labelGoesAbove({ x: node.x ?? 0, y: node.y ?? 0 }, around);
    }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) pushApart(nodes[i]!, nodes[j]!);
    }
  };
  force.initialize = (initial: N[]) => {
    nodes = initial;
  };
  return force;
}

/** The vertical extent of a node's disc and label, from its (next) centre y. */
function verticalExtent(node: LayoutNode, y: number): [top: number, bottom: number] {
  return node.labelAbove
    ? [y - node.radius - LABEL_LINE_HEIGHT, y + node.radius]
    : [y - node.radius, y + node.radius + LABEL_LINE_HEIGHT];
}

function pushApart(a: LayoutNode, b: LayoutNode): void {
  // Where each node will be after this tick's velocities, as forceCollide reckons.
  const ax = (a.x ?? 0) + (a.vx ?? 0);
  const ay = (a.y ?? 0) + (a.vy ?? 0);
  const bx = (b.x ?? 0) + (b.vx ?? 0);
  const by = (b.y ?? 0) + (b.vy ?? 0);
  const halfWidths = Math.max(a.radius, a.labelWidth / 2) + Math.max(b.radius, b.labelWidth / 2) + BOX_GAP;
  const overlapX = halfWidths - Math.abs(bx - ax);
  if (overlapX <= 0) return;
  const [aTop, aBottom] = verticalExtent(a, ay);
  const [bTop, bBottom] = verticalExtent(b, by);
  const overlapY = Math.min(aBottom, bBottom) - Math.max(aTop, bTop) + BOX_GAP;
  if (overlapY <= 0) return;
  // Ties (same spot) are broken by id so the layout stays deterministic.
  const bAfterA = (axis: number, other: number) => (other > axis ? 1 : other < axis ? -1 : a.id < b.id ? 1 : -1);
  if (overlapX < overlapY) {
    const shift = (bAfterA(ax, bx) * overlapX * STRENGTH) / 2;
    a.vx = (a.vx ?? 0) - shift;
    b.vx = (b.vx ?? 0) + shift;
  } else {
    const shift = (bAfterA(aTop + aBottom, bTop + bBottom) * overlapY * STRENGTH) / 2;
    a.vy = (a.vy ?? 0) - shift;
    b.vy = (b.vy ?? 0) + shift;
  }
}
