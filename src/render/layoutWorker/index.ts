// The force layout behind the LayoutEngine contract (../layoutEngine.ts), run on the main thread or in a
// worker with the same simulation (forceLayout.ts), so both give the same positions for the same graph.
export { createMainThreadLayout } from './mainThreadLayout.ts';
export type { MainThreadLayoutOptions } from './mainThreadLayout.ts';
export { createWorkerLayout } from './workerLayout.ts';
