import type { LayoutEngine, LayoutTick } from '../layoutEngine.ts';
import { animationFrames, type FrameScheduler } from './frames.ts';
import { createMainThreadLayout } from './mainThreadLayout.ts';
import type { LayoutReply, LayoutRequest } from './protocol.ts';

// The layout in a worker, for large graphs: a tick at 10,000 actors costs 50 ms or more, which on the
// main thread would freeze the page. The page side only passes messages on and hands the newest
// positions to the renderer once per animation frame. Should the worker fail (it could not load, or
// threw), the same layout carries on in the main thread: slower, but the graph still gets laid out.

/** What the page needs of a worker (a real one, or a fake in tests). */
export interface LayoutWorkerPort {
  postMessage(request: LayoutRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<LayoutReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export function createLayoutWorker(): LayoutWorkerPort {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
}

export function createWorkerLayout(
  worker: LayoutWorkerPort = createLayoutWorker(),
  frames: FrameScheduler = animationFrames,
): LayoutEngine {
  const handlers = new Set<(tick: LayoutTick) => void>();
  let generation = 0;
  /** The newest positions from the worker, not yet handed to the renderer. */
  let waiting: LayoutReply | null = null;
  /** The positions handed out last: the renderer may draw from them until the next are handed out. */
  let shown: Float32Array | null = null;
  let frame: number | null = null;
  /** The main-thread engine taking over from a failed worker. */
  let fallback: LayoutEngine | null = null;
  let lastStart: Parameters<LayoutEngine['start']> | null = null;

  const send = (request: LayoutRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);

  function deliver() {
    frame = null;
    const reply = waiting;
    waiting = null;
    if (!reply) return;
    const tick: LayoutTick = { positions: reply.positions, alpha: reply.alpha, settled: reply.settled };
    for (const handler of handlers) handler(tick);
    const previous = shown;
    shown = reply.positions;
    send({ kind: 'taken', generation: reply.generation, buffer: previous }, previous ? [previous.buffer] : []);
  }

  worker.onmessage = ({ data: reply }) => {
    if (reply.generation !== generation) {
      // Positions of a graph no longer laid out: nothing to draw, but the worker waits for the word.
      send({ kind: 'taken', generation: reply.generation, buffer: null });
      return;
    }
    // A frame not yet drawn is overtaken by a newer one; its array goes back to the worker.
    if (waiting) send({ kind: 'taken', generation, buffer: waiting.positions }, [waiting.positions.buffer]);
    waiting = reply;
    frame ??= frames.request(deliver);
  };

  worker.onerror = (event) => {
    event.preventDefault();
    if (fallback) return;
    worker.onmessage = null;
    worker.terminate();
    if (frame !== null) frames.cancel(frame);
    frame = null;
    fallback = createMainThreadLayout({ frames });
    fallback.onTick((tick) => {
      for (const handler of handlers) handler(tick);
    });
    if (lastStart) fallback.start(...lastStart);
  };

  return {
    start(nodes, links, known = new Map()) {
      lastStart = [nodes, links, known];
      if (fallback) return fallback.start(nodes, links, known);
      generation++;
      waiting = null;
      shown = null;
      send({ kind: 'start', generation, nodes, links, known });
    },
    onTick(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    pin: (index, position) => (fallback ? fallback.pin(index, position) : send({ kind: 'pin', index, position })),
    unpinAll: () => (fallback ? fallback.unpinAll() : send({ kind: 'unpin-all' })),
    reheat: (alpha) => (fallback ? fallback.reheat(alpha) : send({ kind: 'reheat', alpha })),
    destroy() {
      if (frame !== null) frames.cancel(frame);
      frame = null;
      handlers.clear();
      fallback?.destroy();
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    },
  };
}
