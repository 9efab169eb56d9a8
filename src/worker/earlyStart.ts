import { startExtractWorker, type WorkerLike } from './client.ts';

// The first graph waits on the worker's script and language model far more than on anything the page does. Started
// from the entry's first import, the worker is fetched while the rest of the page's modules are still evaluated
// (React, the panes: 0.1–0.3 s on this machine) rather than after them; the store's client adopts it.

let early: WorkerLike | null = null;

/** Starts the extraction worker now; a failure is left for the client, which starts its own and says why. */
export function startWorkerEarly(): void {
  try {
    early ??= startExtractWorker();
  } catch {
    early = null;
  }
}

/** The worker started early, handed over once; null if none was started or it was already taken. */
export function takeEarlyWorker(): WorkerLike | null {
  const worker = early;
  early = null;
  return worker;
}
