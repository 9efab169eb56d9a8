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
// Screen-pixel margins. Labels keep (nearly) the same size on screen at any zoom, so the room they
// need beside and below the outermost nodes is reserved in pixels, not graph units.
// On a phone, room for whole labels would squeeze the graph itself; there they may reach the edge.
const PADDING = 16;
const LABEL_HALF_WIDTH = 44;
const LABEL_HALF_WIDTH_SHARE = 1 / 16;
const LABEL_HEIGHT = 22;

/** The box around every placed node's disc, or null when there is nothing to fit. */
export function boundsOf(nodes: ReadonlyArray<{ x?: number; y?: number; radius: number }>): Bounds | null {
  const bounds: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const { x, y, radius } of nodes) {
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    bounds.minX = Math.min(bounds.minX, x - radius);
    bounds.minY = Math.min(bounds.minY, y - radius);
    bounds.maxX = Math.max(bounds.maxX, x + radius);
    bounds.maxY = Math.max(bounds.maxY, y + radius);
  }
  return bounds.minX <= bounds.maxX ? bounds : null;
}

/**
 * The zoom transform that shows `bounds` whole and centred in a `width` × `height` view, leaving
 * margins for the labels of the outermost nodes.
 */
export function fitTransform(bounds: Bounds, width: number, height: number): ViewTransform {
  const labelRoom = Math.min(LABEL_HALF_WIDTH, width * LABEL_HALF_WIDTH_SHARE);
  const left = PADDING + labelRoom;
  const right = width - PADDING - labelRoom;
  const top = PADDING;
  const bottom = height - PADDING - LABEL_HEIGHT;
  const k = Math.max(
    MIN_FIT_SCALE,
    Math.min(
      MAX_FIT_SCALE,
      Math.max(1, right - left) / Math.max(1, bounds.maxX - bounds.minX),
      Math.max(1, bottom - top) / Math.max(1, bounds.maxY - bounds.minY),
    ),
  );
  return {
    k,
    x: (left + right) / 2 - (k * (bounds.minX + bounds.maxX)) / 2,
    y: (top + bottom) / 2 - (k * (bounds.minY + bounds.maxY)) / 2,
  };
}
