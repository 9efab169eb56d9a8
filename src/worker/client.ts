import type { GraphDocument, SourceDocument } from '../extract/types.ts';
import { expandGraph } from './compactGraph.ts';
import type { ExtractReply, ExtractRequest } from './messages.ts';
import { requestMessages } from './textSlices.ts';

// A promise face on the extraction worker. Every outcome is a value: the caller never sees a
// rejection, only `{ ok: false, message }` worded for the person reading the screen.

export type ExtractResult =
  | { ok: true; graph: GraphDocument }
  /**
   * `superseded`: a newer request replaced this one before its reply came; nothing to show.
   * `cancelled`: the caller called it off (cancel, or its signal aborted); nothing changes.
   */
  | { ok: false; message: string; superseded?: true; cancelled?: true };

/** How far a read has got: `done` of `total` UTF-8 bytes of the documents. */
export interface ReadProgress {
  done: number;
  total: number;
}

/** What a caller may attach to one read: a progress listener, and a signal that calls the read off. */
export interface ReadingControls {
  onProgress?: (progress: ReadProgress) => void;
  signal?: AbortSignal;
}

export interface ExtractClient {
  extract(documents: SourceDocument[], controls?: ReadingControls): Promise<ExtractResult>;
  /** Calls off the read in progress, if any: it resolves as cancelled and the worker stops at its next part. */
  cancel(): void;
  /** Starts the worker ahead of the first text, so its script and language model load while the page starts. */
  warmUp(): void;
  dispose(): void;
}

/** The part of `Worker` the client relies on, so tests can hand it a fake. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

export function startExtractWorker(): WorkerLike {
  return new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
}

interface PendingRequest {
  id: number;
  documents: SourceDocument[];
  onProgress?: (progress: ReadProgress) => void;
  resolve: (result: ExtractResult) => void;
}

/**
 * The request told the page's core count: a worker's own navigator says the same on a real machine, but only the
 * page's follows the browser's emulation (DevTools, the e2e test of two readers).
 */
function withPageCores(message: ExtractRequest): ExtractRequest {
  const cores = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency;
  return message.kind === 'extract' && cores !== undefined ? { ...message, cores } : message;
}

/** Between slices of a big reply's unpacking, the page gets its turn (input, paint). */
const toThePage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createExtractClient(startWorker: () => WorkerLike = startExtractWorker, pause: () => Promise<void> = toThePage): ExtractClient {
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

  const receive = async (reply: ExtractReply) => {
    // A reply to a request that was replaced, or that already failed, is stale: ignore it.
    const request = pending;
    if (!request || reply?.id !== request.id) return;
    if (reply.kind === 'progress') return request.onProgress?.({ done: reply.done, total: reply.total });
    if (reply.kind === 'failed') return settle({ ok: false, message: reply.message });
    const graph = await expandGraph(reply.graph, request.documents, pause);
    // Replaced or called off while the graph was unpacked.
    if (pending === request) settle({ ok: true, graph });
  };

  const connect = (): WorkerLike => {
    const started = startWorker();
    started.addEventListener('message', (event: MessageEvent<ExtractReply>) => void receive(event.data));
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

  /** Posts the rest of a request's messages a task apart, until the request is replaced or called off. */
  const postInTurn = async (target: WorkerLike, id: number, messages: readonly ExtractRequest[]) => {
    for (const message of messages) {
      await pause();
      if (pending?.id !== id || worker !== target) return;
      try {
        target.postMessage(message);
      } catch (error) {
        abandonWorker(`the article reader could not be handed the text (${error instanceof Error ? error.message : String(error)})`);
      }
    }
  };

  const cancel = () => {
    if (!pending) return;
    const request: ExtractRequest = { kind: 'cancel', id: pending.id };
    worker?.postMessage(request);
    settle({ ok: false, message: 'the reading was cancelled', cancelled: true });
  };

  return {
    extract(documents, controls = {}) {
      settle({ ok: false, message: 'replaced by a newer request', superseded: true });
      const id = ++lastId;
      return new Promise<ExtractResult>((resolve) => {
        pending = { id, documents, onProgress: controls.onProgress, resolve };
        controls.signal?.addEventListener('abort', () => pending?.id === id && cancel(), { once: true });
        try {
          worker ??= connect();
          // An article's request goes at once; a long text goes a slice per task, then its request (textSlices.ts).
          const [first, ...rest] = requestMessages(id, documents).map(withPageCores);
          worker.postMessage(first);
          if (rest.length > 0) void postInTurn(worker, id, rest);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          abandonWorker(`this browser could not start the article reader (${reason})`);
        }
      });
    },
    cancel,
    warmUp() {
      try {
        worker ??= connect();
      } catch {
        // Nothing to say yet: the first text tries again and tells the reader why it cannot be read.
      }
    },
    dispose() {
      abandonWorker('the article reader was closed');
    },
  };
}
