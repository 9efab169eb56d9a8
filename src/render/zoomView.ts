import type { Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { ViewPort } from './GraphRenderer.ts';
import type { LayoutNode } from './layout.ts';
import { steadyScale } from './steadyScale.ts';
import { boundsOf, fitTransform } from './viewport.ts';

// Zoom and pan (wheel, pinch, dragging the background) and the automatic fit: until the user moves
// the view, it follows the layout so the whole graph stays in sight as it settles and on resize.
// Once the user has zoomed or dragged, the view is theirs; a resize then keeps its centre centred.

export interface ZoomView {
  /**
   * Fits the view to these nodes if it is still following the layout. `steady`: the layout is still moving, so the
   * scale changes only in small steps (steadyScale.ts), the view recentred every time.
   */
  followLayout(nodes: ReadonlyArray<LayoutNode>, steady?: boolean): void;
  /** Follow the layout again (a new graph). */
  startFollowing(): void;
  /** The user took over the view (dragging a node). */
  stopFollowing(): void;
  /** Zooms about the view's centre by `factor` (above 1 zooms in); the view is the user's from then on. */
  zoomBy(factor: number): void;
  /** Shows every node whole and follows the layout again, as on a fresh graph. */
  fitToView(): void;
  /** Pans (same zoom) to centre a disc of the graph that is not wholly in the view. */
  reveal(disc: { x: number; y: number; radius: number }): void;
  /** Size of labels in graph units relative to their size at zoom 1 (they are kept readable on screen). */
  labelScale(): number;
  /** Where the view looks; null while it follows (fits) the layout. */
  viewPort(): ViewPort | null;
  /** Looks at `port` at once (null: fit and follow the layout again). */
  lookAt(port: ViewPort | null): void;
  destroy(): void;
}

/** Labels and badges grow or shrink with the zoom only within these bounds of their on-screen size. */
const LABEL_SCALE_RANGE = [0.875, 1.25] as const;
/** Steps per factor e of label scale: about 3% apart. */
const LABEL_SCALE_STEPS = 30;
/** How long a zoom or fit asked for by a button or key glides (none with reduced motion). */
const GLIDE_MS = 220;

/**
 * `onLabelScale` is told when labels change size in graph units (the user zoomed); `onMoved` when a
 * gesture, a button or a key has finished moving the view (not while the view follows the layout).
 */
export function createZoomView(
  container: HTMLElement,
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  viewport: Selection<SVGGElement, unknown, null, undefined>,
  onLabelScale: () => void,
  reducedMotion: () => boolean,
  onMoved: () => void = () => {},
): ZoomView {
  let following = true;
  let lastNodes: ReadonlyArray<LayoutNode> = [];
  // Fractional, as laid out: clientWidth/Height round, and half a pixel off moves "the centre" a zoom keeps.
  let size = sizeOf(container.getBoundingClientRect());
  let labelScale = 1;
  let glide = 0;
  /** Where a glide in progress is going: a second press of "Zoom in" zooms on from there. */
  let heading: ZoomTransform | null = null;

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
      if (event.sourceEvent) {
        following = false;
        stopGlide();
      }
    })
    .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (event.sourceEvent) onMoved();
    });
  svg.call(behaviour);

  /** The transform that shows every node whole, or null when there is nothing (or no room) to show. */
  function fittedTransform(): ZoomTransform | null {
    const bounds = boundsOf(lastNodes);
    if (!bounds || size.width <= 0 || size.height <= 0) return null;
    const { k, x, y } = fitTransform(bounds, size.width, size.height);
    return zoomIdentity.translate(x, y).scale(k);
  }

  function fit(steady = false) {
    const target = fittedTransform();
    if (!target) return;
    if (!steady) return setTransform(target);
    const k = steadyScale(zoomTransform(svg.node() as SVGSVGElement).k, target.k);
    // The fitted graph's centre stays at the view's centre, at the steadier scale.
    const [cx, cy] = target.invert([size.width / 2, size.height / 2]);
    setTransform(zoomIdentity.translate(size.width / 2 - k * cx, size.height / 2 - k * cy).scale(k));
  }

  function stopGlide() {
    cancelAnimationFrame(glide);
    heading = null;
  }

  function setTransform(target: ZoomTransform) {
    stopGlide();
    svg.call(behaviour.transform, target);
  }

  /**
   * Moves the view to `target` over GLIDE_MS, keeping the point at the view's centre on a straight
   * line and the scale changing evenly (geometrically), or at once with reduced motion.
   */
  function glideTo(target: ZoomTransform) {
    const from = zoomTransform(svg.node() as SVGSVGElement);
    if (reducedMotion()) {
      setTransform(target);
      return onMoved();
    }
    stopGlide();
    heading = target;
    const centre: [number, number] = [size.width / 2, size.height / 2];
    const [fromX, fromY] = from.invert(centre);
    const [toX, toY] = target.invert(centre);
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / GLIDE_MS);
      const eased = t * (2 - t);
      const k = from.k * Math.pow(target.k / from.k, eased);
      const x = fromX + (toX - fromX) * eased;
      const y = fromY + (toY - fromY) * eased;
      svg.call(behaviour.transform, zoomIdentity.translate(centre[0] - k * x, centre[1] - k * y).scale(k));
      if (t < 1) glide = requestAnimationFrame(step);
      else {
        heading = null;
        onMoved();
      }
    };
    glide = requestAnimationFrame(step);
  }

  const resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(([entry]) => {
          if (!entry) return;
          const next = sizeOf(entry.contentRect);
          if (next.width === size.width && next.height === size.height) return;
          const moved = { x: (next.width - size.width) / 2, y: (next.height - size.height) / 2 };
          size = next;
          if (following) return fit();
          const current = zoomTransform(svg.node() as SVGSVGElement);
          svg.call(behaviour.transform, zoomIdentity.translate(current.x + moved.x, current.y + moved.y).scale(current.k));
        });
  resizeObserver?.observe(container);

  return {
    followLayout(nodes, steady = false) {
      lastNodes = nodes;
      if (following) fit(steady);
    },
    startFollowing() {
      following = true;
    },
    stopFollowing() {
      following = false;
    },
    zoomBy(factor) {
      following = false;
      const current = heading ?? zoomTransform(svg.node() as SVGSVGElement);
      const [kMin, kMax] = behaviour.scaleExtent();
      const k = Math.min(kMax, Math.max(kMin, current.k * factor));
      const [cx, cy] = current.invert([size.width / 2, size.height / 2]);
      glideTo(zoomIdentity.translate(size.width / 2 - k * cx, size.height / 2 - k * cy).scale(k));
    },
    reveal({ x, y, radius }) {
      const current = heading ?? zoomTransform(svg.node() as SVGSVGElement);
      const [screenX, screenY] = current.apply([x, y]);
      // Whole on screen already (as everything is in a fitted view): leave the view be.
      const onScreen = radius * current.k;
      const inSight = (at: number, extent: number) => at >= onScreen && at <= extent - onScreen;
      if (inSight(screenX, size.width) && inSight(screenY, size.height)) return;
      following = false;
      glideTo(zoomIdentity.translate(size.width / 2 - current.k * x, size.height / 2 - current.k * y).scale(current.k));
    },
    fitToView() {
      following = true;
      const target = fittedTransform();
      if (target) glideTo(target);
    },
    labelScale: () => labelScale,
    viewPort() {
      if (following) return null;
      const current = zoomTransform(svg.node() as SVGSVGElement);
      const [x, y] = current.invert([size.width / 2, size.height / 2]);
      return { x, y, k: current.k };
    },
    lookAt(port) {
      if (!port) {
        following = true;
        return fit();
      }
      following = false;
      const [kMin, kMax] = behaviour.scaleExtent();
      const k = Math.min(kMax, Math.max(kMin, port.k));
      setTransform(zoomIdentity.translate(size.width / 2 - k * port.x, size.height / 2 - k * port.y).scale(k));
    },
    destroy() {
      stopGlide();
      resizeObserver?.disconnect();
      svg.on('.zoom', null);
    },
  };
}

function sizeOf(box: { width: number; height: number }): { width: number; height: number } {
  return { width: box.width, height: box.height };
}
