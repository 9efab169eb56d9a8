import { createForceLayout, type ForceLayout } from './forceLayout.ts';
import type { LayoutReply, LayoutRequest } from './protocol.ts';

// The worker's side of the layout, as a message handler free of the worker itself so it is tested in
// node: it ticks the simulation in time slices (as many ticks as fit in ~10 ms, then it yields so the
// next message is read, a pin or a new graph), and posts positions when the page is ready for them.
// It runs at most one slice ahead of the page: with the last positions not yet taken, it ticks one more
// slice and then waits. Ticking on regardless kept a core busy that the page's frames (script, raster,
// compositing) shared on a two-core machine, and drew no more often: the page shows one frame's positions.

/** How long the worker ticks before it looks at its messages again. */
export const SLICE_MS = 10;
/** How hard a drag or an unpin warms the layout: enough for the neighbours to follow, not to reshuffle. */
export const PIN_ALPHA = 0.3;

export interface LayoutHostDependencies {
  post(reply: LayoutReply, transfer: Transferable[]): void;
  /** Runs `task` soon, after messages already waiting (in the worker: a MessageChannel round). */
  schedule(task: () => void): void;
  now(): number;
}

export function createLayoutHost({ post, schedule, now }: LayoutHostDependencies): (request: LayoutRequest) => void {
  let layout: ForceLayout | null = null;
  let generation = 0;
  /** Arrays the page gave back, to be filled again rather than allocated. */
  let spares: Float32Array[] = [];
  /** Positions posted and not yet taken: the next wait for the page, so messages never pile up. */
  let inFlight = false;
  /** The simulation moved (or was just set up) since positions were last posted. */
  let unsent = false;
  let sliceQueued = false;

  function sendPositions() {
    if (!layout || !unsent) return;
    // The last positions of a settling layout go even when the page is behind: they are the ones to keep.
    if (inFlight && !layout.settled()) return;
    const length = layout.nodeCount * 2;
    const spare = spares.pop();
    const positions = layout.writePositions(spare?.length === length ? spare : new Float32Array(length));
    post(
      { kind: 'positions', generation, positions, alpha: layout.alpha(), settled: layout.settled() },
      [positions.buffer],
    );
    inFlight = true;
    unsent = false;
  }

  function runSlice() {
    sliceQueued = false;
    if (!layout || layout.settled()) return;
    const started = now();
    do layout.tick();
    while (!layout.settled() && now() - started < SLICE_MS);
    unsent = true;
    // Positions still in flight: this slice ran ahead of the page, and the next waits until they are taken.
    const ahead = inFlight;
    sendPositions();
    if (!ahead) queueSlice();
  }

  function queueSlice() {
    if (sliceQueued || !layout || layout.settled()) return;
    sliceQueued = true;
    schedule(runSlice);
  }

  return (request) => {
    switch (request.kind) {
      case 'start':
        generation = request.generation;
        layout = createForceLayout(request.nodes, request.links, request.known);
        spares = [];
        inFlight = false;
        unsent = true;
        sendPositions();
        queueSlice();
        return;
      case 'taken':
        if (request.buffer && request.buffer.length === (layout?.nodeCount ?? -1) * 2) spares.push(request.buffer);
        if (request.generation !== generation) return;
        inFlight = false;
        sendPositions();
        queueSlice();
        return;
      case 'pin':
        layout?.pin(request.index, request.position, PIN_ALPHA);
        break;
      case 'unpin-all':
        layout?.unpinAll(PIN_ALPHA);
        break;
      case 'reheat':
        layout?.reheat(request.alpha);
        break;
    }
    unsent = true;
    queueSlice();
  };
}
