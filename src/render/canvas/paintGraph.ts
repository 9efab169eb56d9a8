import { ARROW_LENGTH, linkEnds, type LinkEnds } from '../geometry.ts';
import { LABEL_OFFSET, type LabelCandidate, type LabelPlacement, shownLabelBoxes } from '../labelCulling.ts';
import { markSpot } from '../linkMarks.ts';
import { POLARITY_STYLE } from '../palette.ts';
import type { DrawnGraph } from './drawnGraph.ts';
import type { GraphBox } from './labelChoice.ts';

// Paints a drawn graph on a 2D canvas: links batched into one path per look (polarity, emphasis, cue),
// discs into one path per colour, so a frame costs a few dozen draw calls whatever the graph's size.
// The looks are svgRenderer.css's (widths, dashes, opacities, rings), so both renderers read alike.
// Detail the eye cannot see at the current zoom (dashes, arrowheads, type letters, badges) is skipped.

/** The theme's colours, resolved from the page's CSS (canvasTheme.ts). */
export interface CanvasColours {
  ink: string;
  halo: string;
  dotRim: string;
  focus: string;
  fontFamily: string;
}

/** What stands out: as the SVG renderer's classes and data attributes. */
export interface Emphasis {
  /** The neighbourhood lit by pointing; null when nothing is pointed at. */
  lit: ReadonlySet<string> | null;
  selectedId: string | null;
  focusId: string | null;
  /** The actor with keyboard focus: drawn with the focus ring. */
  keyboardId: string | null;
  path: { nodes: ReadonlySet<string>; links: ReadonlySet<string> } | null;
  pinned: ReadonlySet<number>;
}

export interface Frame {
  /** CSS pixels. */
  width: number;
  height: number;
  dpr: number;
  transform: { k: number; x: number; y: number };
  labelScale: number;
  /** Placed labels, or null to draw none (while the view moves). */
  labels: { candidates: readonly LabelCandidate[]; placements: ReadonlyMap<string, LabelPlacement> } | null;
}

const DIMMED = 0.14;
const RECEDED = 0.32;
const RING_GAP = 4;
const DOUBLE_RING_GAP = 4;
const KEYBOARD_RING_GAP = RING_GAP + DOUBLE_RING_GAP + 3;
/** Nothing thinner than this on screen, in CSS pixels: a hairline at the farthest zoom still shows the link. */
const MIN_LINE_PX = 0.6;
const BADGE_RADIUS = 8;
const MARK_RADIUS = 7.5;
/** Zoomed out beyond this, a link's badges and marks would be specks: left out. */
const BADGE_MIN_ZOOM = 0.45;

/** The part of the graph in view, in graph units, with `margin` CSS pixels to spare around it. */
export function viewBox(frame: Pick<Frame, 'width' | 'height' | 'transform'>, margin = 0): GraphBox {
  const { k, x, y } = frame.transform;
  return {
    left: (-margin - x) / k,
    top: (-margin - y) / k,
    right: (frame.width + margin - x) / k,
    bottom: (frame.height + margin - y) / k,
  };
}

export function paintGraph(
  context: CanvasRenderingContext2D,
  graph: DrawnGraph,
  positions: Float32Array,
  frame: Frame,
  emphasis: Emphasis,
  colours: CanvasColours,
): void {
  const { k, x, y } = frame.transform;
  context.setTransform(frame.dpr, 0, 0, frame.dpr, 0, 0);
  context.clearRect(0, 0, frame.width, frame.height);
  context.setTransform(frame.dpr * k, 0, 0, frame.dpr * k, frame.dpr * x, frame.dpr * y);
  const box = viewBox(frame, 40);
  const at = (i: number) => ({ x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 });
  const opacityOf = (lit: boolean, onPath: boolean) =>
    emphasis.lit !== null && !lit ? DIMMED : emphasis.path !== null && !onPath ? RECEDED : 1;
  const inBox = (px: number, py: number, reach: number) =>
    px + reach >= box.left && px - reach <= box.right && py + reach >= box.top && py - reach <= box.bottom;

  // Links, one path per look; arrowheads filled with their look.
  const looks = new Map<string, { lines: LinkEnds[]; arrows: number[][]; width: number; alpha: number; polarity: keyof typeof POLARITY_STYLE }>();
  const badges: Array<{ ends: LinkEnds; count: number; mark: string | null; alpha: number; polarity: keyof typeof POLARITY_STYLE }> = [];
  for (const link of graph.links) {
    const source = graph.nodes[link.source]!;
    const target = graph.nodes[link.target]!;
    const a = at(link.source);
    const b = at(link.target);
    if (Math.max(a.x, b.x) < box.left || Math.min(a.x, b.x) > box.right || Math.max(a.y, b.y) < box.top || Math.min(a.y, b.y) > box.bottom) continue;
    const ends = linkEnds({ ...a, radius: source.radius }, { ...b, radius: target.radius }, link.arrows);
    if (!ends) continue;
    const lit = emphasis.lit === null || (emphasis.lit.has(source.id) && emphasis.lit.has(target.id));
    const onPath = emphasis.path?.links.has(link.id) ?? false;
    const alpha = opacityOf(lit, onPath) * (link.hedged && !onPath ? 0.5 : 1);
    const width = onPath ? 4 : link.claimed ? 1.1 : 1.8;
    const key = `${link.polarity}/${alpha}/${width}`;
    const look = looks.get(key) ?? { lines: [], arrows: [], width, alpha, polarity: link.polarity };
    looks.set(key, look);
    look.lines.push(ends);
    if (link.arrows.atTarget) look.arrows.push(arrowHead(ends.end, ends.start));
    if (link.arrows.atSource) look.arrows.push(arrowHead(ends.start, ends.end));
    if (link.relationCount > 1 || link.cueMark) badges.push({ ends, count: link.relationCount, mark: link.cueMark, alpha: opacityOf(lit, onPath), polarity: link.polarity });
  }
  context.lineCap = 'round';
  for (const look of looks.values()) {
    const style = POLARITY_STYLE[look.polarity];
    context.globalAlpha = look.alpha;
    context.strokeStyle = style.color;
    context.lineWidth = Math.max(look.width, MIN_LINE_PX / k);
    // Dashes shorter than a couple of pixels read as a faint solid line, and cost the rasteriser dearly.
    const dash = style.dash ? style.dash.split(' ').map(Number) : [];
    context.setLineDash(dash.length > 0 && Math.min(...dash) * k >= 1.5 ? dash : []);
    context.beginPath();
    for (const { start, end } of look.lines) {
      context.moveTo(start.x, start.y);
      context.lineTo(end.x, end.y);
    }
    context.stroke();
    if (look.arrows.length > 0 && ARROW_LENGTH * k >= 3) {
      context.fillStyle = style.color;
      context.beginPath();
      for (const [x0, y0, x1, y1, x2, y2] of look.arrows) {
        context.moveTo(x0!, y0!);
        context.lineTo(x1!, y1!);
        context.lineTo(x2!, y2!);
        context.closePath();
      }
      context.fill();
    }
  }
  context.setLineDash([]);

  // Discs, one path per colour and opacity; then their rims.
  const discs = new Map<string, { fill: string; alpha: number; nodes: number[] }>();
  const shown: number[] = [];
  graph.nodes.forEach((node, i) => {
    const p = at(i);
    if (!inBox(p.x, p.y, node.radius)) return;
    shown.push(i);
    const alpha = opacityOf(emphasis.lit?.has(node.id) ?? true, emphasis.path?.nodes.has(node.id) ?? false);
    const key = `${node.fill}/${alpha}`;
    const group = discs.get(key) ?? { fill: node.fill, alpha, nodes: [] };
    discs.set(key, group);
    group.nodes.push(i);
  });
  const rims = k * 7 >= 3;
  for (const group of discs.values()) {
    context.globalAlpha = group.alpha;
    context.fillStyle = group.fill;
    context.beginPath();
    for (const i of group.nodes) circle(context, at(i), graph.nodes[i]!.radius);
    context.fill();
    if (rims) {
      context.strokeStyle = colours.dotRim;
      context.lineWidth = 1;
      context.stroke();
    }
  }
  // Pinned discs and a path's discs get the ink rim; type letters where a disc is big enough to hold one.
  for (const i of shown) {
    const node = graph.nodes[i]!;
    const onPath = emphasis.path?.nodes.has(node.id) ?? false;
    context.globalAlpha = opacityOf(emphasis.lit?.has(node.id) ?? true, onPath);
    if (onPath || emphasis.pinned.has(i)) {
      context.strokeStyle = colours.ink;
      context.lineWidth = onPath ? 3 : 2;
      context.beginPath();
      circle(context, at(i), node.radius);
      context.stroke();
    }
    if (node.radius * k >= 6) {
      context.fillStyle = node.markInk;
      context.font = `700 ${node.radius * 1.05}px ${colours.fontFamily}`;
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(node.mark, at(i).x, at(i).y);
    }
  }
  context.globalAlpha = 1;
  drawRings(context, graph, at, emphasis, colours, k);
  if (k >= BADGE_MIN_ZOOM) drawBadges(context, badges, frame, colours);
  if (frame.labels) drawLabels(context, graph, frame, emphasis, colours);
}

/** The triangle of an arrowhead whose base sits at `base`, pointing away from `from`: x0, y0, x1, y1, x2, y2. */
export function arrowHead(base: { x: number; y: number }, from: { x: number; y: number }): number[] {
  const length = Math.hypot(base.x - from.x, base.y - from.y) || 1;
  const ux = (base.x - from.x) / length;
  const uy = (base.y - from.y) / length;
  const half = (ARROW_LENGTH / 2) * 0.8;
  const tip = { x: base.x + ux * ARROW_LENGTH, y: base.y + uy * ARROW_LENGTH };
  return [base.x - uy * half, base.y + ux * half, tip.x, tip.y, base.x + uy * half, base.y - ux * half];
}

function circle(context: CanvasRenderingContext2D, centre: { x: number; y: number }, radius: number): void {
  context.moveTo(centre.x + radius, centre.y);
  context.arc(centre.x, centre.y, radius, 0, 2 * Math.PI);
}

/**
 * The selection ring, the focus actor's double ring and the keyboard focus ring, as the SVG renderer draws
 * them at zoom 1; zoomed out, never thinner or closer to the disc on screen than that, so a selected or
 * keyboard-focused actor among thousands of specks still shows where it is.
 */
function drawRings(
  context: CanvasRenderingContext2D,
  graph: DrawnGraph,
  at: (i: number) => { x: number; y: number },
  emphasis: Emphasis,
  colours: CanvasColours,
  k: number,
): void {
  const onScreen = (units: number) => Math.max(units, units / k);
  const ring = (id: string | null, gap: number, width: number, colour: string, dash: number[] = []) => {
    const i = id === null ? undefined : graph.indexOf.get(id);
    if (i === undefined) return;
    context.strokeStyle = colour;
    context.lineWidth = onScreen(width);
    context.setLineDash(dash.map(onScreen));
    context.beginPath();
    circle(context, at(i), graph.nodes[i]!.radius + onScreen(gap));
    context.stroke();
  };
  ring(emphasis.selectedId, RING_GAP, 2.5, colours.ink);
  ring(emphasis.focusId, RING_GAP, 1.75, colours.ink);
  ring(emphasis.focusId, RING_GAP + DOUBLE_RING_GAP, 1.75, colours.ink);
  ring(emphasis.keyboardId, KEYBOARD_RING_GAP, 2.5, colours.focus, [4, 3]);
  context.setLineDash([]);
}

/** Count badges at a link's middle and the claim/hedge marks beside them, kept off the shown labels. */
function drawBadges(
  context: CanvasRenderingContext2D,
  badges: ReadonlyArray<{ ends: LinkEnds; count: number; mark: string | null; alpha: number; polarity: keyof typeof POLARITY_STYLE }>,
  frame: Frame,
  colours: CanvasColours,
): void {
  const scale = frame.labelScale;
  const labelBoxes = frame.labels ? shownLabelBoxes(frame.labels.candidates, frame.labels.placements, scale) : [];
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  const disc = (spot: { x: number; y: number }, radius: number, stroke: string, width: number) => {
    context.fillStyle = colours.halo;
    context.strokeStyle = stroke;
    context.lineWidth = width * scale;
    context.beginPath();
    circle(context, spot, radius * scale);
    context.fill();
    context.stroke();
  };
  for (const badge of badges) {
    context.globalAlpha = badge.alpha;
    const middle = { x: (badge.ends.start.x + badge.ends.end.x) / 2, y: (badge.ends.start.y + badge.ends.end.y) / 2 };
    if (badge.count > 1) {
      disc(middle, BADGE_RADIUS, POLARITY_STYLE[badge.polarity].color, 1.5);
      context.fillStyle = colours.ink;
      context.font = `700 ${10 * scale}px ${colours.fontFamily}`;
      context.fillText(String(badge.count), middle.x, middle.y);
    }
    if (badge.mark) {
      const spot = markSpot(badge.ends, badge.count > 1, labelBoxes, scale);
      disc(spot, MARK_RADIUS, colours.ink, 1.2);
      context.fillStyle = colours.ink;
      context.font = `800 ${(badge.mark.length > 1 ? 9 : 11) * scale}px ${colours.fontFamily}`;
      context.fillText(badge.mark, spot.x, spot.y);
    }
  }
  context.globalAlpha = 1;
}

/** Labels in screen space (crisp text at any zoom), each with its halo, below or above its disc. */
function drawLabels(context: CanvasRenderingContext2D, graph: DrawnGraph, frame: Frame, emphasis: Emphasis, colours: CanvasColours): void {
  if (!frame.labels) return;
  const { k, x, y } = frame.transform;
  const px = 12 * frame.labelScale * k;
  context.setTransform(frame.dpr, 0, 0, frame.dpr, 0, 0);
  context.textAlign = 'center';
  context.lineJoin = 'round';
  context.lineWidth = 3.5 * frame.labelScale * k;
  context.strokeStyle = colours.halo;
  context.fillStyle = colours.ink;
  for (const node of frame.labels.candidates) {
    const placement = frame.labels.placements.get(node.id);
    if (placement !== 'above' && placement !== 'below') continue;
    const above = placement === 'above';
    const clearance = node.radius + (node.id === emphasis.focusId ? DOUBLE_RING_GAP : 0) + LABEL_OFFSET;
    const screenX = x + k * node.x;
    const screenY = y + k * (above ? node.y - clearance : node.y + clearance);
    context.globalAlpha = emphasis.lit !== null && !emphasis.lit.has(node.id) ? DIMMED : 1;
    context.font = `${node.id === emphasis.selectedId ? 700 : 500} ${px}px ${colours.fontFamily}`;
    context.textBaseline = above ? 'bottom' : 'top';
    const label = graph.nodes[graph.indexOf.get(node.id) ?? -1]?.label ?? '';
    context.strokeText(label, screenX, screenY);
    context.fillText(label, screenX, screenY);
  }
  context.globalAlpha = 1;
}
