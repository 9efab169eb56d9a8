// Sizes and link geometry in graph units (pixels at zoom 1), pure so they can be tested without a DOM.

const MIN_RADIUS = 7;
const MAX_RADIUS = 26;
/** Length of an arrowhead along its link; the marker in linksLayer.ts is drawn to this size. */
export const ARROW_LENGTH = 9;
/** Air between a link's end (or its arrow's tip) and the node's rim. */
const RIM_GAP = 2;

/**
 * Node radius from the scene's size (0..1, by mentions, degree or betweenness): it grows with the
 * square root, so a disc's area tracks the measure; the smallest stays a target a finger can hit.
 * Sizes outside 0..1 (or not numbers) are clamped rather than trusted.
 */
export function nodeRadius(size: number): number {
  const clamped = Number.isFinite(size) ? Math.min(1, Math.max(0, size)) : 0;
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(clamped);
}

export interface Point {
  x: number;
  y: number;
}

export interface LinkEnds {
  start: Point;
  end: Point;
}

/**
 * Where the visible line of a link starts and ends: at the rims of its two nodes rather than their
 * centres, pulled back by an arrowhead's length at each end that has one, so the arrow's tip (drawn
 * beyond the line's end by the marker) touches the rim. Null when the nodes overlap and no line fits.
 */
export function linkEnds(
  source: Point & { radius: number },
  target: Point & { radius: number },
  arrows: { atSource: boolean; atTarget: boolean },
): LinkEnds | null {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  const startOffset = source.radius + RIM_GAP + (arrows.atSource ? ARROW_LENGTH : 0);
  const endOffset = target.radius + RIM_GAP + (arrows.atTarget ? ARROW_LENGTH : 0);
  if (length <= startOffset + endOffset) return null;
  const ux = dx / length;
  const uy = dy / length;
  return {
    start: { x: source.x + ux * startOffset, y: source.y + uy * startOffset },
    end: { x: target.x - ux * endOffset, y: target.y - uy * endOffset },
  };
}

/**
 * Whether a node's label goes above it rather than below: when more of its links leave downwards
 * (within 45° of straight down, where the label would hide them and their arrowheads) than upwards.
 */
export function labelGoesAbove(node: Point, neighbours: readonly Point[]): boolean {
  let below = 0;
  let above = 0;
  for (const other of neighbours) {
    const dx = Math.abs(other.x - node.x);
    const dy = other.y - node.y;
    if (dy > dx) below++;
    else if (-dy > dx) above++;
  }
  return below > above;
}
