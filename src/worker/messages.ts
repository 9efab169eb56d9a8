import type { SourceDocument } from '../extract/types.ts';
import type { CompactGraph } from './compactGraph.ts';

// The only messages that cross the worker boundary. Each request carries an id so the client can
// match replies to requests and drop replies to requests it has since given up on.

export type ExtractRequest =
  /** `sliced`: the documents whose texts came ahead as `text` messages, left empty here (textSlices.ts). */
  | { kind: 'extract'; id: number; documents: SourceDocument[]; sliced?: number[] }
  /** A slice of a long text of request `id`'s document `document`, in order, before the request. */
  | { kind: 'text'; id: number; document: number; slice: string }
  /** Stops that request at its next part; the worker keeps its loaded language model for the next one. */
  | { kind: 'cancel'; id: number };

export type ExtractReply =
  /** After each part: `done` of `total` UTF-8 bytes of the documents read. */
  | { kind: 'progress'; id: number; done: number; total: number }
  /** The graph without the documents' texts (the page has them), its spans packed into typed arrays. */
  | { kind: 'extracted'; id: number; graph: CompactGraph }
  | { kind: 'failed'; id: number; message: string }; // shown to the user as is
