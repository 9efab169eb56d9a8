import { neighboursOf } from '../graph/relations.ts';
import type { Scene, SceneLink } from './GraphRenderer.ts';
import type { LinkSelection } from './linksLayer.ts';
import type { NodeSelection } from './nodesLayer.ts';

/**
 * The actors lit up while `focusId` is pointed at: it and its neighbours. Null when nothing is
 * pointed at (nothing is dimmed).
 */
export function neighbourhoodOf(links: readonly SceneLink[], focusId: string | null): Set<string> | null {
  if (focusId === null) return null;
  const lit = neighboursOf({ relations: links }, focusId);
  lit.add(focusId);
  return lit;
}

/**
 * Gives the class `ag-dimmed` to everything outside the lit neighbourhood (links among lit actors
 * stay lit) and marks the selected node (`data-selected="true"` for tests and CSS, `aria-current`
 * for assistive technology), the focus actor (`data-focus="true"`, drawn with a double ring) and the
 * nodes and links of a shown path (`data-on-path="true"`; CSS lets the rest recede while a path shows).
 * `links`: the link layer and any layer drawn per link (the claim and hedge marks), marked alike.
 */
export function applyHighlight(
  nodes: NodeSelection,
  links: ReadonlyArray<LinkSelection>,
  lit: Set<string> | null,
  marks: Pick<Scene, 'selectedId' | 'focusId' | 'path'>,
): void {
  const { selectedId, focusId, path } = marks;
  const pathNodes = new Set(path?.nodeIds);
  const pathLinks = new Set(path?.linkIds);
  nodes
    .classed('ag-dimmed', (node) => lit !== null && !lit.has(node.id))
    .attr('data-selected', (node) => (node.id === selectedId ? 'true' : null))
    .attr('aria-current', (node) => (node.id === selectedId ? 'true' : null))
    .attr('data-focus', (node) => (node.id === focusId ? 'true' : null))
    .attr('data-on-path', (node) => (pathNodes.has(node.id) ? 'true' : null));
  for (const layer of links) {
    layer
      .classed('ag-dimmed', (link) => lit !== null && !(lit.has(link.source.id) && lit.has(link.target.id)))
      .attr('data-on-path', (link) => (pathLinks.has(link.id) ? 'true' : null));
  }
}
