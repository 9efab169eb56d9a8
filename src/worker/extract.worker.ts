/// <reference lib="webworker" />
import { extractPart, graphOfParts, partsOf, prepareExtractor, utf8Length, type PartGraph } from '../extract/index.ts';
import type { SourceDocument } from '../extract/types.ts';
import { compactGraph } from './compactGraph.ts';
import type { ExtractReply, ExtractRequest } from './messages.ts';
import { createTextInbox } from './textSlices.ts';

// Parsing runs here so the page stays responsive while the language model loads and reads the text. A long text
// is read part by part: after each part the worker reports progress and returns to its event loop, where a
// cancel or a newer request can arrive; the stale request then stops at that part boundary.
// extractGraph's stages are specified never to throw; the catch turns a bug into a message rather than a silent hang.

declare const self: DedicatedWorkerGlobalScope;

/** The request being read; any other one still in the loop is stale and stops at its next part. */
let current: number | null = null;
/** Long texts' slices, sent ahead of their request. */
const inbox = createTextInbox();

self.addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  const request = event.data;
  if (request?.kind === 'text') inbox.take(request);
  else if (request?.kind === 'cancel') {
    if (current === request.id) current = null;
    inbox.drop(request.id);
  } else if (request?.kind === 'extract') {
    current = request.id;
    void read(request.id, inbox.documentsOf(request));
  }
});

// The page starts the worker as it opens (client.ts, warmUp): the language model is built while the page reads its
// saved workspace and draws its first frame, not after the first text arrives. A text arriving meanwhile waits
// for it either way.
setTimeout(prepareExtractor, 0);

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function read(id: number, documents: SourceDocument[]): Promise<void> {
  try {
    const parts = partsOf(documents);
    const total = documents.reduce((bytes, d) => bytes + utf8Length(d.text), 0);
    const graphs: PartGraph[] = [];
    let done = 0;
    for (const part of parts) {
      graphs.push(extractPart(documents, part));
      done += utf8Length(documents[part.documentIndex]!.text.slice(part.start, part.end));
      post({ kind: 'progress', id, done, total });
      await nextTurn();
      if (current !== id) return;
    }
    const { graph, transfer } = compactGraph(graphOfParts(documents, graphs));
    self.postMessage({ kind: 'extracted', id, graph } satisfies ExtractReply, transfer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    post({ kind: 'failed', id, message: `the reader stopped on an error (${reason})` });
  } finally {
    if (current === id) current = null;
  }
}

function post(reply: ExtractReply): void {
  self.postMessage(reply);
}
