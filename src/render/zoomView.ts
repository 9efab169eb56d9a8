import type { Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { LayoutNode } from './layout.ts';
import { boundsOf, fitTransform } from './viewport.ts';

// Zoom and pan (wheel, pinch, dragging the background) and the automatic fit: until the user moves
// the view, it follows the layout so the whole graph stays in sight as it settles and on resize.
// Once the user has zoomed or dragged, the view is theirs; a resize then keeps its centre centred.

export interface ZoomView {
  /** Fits the view to these nodes if it is still following the layout. */
  followLayout(nodes: ReadonlyArray<LayoutNode>): void;
  /** Follow the layout again (a new graph). */
  startFollowing(): void;
  /** The user took over the view (dragging a node). */
  stopFollowing(): void;
  /** Size of labels in graph units relative to their size at zoom 1 (they are kept readable on screen). */
  labelScale(): number;
  destroy(): void;
}

/** Labels and badges grow or shrink with the zoom only within these bounds of their on-screen size. */
const LABEL_SCALE_RANGE = [0.875, 1.25] as const;
/** Steps per factor e of label scale: about 3% apart. */
const LABEL_SCALE_STEPS = 30;

/** `onLabelScale` is told when labels change size in graph units (the user zoomed). */
export function createZoomView(
  container: HTMLElement,
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  viewport: Selection<SVGGElement, unknown, null, undefined>,
  onLabelScale: () => void,
): ZoomView {
  let following = true;
  let lastNodes: ReadonlyArray<LayoutNode> = [];
  let size = { width: container.clientWidth, height: container.clientHeight };
  let labelScale = 1;

  const behaviour = zoom<SVGSVGElement, unknown>()
    // The size we track, not d3-zoom's default of reading the svg's size, which forces a layout on
    // every programmatic zoom: once per tick while the view follows the layout.
    .extent(() => [
      [0, 0],
      [size.width, size.height],
    ])
    .scaleExtent([0.05, 8])
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const { k } = event.transform;
      viewport.attr('transform', event.transform.toString());
      const onScreen = Math.min(LABEL_SCALE_RANGE[1], Math.max(LABEL_SCALE_RANGE[0], k));
      // Restyling every label is the dearest part of a frame: only for a change the eye can see.
      const nextScale = Math.exp(Math.round(Math.log(onScreen / k) * LABEL_SCALE_STEPS) / LABEL_SCALE_STEPS);
      if (nextScale !== labelScale) {
        labelScale = nextScale;
        svg.style('--ag-label-scale', String(labelScale));
        onLabelScale();
      }
      if (event.sourceEvent) following = false;
    });
  svg.call(behaviour);

  function fit() {
    const bounds = boundsOf(lastNodes);
    if (!bounds || size.width <= 0 || size.height <= 0) return;
    const { k, x, y } = fitTransform(bounds, size.width, size.height);
    svg.call(behaviour.transform, zoomIdentity.translate(x, y).scale(k));
  }

  const resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          const next = { width: container.clientWidth, height: container.clientHeight };
          if (next.width === size.width && next.height === size.height) return;
          const moved = { x: (next.width - size.width) / 2, y: (next.height - size.height) / 2 };
          size = next;
          if (following) return fit();
          const current = zoomTransform(svg.node() as SVGSVGElement);
          svg.call(behaviour.transform, zoomIdentity.translate(current.x + moved.x, current.y + moved.y).scale(current.k));
        });
  resizeObserver?.observe(container);

  return {
    followLayout(nodes) {
      lastNodes = nodes;
      if (following) fit();
    },
    startFollowing() {
      following = true;
    },
    stopFollowing() {
      following = false;
    },
    labelScale: () => labelScale,
    destroy() {
      resizeObserver?.disconnect();
      svg.on('.zoom', null);
    },
  };
}
