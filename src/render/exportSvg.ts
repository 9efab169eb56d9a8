// Turns the drawing on screen into a standalone SVG file: what the stylesheet and the theme give each
// element (colours, dashes, fonts, hidden labels) is written onto the element itself, so the file looks
// the same outside the app, in a browser, an editor or a slide.

/** How a node, a link or a label looks: properties its children inherit, so written only where they change. */
const INHERITED_PROPERTIES = [
  'visibility',
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

/** And properties each element has of its own, with the value that goes without saying. */
const OWN_PROPERTIES: Readonly<Record<string, string>> = { display: 'inline', opacity: '1' };

/** An element's computed value of each property above. */
export type Look = Readonly<Record<string, string>>;

/**
 * The style attribute that gives an element `look` inside a parent that looks like `parentLook` (null
 * for the root): an inherited property only where it differs from the parent's, unless the element has
 * a presentation attribute of that name that the stylesheet may have overridden; an own property only
 * where it is not the default. Keeps the file a fraction of writing every property on every element.
 */
export function styleDeclarations(look: Look, parentLook: Look | null, hasAttribute: (name: string) => boolean): string {
  const inherited = INHERITED_PROPERTIES.filter(
    (property) => !parentLook || look[property] !== parentLook[property] || hasAttribute(property),
  );
  const own = Object.keys(OWN_PROPERTIES).filter((property) => look[property] !== OWN_PROPERTIES[property]);
  return [...own, ...inherited]
    .filter((property) => look[property])
    .map((property) => `${property}:${look[property]}`)
    .join(';');
}

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
  // Focus rings and hit areas belong to the screen, not the picture; so do keyboard stops and button roles.
  copy.querySelectorAll('.ag-hit, .ag-focus').forEach((element) => element.remove());
  copy.querySelectorAll('[tabindex], [role]').forEach((element) => {
    element.removeAttribute('tabindex');
    element.removeAttribute('role');
  });
  const background = document.createElementNS(SVG_NAMESPACE, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', backgroundOf(svg));
  copy.insertBefore(background, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Walks the original and its copy in step, writing each original element's computed look onto the copy. */
function inlineStyles(original: Element, copy: Element, parentLook: Look | null = null): void {
  const computed = getComputedStyle(original);
  const look: Look = Object.fromEntries(
    [...Object.keys(OWN_PROPERTIES), ...INHERITED_PROPERTIES].map((property) => [property, computed.getPropertyValue(property)]),
  );
  const style = styleDeclarations(look, parentLook, (name) => original.hasAttribute(name));
  if (style) copy.setAttribute('style', style);
  else copy.removeAttribute('style');
  // A transform the stylesheet gives (the count badges' zoom-independent scale) becomes the attribute
  // every SVG reader knows; a transform already written as an attribute (node and zoom positions) stays.
  const transform = computed.getPropertyValue('transform');
  if (transform && transform !== 'none' && !original.hasAttribute('transform')) copy.setAttribute('transform', transform);
  const originals = original.children;
  const copies = copy.children;
  for (let i = 0; i < originals.length; i++) {
    const child = originals[i];
    const childCopy = copies[i];
    if (child && childCopy) inlineStyles(child, childCopy, look);
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
