/// <reference lib="webworker" />
import { prepareExtractor } from '../extract/index.ts';
import type { SourceDocument } from '../extract/types.ts';
import { compactGraph } from './compactGraph.ts';
import type { ExtractReply, ExtractRequest } from './messages.ts';
import { readParts } from './readParts.ts';
import { createSecondReader, type SecondWorkerLike } from './secondReader.ts';
import { serveParts } from './serveParts.ts';
import { createTextInbox } from './textSlices.ts';

// Parsing runs here so the page stays responsive while the language model loads and reads the text. A long text
// is read part by part: after each part the worker reports progress and returns to its event loop, where a
// cancel or a newer request can arrive; the stale request then stops at that part boundary. For a long text this
// worker starts this same script a second time, as the second reader of the text's parts (readParts.ts), so both
// cores read.
// extractGraph's stages are specified never to throw; the catch turns a bug into a message rather than a silent hang.

declare const self: DedicatedWorkerGlobalScope;

/** The name this script is started under as the second reader of a long text's parts (partSchedule.ts). */
const SECOND_READER_NAME = 'actorgraph-second-reader';

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

if (self.name === SECOND_READER_NAME) serveParts(self, prepareExtractor, nextTurn);
else serveRequests();

function serveRequests(): void {
  /** The request being read; any other one still in the loop is stale and stops at its next part. */
  let current: number | null = null;
  /** Long texts' slices, sent ahead of their request. */
  const inbox = createTextInbox();
  // This same script, started again from here: the page never carries the part graphs between the two.
  const second = typeof Worker === 'undefined'
    ? null
    : createSecondReader(() => new Worker(import.meta.url, { type: 'module', name: SECOND_READER_NAME }) as SecondWorkerLike);

  const read = async (id: number, documents: SourceDocument[], cores: number | undefined): Promise<void> => {
    try {
      const graph = await readParts(id, documents, {
        second,
        cores,
        isCurrent: () => current === id,
        onProgress: (done, total) => post({ kind: 'progress', id, done, total }),
        nextTurn,
      });
      if (!graph) return;
      const { graph: compact, transfer } = compactGraph(graph);
      self.postMessage({ kind: 'extracted', id, graph: compact } satisfies ExtractReply, transfer);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      post({ kind: 'failed', id, message: `the reader stopped on an error (${reason})` });
    } finally {
      if (current === id) current = null;
    }
  };

  self.addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
    const request = event.data;
    if (request?.kind === 'text') inbox.take(request);
    else if (request?.kind === 'cancel') {
      if (current === request.id) current = null;
      inbox.drop(request.id);
    } else if (request?.kind === 'extract') {
      current = request.id;
      void read(request.id, inbox.documentsOf(request), request.cores ?? navigator.hardwareConcurrency);
    }
  });

  // The page starts the worker as it opens (client.ts, warmUp): the language model is built while the page reads its
  // saved workspace and draws its first frame, not after the first text arrives. A text arriving meanwhile waits
  // for it either way.
  setTimeout(prepareExtractor, 0);
}

function post(reply: ExtractReply): void {
  self.postMessage(reply);
}
