import { drag, type DragBehavior, type SubjectPosition } from 'd3-drag';
import type { PlacedNode } from './placement.ts';

// Dragging moves a node and pins it where it is dropped; Shift + double-click unpins it (nodesLayer).
// Only a pointer that moves pins: a click, a tap or the first finger of a pinch on a node must
// leave it free. d3-drag sends 'drag' for movement only, so the pin and the reheat start there.

export interface NodeDragHooks {
  /** A drag's first movement: `firstPointer` when no other pointer is dragging already (a pinch's second finger is not). */
  started(firstPointer: boolean): void;
  /** The node has been pinned at its new spot (fx, fy set). */
  moved(node: PlacedNode): void;
  /** The last pointer of a drag that moved let go. */
  ended(): void;
}

/** The drag behaviour for the node layer's <g> elements. */
export function createNodeDrag(hooks: NodeDragHooks): DragBehavior<SVGGElement, PlacedNode, PlacedNode | SubjectPosition> {
  let moved = false;
  return drag<SVGGElement, PlacedNode>()
    .on('start', () => {
      moved = false;
    })
    .on('drag', (event: { x: number; y: number; active: number }, node) => {
      if (!moved) {
        moved = true;
        hooks.started(event.active <= 1);
      }
      node.fx = event.x;
      node.fy = event.y;
      hooks.moved(node);
    })
    .on('end', (event: { active: number }) => {
      if (moved && !event.active) hooks.ended();
    });
}
