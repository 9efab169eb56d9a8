import { extractPart, type DocumentPart } from '../extract/index.ts';
import type { SourceDocument } from '../extract/types.ts';
import type { SecondReaderReply, SecondReaderRequest } from './messages.ts';

// The second extraction worker's side (partSchedule.ts): it holds one request's documents, reads the parts it is
// handed in the order handed, and sends each part's graph back to the first worker. Between parts it returns to its
// event loop, where the next part, or a stop, arrives.

/** The part of a worker's global scope the second reader uses, so tests can hand it a fake. */
export interface ReaderScope {
  postMessage(message: SecondReaderReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SecondReaderRequest>) => void): void;
}

/** Serves part reading on `scope`; `prepare` builds the language model before the first part is asked for. */
export function serveParts(scope: ReaderScope, prepare: () => void, nextTurn: () => Promise<void>): void {
  let current: { id: number; documents: SourceDocument[] } | null = null;
  let queue: Array<{ index: number; part: DocumentPart }> = [];
  let reading = false;

  const readQueued = async () => {
    reading = true;
    try {
      for (let next = queue.shift(); next && current; next = queue.shift()) {
        const { id, documents } = current;
        scope.postMessage({ kind: 'part-read', id, index: next.index, graph: extractPart(documents, next.part) });
        await nextTurn();
      }
    } finally {
      reading = false;
    }
  };

  scope.addEventListener('message', ({ data: request }) => {
    if (request?.kind === 'documents') {
      current = { id: request.id, documents: request.documents };
      queue = [];
      prepare();
      scope.postMessage({ kind: 'ready', id: request.id });
    } else if (request?.kind === 'part' && request.id === current?.id) {
      queue.push({ index: request.index, part: request.part });
      if (!reading) void readQueued();
    } else if (request?.kind === 'stop' && request.id === current?.id) {
      current = null;
      queue = [];
    }
  });
}
