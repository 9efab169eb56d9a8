import type { GraphDocument, SourceDocument } from '../extract/types.ts';
import type { ExtractReply, ExtractRequest } from './messages.ts';

// A promise face on the extraction worker. Every outcome is a value: the caller never sees a
// rejection, only `{ ok: false, message }` worded for the person reading the screen.

export type ExtractResult =
  | { ok: true; graph: GraphDocument }
  /** `superseded`: a newer request replaced this one before its reply came; nothing to show. */
  | { ok: false; message: string; superseded?: true };

export interface ExtractClient {
  extract(documents: SourceDocument[]): Promise<ExtractResult>;
  dispose(): void;
}

/** The part of `Worker` the client relies on, so tests can hand it a fake. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

export function startExtractWorker(): WorkerLike {
  return new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
}

interface PendingRequest {
  id: number;
  resolve: (result: ExtractResult) => void;
}

export function createExtractClient(startWorker: () => WorkerLike = startExtractWorker): ExtractClient {
  let worker: WorkerLike | null = null;
  let pending: PendingRequest | null = null;
  let lastId = 0;

  const settle = (result: ExtractResult) => {
    const current = pending;
    pending = null;
    current?.resolve(result);
  };

  // A crashed worker may hold half-built state: drop it, and the next request (a retry) starts afresh.
  const abandonWorker = (message: string) => {
    worker?.terminate();
    worker = null;
    settle({ ok: false, message });
  };

  const connect = (): WorkerLike => {
    const started = startWorker();
    started.addEventListener('message', (event: MessageEvent<ExtractReply>) => {
      const reply = event.data;
      // A reply to a request that was replaced, or that already failed, is stale: ignore it.
      if (!pending || reply?.id !== pending.id) return;
      settle(reply.kind === 'extracted' ? { ok: true, graph: reply.graph } : { ok: false, message: reply.message });
    });
    started.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault?.();
      const detail = event.message ? ` (${event.message})` : '';
      abandonWorker(`the article reader stopped unexpectedly${detail}`);
    });
    started.addEventListener('messageerror', () => {
      abandonWorker('the article reader sent back a result the page could not read');
    });
    return started;
  };

  return {
    extract(documents) {
      settle({ ok: false, message: 'replaced by a newer request', superseded: true });
      const id = ++lastId;
      return new Promise<ExtractResult>((resolve) => {
        pending = { id, resolve };
        try {
          worker ??= connect();
          const request: ExtractRequest = { kind: 'extract', id, documents };
          worker.postMessage(request);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          abandonWorker(`this browser could not start the article reader (${reason})`);
        }
      });
    },
    dispose() {
      abandonWorker('the article reader was closed');
    },
  };
}
