import type { LayoutEngine, LayoutTick } from '../layoutEngine.ts';
import { animationFrames, type FrameScheduler } from './frames.ts';
import type { LayoutReply, LayoutRequest } from './protocol.ts';

// The layout in a worker, for large graphs: a tick at 10,000 actors costs 50 ms or more, which on the
// main thread would freeze the page. The page side only passes messages on and hands the newest
// positions to the renderer once per animation frame.

/** What the page needs of a worker (a real one, or a fake in tests). */
export interface LayoutWorkerPort {
  postMessage(request: LayoutRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<LayoutReply>) => void) | null;
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

  return {
    start(nodes, links, known = new Map()) {
      generation++;
      waiting = null;
      shown = null;
      send({ kind: 'start', generation, nodes, links, known });
    },
    onTick(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    pin: (index, position) => send({ kind: 'pin', index, position }),
    unpinAll: () => send({ kind: 'unpin-all' }),
    reheat: (alpha) => send({ kind: 'reheat', alpha }),
    destroy() {
      if (frame !== null) frames.cancel(frame);
      frame = null;
      handlers.clear();
      worker.onmessage = null;
      worker.terminate();
    },
  };
}
