import { linkEnds } from '../geometry.ts';
import { LABEL_OFFSET } from '../labelCulling.ts';
import { POLARITY_STYLE } from '../palette.ts';
import type { DrawnGraph } from './drawnGraph.ts';
import { arrowHead, type CanvasColours, type Frame } from './paintGraph.ts';

// The Canvas renderer's "Export SVG": an SVG document of the view as drawn (same size, zoom and labels),
// built from the drawn graph and its positions, since there is no SVG on screen to copy. Every actor and
// link is written, in view or not, so the file can be zoomed out in an editor; emphasis (hover, rings) is
// left out, as the SVG renderer's export leaves out focus rings.

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe inside an SVG element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => escapes[character] ?? character);
}

const round = (value: number) => Math.round(value * 100) / 100;

export function sceneSvg(
  graph: DrawnGraph,
  positions: Float32Array,
  frame: Pick<Frame, 'width' | 'height' | 'transform' | 'labelScale' | 'labels'>,
  colours: CanvasColours,
  background: string,
): string {
  const { k, x, y } = frame.transform;
  const at = (i: number) => ({ x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 });
  const links = graph.links.flatMap((link) => {
    const ends = linkEnds({ ...at(link.source), radius: graph.nodes[link.source]!.radius }, { ...at(link.target), radius: graph.nodes[link.target]!.radius }, link.arrows);
    if (!ends) return [];
    const style = POLARITY_STYLE[link.polarity];
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
    const opacity = link.hedged ? ' stroke-opacity="0.5"' : '';
    const line = `<line x1="${round(ends.start.x)}" y1="${round(ends.start.y)}" x2="${round(ends.end.x)}" y2="${round(ends.end.y)}" stroke="${style.color}" stroke-width="${link.claimed ? 1.1 : 1.8}"${dash}${opacity}/>`;
    const heads = [
      link.arrows.atTarget ? arrowPoints(ends.end, ends.start) : null,
      link.arrows.atSource ? arrowPoints(ends.start, ends.end) : null,
    ].flatMap((points) => (points ? [`<polygon points="${points}" fill="${style.color}"/>`] : []));
    return [line, ...heads];
  });
  const nodes = graph.nodes.map((node, i) => {
    const { x: cx, y: cy } = at(i);
    return (
      `<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(node.radius)}" fill="${node.fill}" stroke="${colours.dotRim}"/>` +
      `<text x="${round(cx)}" y="${round(cy)}" font-size="${round(node.radius * 1.05)}" font-weight="700" fill="${node.markInk}" text-anchor="middle" dominant-baseline="central">${node.mark}</text>`
    );
  });
  const fontSize = round(12 * frame.labelScale * k);
  const labels = (frame.labels?.candidates ?? []).flatMap((candidate) => {
    const placement = frame.labels?.placements.get(candidate.id);
    if (placement !== 'above' && placement !== 'below') return [];
    const clearance = candidate.radius + LABEL_OFFSET;
    const above = placement === 'above';
    const screenY = y + k * (above ? candidate.y - clearance : candidate.y + clearance);
    const label = graph.nodes[graph.indexOf.get(candidate.id) ?? -1]?.label ?? '';
    return [
      `<text x="${round(x + k * candidate.x)}" y="${round(screenY)}" dy="${above ? '-0.3em' : '0.95em'}">${escapeXml(label)}</text>`,
    ];
  });
  const { width, height } = { width: Math.round(frame.width), height: Math.round(frame.height) };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(colours.fontFamily)}">`,
    `<rect width="100%" height="100%" fill="${background}"/>`,
    `<g transform="translate(${round(x)},${round(y)}) scale(${k})" stroke-linecap="round">`,
    ...links,
    ...nodes,
    '</g>',
    `<g font-size="${fontSize}" font-weight="500" text-anchor="middle" fill="${colours.ink}" stroke="${colours.halo}" stroke-width="${round(3.5 * frame.labelScale * k)}" stroke-linejoin="round" paint-order="stroke">`,
    ...labels,
    '</g>',
    '</svg>',
  ].join('\n');
}

function arrowPoints(base: { x: number; y: number }, from: { x: number; y: number }): string {
  const [x0, y0, x1, y1, x2, y2] = arrowHead(base, from).map(round);
  return `${x0},${y0} ${x1},${y1} ${x2},${y2}`;
}
