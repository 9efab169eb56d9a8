// While the view follows a layout that still moves, the fitted zoom changes a hair on every tick. In SVG a change
// of scale is dear where a change of translation is not: Chrome lays out every <text> under the scaled group
// again (it shapes text at its on-screen size), the largest part of a frame at 200 actors. So the followed scale
// changes only now and then: when the graph would leave the view, it steps down a little below the fit (room
// for the graph to go on growing), and up again only once the fit has grown well past it; in between, the view
// only recentres. At rest the view fits exactly again (the renderer fits it when the layout ends).

/** Scales shown while following sit on a ladder of steps this far apart, so the same fit gives the same scale. */
export const SCALE_STEP = 1.01;
/** A new scale leaves this much room below the fit, so an unfolding graph goes on growing for a while within it. */
export const HEADROOM = 1.03;
/** The scale shown is kept until the fit is this many times larger (a graph drawing in); above HEADROOM × SCALE_STEP. */
export const ZOOM_IN_AT = 1.05;

/**
 * The scale to show while following the layout, given the scale shown now (null: none yet) and the scale that
 * would fit the graph exactly. Never above `fitted`; the same as `current` while `fitted` stays between it and
 * ZOOM_IN_AT times it.
 */
export function steadyScale(current: number | null, fitted: number): number {
  if (!(fitted > 0) || !Number.isFinite(fitted)) return fitted;
  if (current !== null && current <= fitted && fitted < current * ZOOM_IN_AT) return current;
  const room = fitted / HEADROOM;
  const step = SCALE_STEP ** Math.floor(Math.log(room) / Math.log(SCALE_STEP));
  // Rounding may land a hair above an exact step.
  return step > room ? step / SCALE_STEP : step;
}
