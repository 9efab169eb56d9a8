// The Canvas renderer for large graphs, loaded on first use (GraphView imports this module lazily),
// with its force layout in a worker: a tick costs ~8 ms at 2,000 actors and 50–60 ms at 10,000, which
// on the main thread would take the frames the canvas paints in.
import type { GraphRenderer } from '../GraphRenderer.ts';
import { createWorkerLayout } from '../layoutWorker/index.ts';
import { createCanvasRenderer } from './canvasRenderer.ts';

export function createLargeGraphRenderer(): GraphRenderer {
  return createCanvasRenderer(() => createWorkerLayout());
}
