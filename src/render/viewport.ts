import type { LayoutNode } from './layout.ts';

// Fitting the graph into the view: pure arithmetic on bounds, so the renderer only applies the result.

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

/** Never blow a small graph up beyond this when fitting; the user may still zoom in further. */
const MAX_FIT_SCALE = 1.6;
const MIN_FIT_SCALE = 0.05;
/** Screen pixels kept free around the fitted graph. */
const PADDING = 20;
/** Height of a label line in graph units at zoom 1 (12px text and the gap to its disc). */
const LABEL_LINE_HEIGHT = 20;

/**
 * The box around every placed node's disc and label (its width estimated at zoom 1, where labels
 * are drawn at their nominal size), or null when there is nothing to fit.
 */
export function boundsOf(
  nodes: ReadonlyArray<Pick<LayoutNode, 'x' | 'y' | 'radius' | 'labelWidth' | 'labelAbove'>>,
): Bounds | null {
  const bounds: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const { x, y, radius, labelWidth, labelAbove } of nodes) {
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    const halfWidth = Math.max(radius, labelWidth / 2);
    bounds.minX = Math.min(bounds.minX, x - halfWidth);
    bounds.maxX = Math.max(bounds.maxX, x + halfWidth);
    bounds.minY = Math.min(bounds.minY, y - radius - (labelAbove ? LABEL_LINE_HEIGHT : 0));
    bounds.maxY = Math.max(bounds.maxY, y + radius + (labelAbove ? 0 : LABEL_LINE_HEIGHT));
  }
  return bounds.minX <= bounds.maxX ? bounds : null;
}

/** The zoom transform that shows `bounds` whole and centred in a `width` × `height` view. */
export function fitTransform(bounds: Bounds, width: number, height: number): ViewTransform {
  const k = Math.max(
    MIN_FIT_SCALE,
    Math.min(
      MAX_FIT_SCALE,
      Math.max(1, width - 2 * PADDING) / Math.max(1, bounds.maxX - bounds.minX),
      Math.max(1, height - 2 * PADDING) / Math.max(1, bounds.maxY - bounds.minY),
    ),
  );
  return {
    k,
    x: width / 2 - (k * (bounds.minX + bounds.maxX)) / 2,
    y: height / 2 - (k * (bounds.minY + bounds.maxY)) / 2,
  };
}
