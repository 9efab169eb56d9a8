import type { Selection } from 'd3-selection';
import type { LinkEnds } from './geometry.ts';
import type { Box } from './labelCulling.ts';
import { linkCueMark } from './linkStyle.ts';
import { placedLinkEnds } from './linksLayer.ts';
import type { PlacedLink } from './placement.ts';

// The marks of links the text does not state as plain fact: a small open badge with “ on a link only
// someone claims ("according to Assad"), with ? on a hedged one ("alleged"), with both on both. They
// sit in a layer above the nodes, so nothing hides them, at the first spot along the line (the middle,
// then out towards the ends) where they hide no label either; they are dimmed and recede with their link.

export type LinkMarkSelection = Selection<SVGGElement, PlacedLink, SVGGElement, unknown>;

/** The mark's radius at label scale 1; the count badge's is 8. */
const MARK_RADIUS = 7.5;
/** Where along the line a mark may go, tried in turn: from the middle out. */
const SPOTS_ALONG = [0.5, 0.36, 0.64, 0.25, 0.75] as const;

/**
 * Where a link's mark goes, in graph units: the first spot along the line whose mark would cover no
 * label (`obstacles`) nor the count badge at the middle (`hasBadge`); the first spot when none is free.
 */
export function markSpot(ends: LinkEnds, hasBadge: boolean, obstacles: readonly Box[], labelScale: number): { x: number; y: number } {
  const half = MARK_RADIUS * labelScale;
  const dx = ends.end.x - ends.start.x;
  const dy = ends.end.y - ends.start.y;
  const spots = SPOTS_ALONG.map((t) => ({ x: ends.start.x + dx * t, y: ends.start.y + dy * t }));
  const middle = spots[0]!;
  const clearOfBadge = (spot: { x: number; y: number }) =>
    !hasBadge || Math.hypot(spot.x - middle.x, spot.y - middle.y) >= (8 + MARK_RADIUS + 1) * labelScale;
  const free = (spot: { x: number; y: number }) =>
    !obstacles.some(
      (box) => spot.x - half < box.right && box.left < spot.x + half && spot.y - half < box.bottom && box.top < spot.y + half,
    );
  const candidates = spots.filter(clearOfBadge);
  return candidates.find(free) ?? candidates[0] ?? middle;
}

/** Joins the claimed or hedged links to their marks; plain links get none. */
export function joinLinkMarks(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  links: PlacedLink[],
): LinkMarkSelection {
  const marked = links.filter((link) => linkCueMark(link.cues) !== null);
  const joined = layer
    .selectAll<SVGGElement, PlacedLink>('g.ag-link-mark')
    .data(marked, (link) => link.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ag-link-mark').attr('aria-hidden', 'true');
      const scaled = g.append('g').attr('class', 'ag-badge-scale');
      scaled.append('circle').attr('r', MARK_RADIUS);
      scaled.append('text').attr('dy', '0.36em');
      return g;
    });
  joined.attr('data-mark', (link) => linkCueMark(link.cues));
  joined.select('text').text((link) => linkCueMark(link.cues) ?? '');
  return joined;
}

/** Moves each mark to its spot on its link (markSpot): called on each simulation tick, after the labels are placed. */
export function positionLinkMarks(marks: LinkMarkSelection, labels: readonly Box[], labelScale: number): void {
  marks.each(function (link) {
    const ends = placedLinkEnds(link);
    this.setAttribute('display', ends ? 'inline' : 'none');
    if (!ends) return;
    const spot = markSpot(ends, link.scene.relations.length > 1, labels, labelScale);
    this.setAttribute('transform', `translate(${spot.x},${spot.y})`);
  });
}
