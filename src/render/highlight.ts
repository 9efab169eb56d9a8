import { neighboursOf } from '../graph/relations.ts';
import type { SceneLink } from './GraphRenderer.ts';
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
 * stay lit) and marks the selected node: `data-selected="true"` for tests and CSS, `aria-current`
 * for assistive technology.
 */
export function applyHighlight(
  nodes: NodeSelection,
  links: LinkSelection,
  lit: Set<string> | null,
  selectedId: string | null,
): void {
  nodes
    .classed('ag-dimmed', (node) => lit !== null && !lit.has(node.id))
    .attr('data-selected', (node) => (node.id === selectedId ? 'true' : null))
    .attr('aria-current', (node) => (node.id === selectedId ? 'true' : null));
  links.classed('ag-dimmed', (link) => lit !== null && !(lit.has(link.source.id) && lit.has(link.target.id)));
}
