import type { DrawnGraph } from './drawnGraph.ts';
import { paintGraph, type CanvasColours, type Emphasis, type Frame } from './paintGraph.ts';

// When and where the Canvas renderer paints. Nothing is painted unless something changed (a dirty flag
// and at most one animation frame). While the user pans or zooms a graph at rest, frames are a single
// blit of a cached layer (the drawing of the view and half a view around it, labels included), scaled
// and shifted to the current view; when the gesture ends, the view is painted afresh, crisp.

export interface PaintSource {
  /** The frame with its labels placed. */
  placeLabels: (frame: Omit<Frame, 'labels'>) => Frame;
  graph: () => DrawnGraph;
  positions: () => Float32Array;
  emphasis: () => Emphasis;
  transform: () => { k: number; x: number; y: number };
  labelScale: () => number;
  colours: () => CanvasColours;
  /** The layout is still moving: every frame is painted in full. */
  live: () => boolean;
}

export interface FramePainter {
  /** The drawing changed (positions, emphasis, theme, size): paint it on the next frame. */
  contentChanged(live: boolean): void;
  /** The view's transform changed. */
  viewMoved(): void;
  /** A gesture or glide ended: paint crisp now. */
  viewSettled(): void;
  /** The last frame painted (for an export of the view as it is). */
  lastFrame(): Frame | null;
  destroy(): void;
}

/** With no transform change for this long, a movement is over (wheel zooms have no end event of their own). */
const STILL_MS = 160;
/**
 * A cached layer is painted over four times the view's area, in one go as a gesture starts; when the
 * script of a full paint of the view took longer than this (10,000 actors; rasterising it takes several
 * times more), the layer would be a long task, so the view as last painted is copied instead (ground
 * beyond it shows once the gesture ends).
 */
const LAYER_PAINT_BUDGET_MS = 12;

interface Layer {
  canvas: HTMLCanvasElement;
  /** The view's transform when the layer was painted, and the margin (CSS px) painted around that view. */
  transform: { k: number; x: number; y: number };
  margin: number;
  frame: Frame;
  /** A copy of the view on screen rather than a painting with a margin: kept for the whole gesture. */
  copied: boolean;
}

export function createFramePainter(root: HTMLElement, canvas: HTMLCanvasElement, source: PaintSource): FramePainter {
  const context = canvas.getContext('2d');
  let size = { width: 0, height: 0, dpr: 1 };
  let frameId = 0;
  let stillTimer = 0;
  let moving = false;
  let gestureStarted = false;
  let layer: Layer | null = null;
  let last: Frame | null = null;
  /** How long the last full paint of the view took. */
  let lastPaintMs = 0;
  /** The theme's colours: read from the page's CSS (a style recalculation) only after the theme changed. */
  let colours: CanvasColours | null = null;

  function resize(width: number, height: number) {
    const dpr = window.devicePixelRatio || 1;
    size = { width, height, dpr };
    canvas.width = Math.max(1, Math.round(width * dpr));
    canvas.height = Math.max(1, Math.round(height * dpr));
    layer = null;
    schedule();
  }

  function schedule() {
    if (frameId === 0) frameId = requestAnimationFrame(draw);
  }

  function baseFrame(transform: Frame['transform'], margin = 0): Omit<Frame, 'labels'> {
    return {
      width: size.width + 2 * margin,
      height: size.height + 2 * margin,
      dpr: size.dpr,
      transform: { k: transform.k, x: transform.x + margin, y: transform.y + margin },
      labelScale: source.labelScale(),
    };
  }

  function paintInto(target: CanvasRenderingContext2D, frame: Omit<Frame, 'labels'>): Frame {
    const full = source.placeLabels(frame);
    colours ??= source.colours();
    paintGraph(target, source.graph(), source.positions(), full, source.emphasis(), colours, source.live());
    return full;
  }

  function paintLayer(transform: Frame['transform']): Layer | null {
    if (lastPaintMs > LAYER_PAINT_BUDGET_MS && last) return copyOfView(last);
    const margin = Math.round(Math.max(size.width, size.height) / 2);
    const element = layer?.canvas ?? document.createElement('canvas');
    element.width = Math.round((size.width + 2 * margin) * size.dpr);
    element.height = Math.round((size.height + 2 * margin) * size.dpr);
    const layerContext = element.getContext('2d');
    if (!layerContext) return null;
    const frame = paintInto(layerContext, baseFrame(transform, margin));
    return { canvas: element, transform: { ...transform }, margin, frame, copied: false };
  }

  /** The view as it is on screen now (drawn at `frame`'s transform), as a layer without margin. */
  function copyOfView(frame: Frame): Layer | null {
    const element = document.createElement('canvas');
    element.width = canvas.width;
    element.height = canvas.height;
    element.getContext('2d')?.drawImage(canvas, 0, 0);
    return { canvas: element, transform: { ...frame.transform }, margin: 0, frame, copied: true };
  }

  /** Whether the layer covers the whole view at `transform`. */
  function covers(cached: Layer, transform: Frame['transform']): boolean {
    const toLayer = (screen: number, axis: 'x' | 'y') =>
      ((screen - transform[axis]) * cached.transform.k) / transform.k + cached.transform[axis] + cached.margin;
    const inside = (value: number, extent: number) => value >= -0.5 && value <= extent + 2 * cached.margin + 0.5;
    return (
      inside(toLayer(0, 'x'), size.width) &&
      inside(toLayer(size.width, 'x'), size.width) &&
      inside(toLayer(0, 'y'), size.height) &&
      inside(toLayer(size.height, 'y'), size.height)
    );
  }

  function blit(cached: Layer, transform: Frame['transform']) {
    if (!context) return;
    const scale = transform.k / cached.transform.k;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.setTransform(
      scale,
      0,
      0,
      scale,
      size.dpr * (transform.x - scale * (cached.transform.x + cached.margin)),
      size.dpr * (transform.y - scale * (cached.transform.y + cached.margin)),
    );
    context.drawImage(cached.canvas, 0, 0);
    last = { ...cached.frame, width: size.width, height: size.height, transform };
  }

  function draw() {
    frameId = 0;
    if (!context || size.width === 0 || size.height === 0) return;
    const transform = { ...source.transform() };
    const sameScale = layer !== null && layer.transform.k === transform.k;
    if (moving && !source.live()) {
      if (!layer || (!layer.copied && ((gestureStarted && !sameScale) || !covers(layer, transform)))) layer = paintLayer(transform);
      gestureStarted = false;
      if (layer) return blit(layer, transform);
    }
    // At rest: the cached layer, when it was painted at this very scale, is the crisp drawing already.
    if (!source.live() && layer && sameScale && covers(layer, transform)) return blit(layer, transform);
    if (layer?.copied) layer = null;
    const started = performance.now();
    last = paintInto(context, baseFrame(transform));
    lastPaintMs = performance.now() - started;
  }

  const resizeObserver = new ResizeObserver(([entry]) => {
    if (entry) resize(entry.contentRect.width, entry.contentRect.height);
  });
  resizeObserver.observe(root);
  const box = root.getBoundingClientRect();
  resize(box.width, box.height);
  // A theme switch restyles the page without a new scene: repaint with the new colours.
  const onTheme = () => {
    colours = null;
    painter.contentChanged(false);
  };
  const themeObserver = new MutationObserver(onTheme);
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  const darkQuery = window.matchMedia?.('(prefers-color-scheme: dark)');
  darkQuery?.addEventListener('change', onTheme);

  const painter: FramePainter = {
    contentChanged() {
      layer = null;
      schedule();
    },
    viewMoved() {
      if (!moving) gestureStarted = true;
      moving = true;
      clearTimeout(stillTimer);
      stillTimer = window.setTimeout(() => painter.viewSettled(), STILL_MS);
      schedule();
    },
    viewSettled() {
      clearTimeout(stillTimer);
      moving = false;
      schedule();
    },
    lastFrame: () => last,
    destroy() {
      cancelAnimationFrame(frameId);
      clearTimeout(stillTimer);
      resizeObserver.disconnect();
      themeObserver.disconnect();
      darkQuery?.removeEventListener('change', onTheme);
      layer = null;
    },
  };
  return painter;
}
