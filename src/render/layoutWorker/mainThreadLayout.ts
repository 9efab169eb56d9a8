import type { LayoutEngine, LayoutTick } from '../layoutEngine.ts';
import { createForceLayout, type ForceLayout } from './forceLayout.ts';
import { animationFrames, type FrameScheduler } from './frames.ts';
import { PIN_ALPHA } from './layoutHost.ts';

// The layout on the main thread, for graphs small enough that a few ticks fit in a frame (a tick costs
// under a millisecond at 200 actors) and for tests. Same simulation as the worker's, so the same graph
// comes to rest at the same positions whichever engine runs it.

/** Time the layout may take of a frame, leaving the rest to drawing. */
const FRAME_BUDGET_MS = 6;
/** At most this many ticks a frame, so the motion stays one the eye can follow. */
const MAX_TICKS_PER_FRAME = 4;

export interface MainThreadLayoutOptions {
  frames?: FrameScheduler;
  now?: () => number;
}

export function createMainThreadLayout({
  frames = animationFrames,
  now = () => performance.now(),
}: MainThreadLayoutOptions = {}): LayoutEngine {
  const handlers = new Set<(tick: LayoutTick) => void>();
  let layout: ForceLayout | null = null;
  /** Two arrays in turn: the one handed out last stays valid until the next tick is handed out. */
  let buffers: [Float32Array, Float32Array] = [new Float32Array(0), new Float32Array(0)];
  let frame: number | null = null;

  function emit() {
    if (!layout) return;
    buffers = [buffers[1], buffers[0]];
    const tick: LayoutTick = { positions: layout.writePositions(buffers[0]), alpha: layout.alpha(), settled: layout.settled() };
    for (const handler of handlers) handler(tick);
  }

  function runFrame() {
    frame = null;
    if (!layout) return;
    const started = now();
    let ticks = 0;
    while (!layout.settled() && ticks < MAX_TICKS_PER_FRAME && (ticks === 0 || now() - started < FRAME_BUDGET_MS)) {
      layout.tick();
      ticks++;
    }
    emit();
    if (!layout.settled()) frame = frames.request(runFrame);
  }

  function wake() {
    if (frame === null && layout) frame = frames.request(runFrame);
  }

  return {
    start(nodes, links, known) {
      layout = createForceLayout(nodes, links, known);
      buffers = [new Float32Array(nodes.length * 2), new Float32Array(nodes.length * 2)];
      wake();
    },
    onTick(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    pin(index, position) {
      layout?.pin(index, position, PIN_ALPHA);
      wake();
    },
    unpinAll() {
      layout?.unpinAll(PIN_ALPHA);
      wake();
    },
    reheat(alpha) {
      layout?.reheat(alpha);
      wake();
    },
    destroy() {
      if (frame !== null) frames.cancel(frame);
      frame = null;
      layout = null;
      handlers.clear();
    },
  };
}
