import type { Selection } from 'd3-selection';
import { nodeAriaLabel } from './linkStyle.ts';
import { isArrowKey, type ArrowKey } from './neighbourInDirection.ts';
import { LABEL_OFFSET, type LabelCandidate, type LabelPlacement } from './labelCulling.ts';
import { ACTOR_TYPE_STYLE, groupStyle, markInkOn } from './palette.ts';
import type { PlacedNode } from './placement.ts';

// The node layer: one focusable <g role="button"> per actor with a selection ring, the focus actor's
// double ring, a keyboard focus ring (shown by CSS on :focus-visible), the disc coloured by type (or
// by colour group) with the type's letter, and the label below or above.

/** Distance from a node's rim to its selection ring's centre line, and to the focus actor's inner ring. */
const RING_GAP = 4;
/** Between the focus actor's two rings. */
const DOUBLE_RING_GAP = 4;
/** The keyboard focus ring, outside the focus actor's double ring. */
const KEYBOARD_RING_GAP = RING_GAP + DOUBLE_RING_GAP + 3;

export type NodeSelection = Selection<SVGGElement, PlacedNode, SVGGElement, unknown>;

export interface NodeEvents {
  pick: (actorId: string) => void;
  /** Enter or Space on a focused node: selects it, or, when it is selected already, focuses the view on it. */
  activate: (actorId: string) => void;
  /** Double-click: focus the view on the actor (with Shift: unpin it instead). */
  focusView: (actorId: string) => void;
  hover: (actorId: string | null) => void;
  unpin: (node: PlacedNode) => void;
  /** The node got keyboard focus (Tab, an arrow key), not a pointer's. */
  focus: (node: PlacedNode) => void;
  /** The node lost focus. */
  blur: (node: PlacedNode) => void;
  /** An arrow key on a focused node: move focus towards a neighbour. */
  step: (node: PlacedNode, arrow: ArrowKey) => void;
}

/** Joins the nodes to their <g> elements and wires pointer and keyboard events to `events`. */
export function joinNodes(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  nodes: PlacedNode[],
  events: NodeEvents,
): NodeSelection {
  const joined = layer
    .selectAll<SVGGElement, PlacedNode>('g.ag-node')
    .data(nodes, (node) => node.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ag-node').attr('role', 'button').attr('tabindex', 0);
      g.append('circle').attr('class', 'ag-hit');
      g.append('circle').attr('class', 'ag-ring');
      g.append('circle').attr('class', 'ag-centre-ring ag-centre-inner');
      g.append('circle').attr('class', 'ag-centre-ring ag-centre-outer');
      g.append('circle').attr('class', 'ag-focus');
      g.append('circle').attr('class', 'ag-dot');
      g.append('text').attr('class', 'ag-type-mark').attr('aria-hidden', 'true');
      g.append('text').attr('class', 'ag-label'); // last child: positionNodes finds it there
      return g;
    });
  joined
    .attr('data-actor-id', (node) => node.id)
    .attr('data-type', (node) => node.scene.type)
    .attr('data-group', (node) => node.scene.group)
    .attr('aria-label', (node) => nodeAriaLabel(node.scene));
  // A click between the disc and its label still means the node, not the background behind it.
  joined.select('circle.ag-hit').attr('r', (node) => node.radius + RING_GAP + 8);
  joined.select('circle.ag-ring').attr('r', (node) => node.radius + RING_GAP);
  joined.select('circle.ag-centre-inner').attr('r', (node) => node.radius + RING_GAP);
  joined.select('circle.ag-centre-outer').attr('r', (node) => node.radius + RING_GAP + DOUBLE_RING_GAP);
  joined.select('circle.ag-focus').attr('r', (node) => node.radius + KEYBOARD_RING_GAP);
  joined
    .select('circle.ag-dot')
    .attr('r', (node) => node.radius)
    .attr('fill', fillOf);
  // The type's letter inside the disc, sized to it: the type shows without telling colours apart,
  // and still shows when the colour stands for the community instead.
  joined
    .select('text.ag-type-mark')
    .attr('font-size', (node) => node.radius * 1.05)
    .attr('fill', (node) => markInkOn(fillOf(node)))
    .text((node) => ACTOR_TYPE_STYLE[node.scene.type].mark);
  joined
    .select<SVGTextElement>('text.ag-label')
    .text((node) => node.scene.label)
    .each(function (node) {
      placeLabel(this, node, this.parentElement?.hasAttribute('data-label-above') ?? false, false);
    });
  joined
    .on('click', (event: MouseEvent, node) => {
      event.stopPropagation(); // the background's click would clear the selection
      events.pick(node.id);
    })
    .on('dblclick', (event: MouseEvent, node) => {
      event.stopPropagation(); // no zoom on double-click of a node: it focuses, or with Shift unpins
      if (event.shiftKey) events.unpin(node);
      else events.focusView(node.id);
    })
    .on('keydown', (event: KeyboardEvent, node) => {
      if (isArrowKey(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault(); // arrows would scroll the page
        events.step(node, event.key);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault(); // Space would scroll the page
        events.activate(node.id);
      }
    })
    .on('focus', function (_event, node) {
      // A click focuses too, but the node is in sight then; and panning under a drag would jerk it.
      if (this.matches(':focus-visible')) events.focus(node);
    })
    .on('blur', (_event, node) => events.blur(node))
    .on('pointerenter', (_event, node) => events.hover(node.id))
    .on('pointerleave', () => events.hover(null));
  return joined;
}

function fillOf(node: PlacedNode): string {
  return node.scene.group === null ? ACTOR_TYPE_STYLE[node.scene.type].color : groupStyle(node.scene.group).color;
}

/**
 * Moves every node to its current position and marks the pinned ones: called on each tick. Each write makes the
 * browser restyle the node, so a node that has not moved by a hundredth of a unit is left alone.
 */
export function positionNodes(nodes: NodeSelection): void {
  nodes.each(function (node) {
    const transform = `translate(${hundredths(node.x)},${hundredths(node.y)})`;
    if (this.getAttribute('transform') !== transform) this.setAttribute('transform', transform);
    if ((node.fx != null) !== this.hasAttribute('data-pinned')) this.toggleAttribute('data-pinned');
  });
}

/** A coordinate to a hundredth of a graph unit (far below a pixel at any zoom the view allows): short, stable text. */
export function hundredths(value: number | undefined): number {
  return Math.round((value ?? 0) * 100) / 100;
}

/**
 * Puts each label on the side `placements` gives it, or hides it (class `ag-label-crowded`; CSS still
 * shows it while the node has keyboard focus). Touches a label only when its placement changes.
 */
export function showLabelPlacements(nodes: NodeSelection, placements: ReadonlyMap<string, LabelPlacement>): void {
  nodes.each(function (node) {
    const placement = placements.get(node.id) ?? 'below';
    const hidden = placement === 'hidden';
    if (hidden !== this.classList.contains('ag-label-crowded')) this.classList.toggle('ag-label-crowded');
    // A hidden label keeps its last side: shown again (pointed at), it appears where it was.
    if (hidden) return;
    const above = placement === 'above';
    if (above !== this.hasAttribute('data-label-above')) this.toggleAttribute('data-label-above');
    placeLabel(this.lastElementChild, node, above, this.getAttribute('data-focus') === 'true');
  });
}

/** How far from a node's centre its label's room starts: past the focus actor's outer ring too. */
function labelRadius(node: PlacedNode, isFocus: boolean): number {
  return node.radius + (isFocus ? DOUBLE_RING_GAP : 0);
}

/** What placing a node's label needs (labelCulling.ts), its width as `widthOf` measures it. */
export function labelCandidate(node: PlacedNode, isFocus: boolean, widthOf: (label: string) => number): LabelCandidate {
  return {
    id: node.id,
    x: node.x ?? 0,
    y: node.y ?? 0,
    radius: labelRadius(node, isFocus),
    width: widthOf(node.scene.label),
    preferAbove: node.labelAbove ?? false,
    size: node.scene.size,
    mentions: node.scene.mentions,
  };
}

// The label hangs below (or above) the selection ring whatever the zoom: the ring's room in graph units (y),
// then about a cap height (or, above, a descender) in the label's own zoom-scaled size (dy).
// Called on every tick: writes only what changed.
function placeLabel(label: Element | null, node: PlacedNode, above: boolean, isFocus: boolean): void {
  const clearance = labelRadius(node, isFocus) + LABEL_OFFSET;
  const y = String(above ? -clearance : clearance);
  if (label?.getAttribute('y') !== y) label?.setAttribute('y', y);
  const dy = above ? '-0.3em' : '0.95em';
  if (label?.getAttribute('dy') !== dy) label?.setAttribute('dy', dy);
}
