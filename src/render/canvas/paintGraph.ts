import { ARROW_LENGTH, nodeRadius } from '../geometry.ts';
import { LABEL_OFFSET, type LabelCandidate, type LabelPlacement, shownLabelBoxes } from '../labelCulling.ts';
import { markSpot } from '../linkMarks.ts';
import { POLARITY_STYLE } from '../palette.ts';
import type { DrawnGraph } from './drawnGraph.ts';
import type { GraphBox } from './labelChoice.ts';
import { batchLinks, createLinkBatches, EMPHASIS_ALPHAS, writeArrowHead, type LinkBatches } from './linkBatches.ts';

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

const [, DIMMED, RECEDED] = EMPHASIS_ALPHAS;
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

/** Kept from frame to frame: a frame sorts thousands of links and discs without allocating for each. */
const linkBatches = createLinkBatches();
let discBatches = { keys: new Int32Array(0), order: [] as number[], members: [] as number[][] };

export function paintGraph(
  context: CanvasRenderingContext2D,
  graph: DrawnGraph,
  positions: Float32Array,
  frame: Frame,
  emphasis: Emphasis,
  colours: CanvasColours,
  live = false,
): void {
  const { k, x, y } = frame.transform;
  context.setTransform(frame.dpr, 0, 0, frame.dpr, 0, 0);
  context.clearRect(0, 0, frame.width, frame.height);
  context.setTransform(frame.dpr * k, 0, 0, frame.dpr * k, frame.dpr * x, frame.dpr * y);
  const box = viewBox(frame, 40);
  const batches = batchLinks(linkBatches, graph, positions, box, emphasis, k >= BADGE_MIN_ZOOM);
  strokeLinks(context, batches, k);
  const shown = fillDiscs(context, graph, positions, box, emphasis, colours, k, live);
  // Pinned discs and a path's discs get the ink rim; type letters where a disc is big enough to hold one.
  const letters = graph.nodes.length > 0 && k * MAX_RADIUS >= MIN_LETTER_PX;
  if (letters || emphasis.path !== null || emphasis.pinned.size > 0) {
    for (const i of shown) {
      const node = graph.nodes[i]!;
      const onPath = emphasis.path?.nodes.has(node.id) ?? false;
      const px = positions[2 * i] ?? 0;
      const py = positions[2 * i + 1] ?? 0;
      context.globalAlpha = opacityOf(emphasis, emphasis.lit?.has(node.id) ?? true, onPath);
      if (onPath || emphasis.pinned.has(i)) {
        context.strokeStyle = colours.ink;
        context.lineWidth = onPath ? 3 : 2;
        context.beginPath();
        circle(context, { x: px, y: py }, node.radius);
        context.stroke();
      }
      if (node.radius * k >= MIN_LETTER_PX) {
        context.fillStyle = node.markInk;
        context.font = `700 ${node.radius * 1.05}px ${colours.fontFamily}`;
        context.textAlign = 'center';
        context.textBaseline = 'middle';
        context.fillText(node.mark, px, py);
      }
    }
  }
  context.globalAlpha = 1;
  const at = (i: number) => ({ x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 });
  drawRings(context, graph, at, emphasis, colours, k);
  if (k >= BADGE_MIN_ZOOM) drawBadges(context, graph, batches, frame, colours);
  if (frame.labels) drawLabels(context, graph, frame, emphasis, colours, live);
}

/** The largest disc's radius, and the least on-screen radius that holds a type letter. */
const MAX_RADIUS = nodeRadius(1);
const MIN_LETTER_PX = 6;
/** On-screen radius below which a disc is a speck: see fillDiscs. */
const SPECK_PX = 1;

const opacityOf = (emphasis: Emphasis, lit: boolean, onPath: boolean) =>
  emphasis.lit !== null && !lit ? DIMMED : emphasis.path !== null && !onPath ? RECEDED : 1;

/** One path per look; arrowheads filled with their look. */
function strokeLinks(context: CanvasRenderingContext2D, batches: LinkBatches, k: number): void {
  for (const index of batches.order) {
    const look = batches.looks[index]!;
    const style = POLARITY_STYLE[look.polarity];
    const width = Math.max(look.width, MIN_LINE_PX / k);
    context.globalAlpha = look.alpha;
    context.strokeStyle = style.color;
    context.lineWidth = width;
    // A round cap on a line thinner than a pixel and a half adds less than a pixel, under the disc's gap,
    // and costs the rasteriser twice the line's own time: square ends look the same there.
    context.lineCap = width * k < 1.5 ? 'butt' : 'round';
    // Dashes shorter than a couple of pixels read as a faint solid line, and cost the rasteriser dearly.
    const dash = style.dash ? style.dash.split(' ').map(Number) : [];
    context.setLineDash(dash.length > 0 && Math.min(...dash) * k >= 1.5 ? dash : []);
    const lines = look.lines.data;
    context.beginPath();
    for (let at = 0; at < look.lines.size; at += 4) {
      context.moveTo(lines[at]!, lines[at + 1]!);
      context.lineTo(lines[at + 2]!, lines[at + 3]!);
    }
    context.stroke();
    if (look.arrows.size > 0 && ARROW_LENGTH * k >= 3) {
      const arrows = look.arrows.data;
      context.fillStyle = style.color;
      context.beginPath();
      for (let at = 0; at < look.arrows.size; at += 6) {
        context.moveTo(arrows[at]!, arrows[at + 1]!);
        context.lineTo(arrows[at + 2]!, arrows[at + 3]!);
        context.lineTo(arrows[at + 4]!, arrows[at + 5]!);
        context.closePath();
      }
      context.fill();
    }
  }
  context.setLineDash([]);
  context.lineCap = 'round';
}

/** Discs in view, one path per colour and opacity, then their rims; returns the indices of the discs drawn. */
function fillDiscs(
  context: CanvasRenderingContext2D,
  graph: DrawnGraph,
  positions: Float32Array,
  box: GraphBox,
  emphasis: Emphasis,
  colours: CanvasColours,
  k: number,
  live: boolean,
): number[] {
  const groups = graph.fills.length * 3;
  if (discBatches.members.length < groups) discBatches = { keys: discBatches.keys, order: [], members: Array.from({ length: groups }, () => []) };
  for (const key of discBatches.order) discBatches.members[key]!.length = 0;
  discBatches.order.length = 0;
  const shown: number[] = [];
  for (let i = 0; i < graph.nodes.length; i++) {
    const node = graph.nodes[i]!;
    const px = positions[2 * i] ?? 0;
    const py = positions[2 * i + 1] ?? 0;
    const r = node.radius;
    if (px + r < box.left || px - r > box.right || py + r < box.top || py - r > box.bottom) continue;
    shown.push(i);
    const lit = emphasis.lit === null || emphasis.lit.has(node.id);
    const alpha = !lit ? 1 : emphasis.path !== null && !emphasis.path.nodes.has(node.id) ? 2 : 0;
    const key = node.fillIndex * 3 + alpha;
    const members = discBatches.members[key]!;
    if (members.length === 0) discBatches.order.push(key);
    members.push(i);
  }
  const rims = k * 7 >= 3;
  // While the layout moves, discs without rims are filled one by one: the rasteriser draws a lone circle by its
  // fast oval path and a path of hundreds of circles by its general one (2,000 actors fitted: 5.2 → 3.5 ms a
  // frame). Where discs overlap, their edges blend a hair differently, so the picture at rest keeps one path.
  const oneByOne = live && !rims;
  for (const key of discBatches.order) {
    context.globalAlpha = EMPHASIS_ALPHAS[key % 3]!;
    context.fillStyle = graph.fills[Math.floor(key / 3)]!;
    context.beginPath();
    for (const i of discBatches.members[key]!) {
      const px = positions[2 * i] ?? 0;
      const py = positions[2 * i + 1] ?? 0;
      const r = graph.nodes[i]!.radius;
      // A disc under a pixel across on screen is drawn as the square of its area: the same speck, at a
      // fraction of the arc's cost (10,000 actors fitted are mostly such specks).
      if (r * k < SPECK_PX) {
        const side = r * Math.sqrt(Math.PI);
        context.rect(px - side / 2, py - side / 2, side, side);
        continue;
      }
      if (oneByOne) continue;
      context.moveTo(px + r, py);
      context.arc(px, py, r, 0, 2 * Math.PI);
    }
    context.fill();
    if (rims) {
      context.strokeStyle = colours.dotRim;
      context.lineWidth = 1;
      context.stroke();
    }
    if (oneByOne) fillOneByOne(context, graph, positions, discBatches.members[key]!, k);
  }
  return shown;
}

/** The discs of `members` that are not specks, each filled on its own in the current fill. */
function fillOneByOne(context: CanvasRenderingContext2D, graph: DrawnGraph, positions: Float32Array, members: readonly number[], k: number): void {
  for (const i of members) {
    const r = graph.nodes[i]!.radius;
    if (r * k < SPECK_PX) continue;
    context.beginPath();
    context.arc(positions[2 * i] ?? 0, positions[2 * i + 1] ?? 0, r, 0, 2 * Math.PI);
    context.fill();
  }
}

/** The triangle of an arrowhead whose base sits at `base`, pointing away from `from`: x0, y0, x1, y1, x2, y2. */
export function arrowHead(base: { x: number; y: number }, from: { x: number; y: number }): number[] {
  const length = Math.hypot(base.x - from.x, base.y - from.y) || 1;
  const points = new Float64Array(6);
  writeArrowHead(points, 0, base.x, base.y, (base.x - from.x) / length, (base.y - from.y) / length);
  return [...points];
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
function drawBadges(context: CanvasRenderingContext2D, graph: DrawnGraph, batches: LinkBatches, frame: Frame, colours: CanvasColours): void {
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
  for (const badge of batches.badges) {
    const { relationCount: count, cueMark: mark, polarity } = graph.links[badge.link]!;
    const line = batches.looks[badge.look]!.lines.data;
    const ends = { start: { x: line[badge.line]!, y: line[badge.line + 1]! }, end: { x: line[badge.line + 2]!, y: line[badge.line + 3]! } };
    context.globalAlpha = badge.alpha;
    const middle = { x: (ends.start.x + ends.end.x) / 2, y: (ends.start.y + ends.end.y) / 2 };
    if (count > 1) {
      disc(middle, BADGE_RADIUS, POLARITY_STYLE[polarity].color, 1.5);
      context.fillStyle = colours.ink;
      context.font = `700 ${10 * scale}px ${colours.fontFamily}`;
      context.fillText(String(count), middle.x, middle.y);
    }
    if (mark) {
      const spot = markSpot(ends, count > 1, labelBoxes, scale);
      disc(spot, MARK_RADIUS, colours.ink, 1.2);
      context.fillStyle = colours.ink;
      context.font = `800 ${(mark.length > 1 ? 9 : 11) * scale}px ${colours.fontFamily}`;
      context.fillText(mark, spot.x, spot.y);
    }
  }
  context.globalAlpha = 1;
}

/** Labels in screen space (crisp text at any zoom), each with its halo, below or above its disc. */
function drawLabels(context: CanvasRenderingContext2D, graph: DrawnGraph, frame: Frame, emphasis: Emphasis, colours: CanvasColours, live: boolean): void {
  if (!frame.labels) return;
  const { k, x, y } = frame.transform;
  // While the layout moves, the size snaps to quarter pixels: each new size costs the text rasteriser its glyph
  // caches (40 haloed labels: 0.8 → 3.8 ms), and the followed zoom still steps as the graph unfolds. At rest, exact.
  const exact = 12 * frame.labelScale * k;
  const px = live ? Math.round(exact * 4) / 4 : exact;
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
