// Turns the drawing on screen into a standalone SVG file: what the stylesheet and the theme give each
// element (colours, dashes, fonts, hidden labels) is written onto the element itself, so the file looks
// the same outside the app, in a browser, an editor or a slide.

/** The properties that decide how a node, a link or a label looks. */
const DRAWN_PROPERTIES = [
  'display',
  'visibility',
  'opacity',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** A copy of `svg` as it looks now, sized as on screen, with its background and every style inlined. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  copy.setAttribute('xmlns', SVG_NAMESPACE);
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  copy.removeAttribute('class');
  // Focus rings and hit areas belong to the screen, not the picture.
  copy.querySelectorAll('.ag-hit, .ag-focus').forEach((element) => element.remove());
  const background = document.createElementNS(SVG_NAMESPACE, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', backgroundOf(svg));
  copy.insertBefore(background, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Walks the original and its copy in step, writing each original element's computed look onto the copy. */
function inlineStyles(original: Element, copy: Element): void {
  const computed = getComputedStyle(original);
  const declarations = DRAWN_PROPERTIES.map((property) => `${property}:${computed.getPropertyValue(property)}`);
  copy.setAttribute('style', declarations.join(';'));
  const originals = original.children;
  const copies = copy.children;
  for (let i = 0; i < originals.length; i++) {
    const child = originals[i];
    const childCopy = copies[i];
    if (child && childCopy) inlineStyles(child, childCopy);
  }
}

/** The first opaque background behind the drawing, so a dark theme exports dark. */
function backgroundOf(element: Element): string {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const colour = getComputedStyle(at).backgroundColor;
    if (colour && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') return colour;
  }
  return '#ffffff';
}
