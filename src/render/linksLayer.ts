import { select, type Selection } from 'd3-selection';
import { POLARITIES, type Polarity } from '../extract/types.ts';
import { ARROW_LENGTH, linkEnds, type LinkEnds } from './geometry.ts';
import { linkTitle } from './linkStyle.ts';
import { hundredths } from './nodesLayer.ts';
import { POLARITY_STYLE } from './palette.ts';
import type { PlacedLink } from './placement.ts';

// The link layer: one <g> per pair of actors with its <title>, its line (polarity colour and dash,
// arrowheads where relations point; thinner when only claimed, fainter when hedged, see linkMarks.ts
// for their marks) and, for several relations, a count badge at its middle.

export type LinkSelection = Selection<SVGGElement, PlacedLink, SVGGElement, unknown>;

/** One arrowhead marker per polarity, in the link's colour; ids are prefixed per renderer instance. */
export function appendArrowMarkers(defs: Selection<SVGDefsElement, unknown, null, undefined>, idPrefix: string): void {
  const half = ARROW_LENGTH / 2;
  defs
    .selectAll<SVGMarkerElement, Polarity>('marker')
    .data(POLARITIES)
    .join('marker')
    .attr('id', (polarity) => arrowMarkerId(idPrefix, polarity))
    .attr('viewBox', `0 ${-half} ${ARROW_LENGTH} ${ARROW_LENGTH}`)
    // The marker's origin sits on the line's end and its tip one ARROW_LENGTH further on, where
    // linkEnds left room for it: the tip lands on the node's rim.
    .attr('refX', 0)
    .attr('refY', 0)
    .attr('markerUnits', 'userSpaceOnUse')
    .attr('markerWidth', ARROW_LENGTH)
    .attr('markerHeight', ARROW_LENGTH)
    .attr('orient', 'auto-start-reverse')
    .append('path')
    .attr('d', `M0,${-half * 0.8}L${ARROW_LENGTH},0L0,${half * 0.8}Z`)
    .attr('fill', (polarity) => POLARITY_STYLE[polarity].color);
}

function arrowMarkerId(idPrefix: string, polarity: Polarity): string {
  return `${idPrefix}-arrow-${polarity}`;
}

/** Joins the links to their <g> elements: created, updated and removed in one pass. */
export function joinLinks(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  links: PlacedLink[],
  labelOf: (actorId: string) => string,
  idPrefix: string,
): LinkSelection {
  const joined = layer
    .selectAll<SVGGElement, PlacedLink>('g.ag-link')
    .data(links, (link) => link.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ag-link');
      g.append('title');
      g.append('path').attr('class', 'ag-link-line');
      return g;
    });
  // A count badge only on the links that stand for several relations (a few in a graph): the browser styles and
  // lays out every element on the first frame, and a hidden badge on every link made a third of them.
  joined.each(function (link) {
    const badge = this.children[2];
    const wanted = link.scene.relations.length > 1;
    if (wanted && !badge) appendBadge(this);
    else if (!wanted && badge) badge.remove();
  });
  const markerUrl = (link: PlacedLink) => `url(#${arrowMarkerId(idPrefix, link.polarity)})`;
  joined
    .attr('data-link-id', (link) => link.id)
    .attr('data-polarity', (link) => link.polarity)
    .attr('data-claimed', (link) => (link.cues.claimed ? 'true' : null))
    .attr('data-hedged', (link) => (link.cues.hedged ? 'true' : null));
  joined.select('title').text((link) => linkTitle(link.scene, labelOf));
  joined
    .select('path.ag-link-line')
    .attr('stroke', (link) => POLARITY_STYLE[link.polarity].color)
    .attr('stroke-dasharray', (link) => POLARITY_STYLE[link.polarity].dash)
    .attr('marker-start', (link) => (link.arrows.atSource ? markerUrl(link) : null))
    .attr('marker-end', (link) => (link.arrows.atTarget ? markerUrl(link) : null));
  const badges = joined.filter((link) => link.scene.relations.length > 1);
  badges.select('g.ag-badge text').text((link) => String(link.scene.relations.length));
  badges.select('g.ag-badge circle').attr('stroke', (link) => POLARITY_STYLE[link.polarity].color);
  return joined;
}

/** The count badge at a link's middle: a ring and the number, scaled with the labels. */
function appendBadge(link: SVGGElement): void {
  const scaled = select(link).append('g').attr('class', 'ag-badge').append('g').attr('class', 'ag-badge-scale');
  scaled.append('circle').attr('r', 8);
  scaled.append('text').attr('dy', '0.35em');
}

/**
 * Moves every link to its nodes' current positions: called on each simulation tick. Writes only what changed (each
 * write restyles the element), and moves a count badge only where one is shown.
 */
export function positionLinks(links: LinkSelection): void {
  links.each(function (link) {
    const ends = placedLinkEnds(link);
    // Children as joinLinks appends them: <title>, the line, the badge where there is one.
    const line = this.children[1];
    const badge = this.children[2];
    const d = ends ? `M${hundredths(ends.start.x)},${hundredths(ends.start.y)}L${hundredths(ends.end.x)},${hundredths(ends.end.y)}` : '';
    if (line && line.getAttribute('d') !== d) line.setAttribute('d', d);
    if (ends && badge) {
      const transform = `translate(${hundredths((ends.start.x + ends.end.x) / 2)},${hundredths((ends.start.y + ends.end.y) / 2)})`;
      if (badge.getAttribute('transform') !== transform) badge.setAttribute('transform', transform);
    }
  });
}

/** Where a placed link's line runs now, rim to rim (null when its nodes overlap). */
export function placedLinkEnds(link: PlacedLink): LinkEnds | null {
  return linkEnds(
    { x: link.source.x ?? 0, y: link.source.y ?? 0, radius: link.source.radius },
    { x: link.target.x ?? 0, y: link.target.y ?? 0, radius: link.target.radius },
    link.arrows,
  );
}
