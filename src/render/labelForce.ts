import type { Force } from 'd3-force';
import { labelGoesAbove, type Point } from './geometry.ts';
import type { LayoutNode } from './layout.ts';

// A force like d3's forceCollide, but for the box a node and its label take together: the disc and,
// below it (or above, when its links leave downwards), a label usually wider than the disc. Circles
// alone let "Russian Defense Ministry" sit on top of "Vladimir Putin"; pushing overlapping boxes
// apart along their shallower overlap keeps labels legible. The force also decides each label's side,
// so the layout and the drawing agree. Every pair is compared; or, with `sweep` (a large graph), only the
// pairs found by sweeping the boxes sorted top to bottom: only boxes closer vertically than the two tallest
// can overlap (boxes are wide and short), about 3,000 pairs a tick at 200 actors rather than all 19,900.
// The sweep pushes pairs in another order, so the layout comes out otherwise: a small graph keeps its own.

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
export function forceLabelBoxes<N extends LayoutNode>(
  neighbours: ReadonlyMap<string, readonly N[]>,
  sweep = false,
): Force<N, undefined> {
  let nodes: N[] = [];
  /** Each node's neighbours' positions, refreshed in place every tick (labelGoesAbove reads points). */
  let around: Point[][] = [];
  /** Node indices sorted by predicted y, re-sorted each tick (nearly sorted already, so cheap). */
  let byY: number[] = [];
  let predictedY = new Float64Array(0);
  let maxHalfHeight = 0;
  const force = () => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const points = around[i]!;
      const linked = neighbours.get(node.id) ?? [];
      for (let k = 0; k < points.length; k++) {
        points[k]!.x = linked[k]!.x ?? 0;
        points[k]!.y = linked[k]!.y ?? 0;
      }
      node.labelAbove = labelGoesAbove({ x: node.x ?? 0, y: node.y ?? 0 }, points);
      predictedY[i] = (node.y ?? 0) + (node.vy ?? 0);
    }
    if (!sweep) {
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) pushApart(nodes[i]!, nodes[j]!);
      }
      return;
    }
    byY.sort((a, b) => predictedY[a]! - predictedY[b]! || a - b);
    for (let s = 0; s < byY.length; s++) {
      const a = nodes[byY[s]!]!;
      const reach = predictedY[byY[s]!]! + halfHeight(a) + maxHalfHeight + BOX_GAP;
      for (let t = s + 1; t < byY.length && predictedY[byY[t]!]! < reach; t++) pushApart(a, nodes[byY[t]!]!);
    }
  };
  force.initialize = (initial: N[]) => {
    nodes = initial;
    around = nodes.map((node) => (neighbours.get(node.id) ?? []).map(() => ({ x: 0, y: 0 })));
    byY = nodes.map((_, i) => i);
    predictedY = new Float64Array(nodes.length);
    maxHalfHeight = nodes.reduce((tallest, node) => Math.max(tallest, halfHeight(node)), 0);
  };
  return force;
}

/** Half the width of a node's box: its disc or its label, whichever is wider. */
function halfWidth(node: LayoutNode): number {
  return Math.max(node.radius, node.labelWidth / 2);
}

/** How far a node's box reaches up or down from its centre, on the label's side (either: it may change sides). */
function halfHeight(node: LayoutNode): number {
  return node.radius + LABEL_LINE_HEIGHT;
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
  const halfWidths = halfWidth(a) + halfWidth(b) + BOX_GAP;
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
