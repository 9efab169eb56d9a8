import type { Polarity } from '../../extract/types.ts';
import { ARROW_LENGTH } from '../geometry.ts';
import type { DrawnGraph } from './drawnGraph.ts';
import type { GraphBox } from './labelChoice.ts';

// A frame's links sorted into looks (polarity, opacity, width), each look's lines and arrowheads as flat
// coordinates, so the painter strokes one path per look. Painted up to 60 times a second with thousands
// of links, so nothing here allocates per link: the coordinates go into typed arrays kept from frame to
// frame (a graph's worth, grown when a larger graph comes), and looks are numbered, not named by strings.

export const POLARITIES: readonly Polarity[] = ['cooperative', 'conflictual', 'neutral'];
/** Opacity of a link or disc: lit, dimmed (pointing elsewhere), receded (off a shown path); hedged links at half that. */
export const EMPHASIS_ALPHAS = [1, 0.14, 0.32] as const;
/** A link's width in graph units: on a path, claimed (thinner), plain. */
export const LINK_WIDTHS = [4, 1.1, 1.8] as const;

/** Which links stand out this frame, by id: as paintGraph's Emphasis gives them. */
export interface LinkEmphasis {
  lit: ReadonlySet<string> | null;
  path: { links: ReadonlySet<string> } | null;
}

/** A growable run of numbers, reused from frame to frame. */
export interface FlatBuffer {
  data: Float64Array;
  size: number;
}

export interface LinkLook {
  polarity: Polarity;
  alpha: number;
  width: number;
  /** x0, y0, x1, y1 per line. */
  lines: FlatBuffer;
  /** x0, y0, x1, y1, x2, y2 per arrowhead. */
  arrows: FlatBuffer;
}

export interface LinkBatches {
  looks: LinkLook[];
  /** The looks used this frame, in the order first met (the order their paths are stroked). */
  order: number[];
  /** Links with a count badge or a cue mark in view, with their look's opacity before halving; only when asked for. */
  badges: Array<{ link: number; line: number; look: number; alpha: number }>;
}

const flat = (): FlatBuffer => ({ data: new Float64Array(64), size: 0 });

/** Room for `count` more numbers. */
function reserve(buffer: FlatBuffer, count: number): Float64Array {
  if (buffer.size + count > buffer.data.length) {
    const grown = new Float64Array(Math.max(buffer.data.length * 2, buffer.size + count));
    grown.set(buffer.data.subarray(0, buffer.size));
    buffer.data = grown;
  }
  return buffer.data;
}

/** Every look there can be: polarity × opacity × hedged × width. */
export function createLinkBatches(): LinkBatches {
  const looks: LinkLook[] = [];
  for (const polarity of POLARITIES)
    for (const alpha of EMPHASIS_ALPHAS)
      for (const hedged of [1, 0.5])
        for (const width of LINK_WIDTHS) looks.push({ polarity, alpha: alpha * hedged, width, lines: flat(), arrows: flat() });
  return { looks, order: [], badges: [] };
}

const lookIndex = (polarity: number, alpha: number, hedged: number, width: number) => ((polarity * 3 + alpha) * 2 + hedged) * 3 + width;

/** Writes the arrowhead whose base is at (bx, by) and that points along (ux, uy): x0, y0, x1, y1, x2, y2. */
export function writeArrowHead(target: Float64Array, at: number, bx: number, by: number, ux: number, uy: number): void {
  const half = (ARROW_LENGTH / 2) * 0.8;
  target[at] = bx - uy * half;
  target[at + 1] = by + ux * half;
  target[at + 2] = bx + ux * ARROW_LENGTH;
  target[at + 3] = by + uy * ARROW_LENGTH;
  target[at + 4] = bx + uy * half;
  target[at + 5] = by - ux * half;
}

/**
 * Sorts the links with any part in `box` into `batches` (emptied first): each one's line trimmed as linkEnds
 * trims it, in its look's buffers, with its arrowheads. Links whose discs overlap (no line fits) are left out.
 */
export function batchLinks(
  batches: LinkBatches,
  graph: DrawnGraph,
  positions: Float32Array,
  box: GraphBox,
  emphasis: LinkEmphasis,
  withBadges: boolean,
): LinkBatches {
  for (const look of batches.order) batches.looks[look]!.lines.size = batches.looks[look]!.arrows.size = 0;
  batches.order.length = 0;
  batches.badges.length = 0;
  const { lit, path } = emphasis;
  for (let i = 0; i < graph.links.length; i++) {
    const link = graph.links[i]!;
    const ax = positions[2 * link.source] ?? 0;
    const ay = positions[2 * link.source + 1] ?? 0;
    const bx = positions[2 * link.target] ?? 0;
    const by = positions[2 * link.target + 1] ?? 0;
    if ((ax > bx ? ax : bx) < box.left || (ax < bx ? ax : bx) > box.right || (ay > by ? ay : by) < box.top || (ay < by ? ay : by) > box.bottom) continue;
    const length = Math.hypot(bx - ax, by - ay);
    if (length <= link.startTrim + link.endTrim) continue;
    const ux = (bx - ax) / length;
    const uy = (by - ay) / length;
    const isLit = lit === null || (lit.has(graph.nodes[link.source]!.id) && lit.has(graph.nodes[link.target]!.id));
    const onPath = path?.links.has(link.id) ?? false;
    const alpha = !isLit ? 1 : path !== null && !onPath ? 2 : 0;
    const look = lookIndex(POLARITIES.indexOf(link.polarity), alpha, link.hedged && !onPath ? 1 : 0, onPath ? 0 : link.claimed ? 1 : 2);
    const { lines, arrows } = batches.looks[look]!;
    if (lines.size === 0) batches.order.push(look);
    const line = reserve(lines, 4);
    const x0 = ax + ux * link.startTrim;
    const y0 = ay + uy * link.startTrim;
    const x1 = bx - ux * link.endTrim;
    const y1 = by - uy * link.endTrim;
    line[lines.size] = x0;
    line[lines.size + 1] = y0;
    line[lines.size + 2] = x1;
    line[lines.size + 3] = y1;
    if (withBadges && (link.relationCount > 1 || link.cueMark)) batches.badges.push({ link: i, line: lines.size, look, alpha: EMPHASIS_ALPHAS[alpha] });
    lines.size += 4;
    if (link.arrows.atTarget) {
      writeArrowHead(reserve(arrows, 6), arrows.size, x1, y1, ux, uy);
      arrows.size += 6;
    }
    if (link.arrows.atSource) {
      writeArrowHead(reserve(arrows, 6), arrows.size, x0, y0, -ux, -uy);
      arrows.size += 6;
    }
  }
  return batches;
}
