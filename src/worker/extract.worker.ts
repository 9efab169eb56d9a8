/// <reference lib="webworker" />
import { extractGraph } from '../extract/index.ts';
import type { ExtractReply, ExtractRequest } from './messages.ts';

// Parsing runs here so the page stays responsive while the language model loads and reads the text.
// extractGraph is specified never to throw; the catch turns a bug into a message rather than a silent hang.

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  const request = event.data;
  if (request?.kind !== 'extract') return;
  self.postMessage(replyTo(request));
});

function replyTo(request: ExtractRequest): ExtractReply {
  try {
    return { kind: 'extracted', id: request.id, graph: extractGraph(request.documents) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', id: request.id, message: `the reader stopped on an error (${reason})` };
  }
}
