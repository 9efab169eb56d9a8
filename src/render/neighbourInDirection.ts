// Arrow keys on a focused actor walk along its links: the neighbour lying closest to the arrow's
// direction is next. Pure, on positions in graph units (y grows downwards, as on screen; the zoom
// only scales and shifts, so angles on screen are the same).

export type ArrowKey = 'ArrowRight' | 'ArrowDown' | 'ArrowLeft' | 'ArrowUp';

export interface PositionedActor {
  id: string;
  x: number;
  y: number;
}

/** The direction each arrow points on screen, in radians from the positive x axis. */
const ARROW_ANGLE: Record<ArrowKey, number> = {
  ArrowRight: 0,
  ArrowDown: Math.PI / 2,
  ArrowLeft: Math.PI,
  ArrowUp: -Math.PI / 2,
};

export function isArrowKey(key: string): key is ArrowKey {
  return key in ARROW_ANGLE;
}

/** Smallest angle between two directions, in [0, π]. */
function angleBetween(a: number, b: number): number {
  const difference = Math.abs(a - b) % (2 * Math.PI);
  return difference > Math.PI ? 2 * Math.PI - difference : difference;
}

/**
 * The id of the neighbour whose direction from `from` is closest to the arrow's; ties go to the
 * nearer one, then to the smaller id, so the same key always leads to the same actor. Every arrow
 * leads somewhere while there is a neighbour (with one neighbour, all four reach it); null when
 * there is none. A neighbour on the very same spot has no direction and is never chosen.
 */
export function neighbourInDirection(
  from: PositionedActor,
  neighbours: ReadonlyArray<PositionedActor>,
  arrow: ArrowKey,
): string | null {
  const wanted = ARROW_ANGLE[arrow];
  let best: { id: string; angle: number; distance: number } | null = null;
  for (const neighbour of neighbours) {
    const dx = neighbour.x - from.x;
    const dy = neighbour.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (neighbour.id === from.id || distance === 0) continue;
    const candidate = { id: neighbour.id, angle: angleBetween(Math.atan2(dy, dx), wanted), distance };
    if (!best || isBetter(candidate, best)) best = candidate;
  }
  return best?.id ?? null;
}

/** Angles within this (radians) count as equally close to the arrow. */
const ANGLE_TOLERANCE = 1e-9;

function isBetter(
  a: { id: string; angle: number; distance: number },
  b: { id: string; angle: number; distance: number },
): boolean {
  if (Math.abs(a.angle - b.angle) > ANGLE_TOLERANCE) return a.angle < b.angle;
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.id < b.id;
}
