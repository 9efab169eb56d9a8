import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';

// The mouse, pen and touch on the Canvas renderer's canvas, in the SVG renderer's terms: a click picks
// the actor under the pointer (or clears, on empty ground), a double-click focuses it (with Shift: unpins
// it), hovering lights its neighbourhood, dragging pins it where it is dropped. The listeners go on before
// d3-zoom's, so an actor under the pointer takes the gesture and empty ground pans and zooms.

export interface PointerActions {
  /** The index of the node under a point in CSS pixels of the canvas, or null. */
  nodeAt: (screenX: number, screenY: number) => number | null;
  idOf: (index: number) => string;
  graphPoint: (screenX: number, screenY: number) => { x: number; y: number };
  pick: (actorId: string | null) => void;
  focus: (actorId: string) => void;
  unpin: (index: number) => void;
  hover: (actorId: string | null) => void;
  /** A dragged node moves to `point` (graph units); `first` on the drag's first move. */
  drag: (index: number, point: { x: number; y: number }, first: boolean) => void;
}

/** Wires the canvas; returns what undoes it. Call before d3-zoom is attached to the same element. */
export function wireCanvasPointer(element: HTMLCanvasElement, actions: PointerActions): () => void {
  const undo: Array<() => void> = [];
  const on = <K extends keyof HTMLElementEventMap>(type: K, listener: (event: HTMLElementEventMap[K]) => void) => {
    element.addEventListener(type, listener);
    undo.push(() => element.removeEventListener(type, listener));
  };
  const indexAt = (event: MouseEvent) => {
    const box = element.getBoundingClientRect();
    return actions.nodeAt(event.clientX - box.left, event.clientY - box.top);
  };
  const idAt = (event: MouseEvent) => {
    const index = indexAt(event);
    return index === null ? null : actions.idOf(index);
  };
  // Before d3-zoom's own dblclick listener: on an actor, a double-click must not zoom in.
  on('dblclick', (event) => {
    const index = indexAt(event);
    if (index === null) return;
    event.stopImmediatePropagation();
    if (event.shiftKey) actions.unpin(index);
    else actions.focus(actions.idOf(index));
  });
  on('click', (event) => actions.pick(idAt(event)));
  on('pointermove', (event) => {
    if (event.buttons !== 0) return;
    const id = idAt(event);
    element.style.cursor = id === null ? '' : 'pointer';
    actions.hover(id);
  });
  on('pointerleave', () => actions.hover(null));
  // Only a pointer that moves pins (d3-drag's 'drag' event): a click or a tap leaves the actor free.
  // With no actor under the pointer there is no subject, and d3-zoom pans instead.
  let moved = false;
  const nodeDrag = drag<HTMLCanvasElement, unknown, { x: number; y: number; index: number } | null>()
    .container(element)
    .subject((event: D3DragEvent<HTMLCanvasElement, unknown, unknown>) => {
      const index = actions.nodeAt(event.x, event.y);
      return index === null ? null : { x: event.x, y: event.y, index };
    })
    .on('start', () => {
      moved = false;
    })
    .on('drag', (event: D3DragEvent<HTMLCanvasElement, unknown, { index: number } | null>) => {
      if (!event.subject) return;
      actions.drag(event.subject.index, actions.graphPoint(event.x, event.y), !moved);
      moved = true;
    });
  select(element).call(nodeDrag);
  undo.push(() => select(element).on('.drag', null));
  return () => undo.forEach((step) => step());
}
