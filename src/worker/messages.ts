import type { DocumentPart, PartGraph } from '../extract/index.ts';
import type { SourceDocument } from '../extract/types.ts';
import type { CompactGraph } from './compactGraph.ts';

// The only messages that cross the worker boundary. Each request carries an id so the client can
// match replies to requests and drop replies to requests it has since given up on.

export type ExtractRequest =
  /** `sliced`: the documents whose texts came ahead as `text` messages, left empty here (textSlices.ts). */
  /** `cores`: the page's logical cores, which decide whether a second worker reads too (partSchedule.ts). */
  | { kind: 'extract'; id: number; documents: SourceDocument[]; sliced?: number[]; cores?: number }
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

// Between the two extraction workers (partSchedule.ts): the first starts the second for a long text and hands it
// parts one at a time; the second sends each part's graph straight back, so part graphs never cross the page.
export type SecondReaderRequest =
  /** Request `id`'s documents; the parts to read follow. Replaces any earlier request's. */
  | { kind: 'documents'; id: number; documents: SourceDocument[] }
  /** Read part `index` (`part`) of request `id`'s documents. */
  | { kind: 'part'; id: number; index: number; part: DocumentPart }
  /** Request `id` is over (read, called off or replaced): its documents and unread parts are let go. */
  | { kind: 'stop'; id: number };

export type SecondReaderReply =
  /** The documents are in and the language model is built: parts may come. */
  | { kind: 'ready'; id: number }
  | { kind: 'part-read'; id: number; index: number; graph: PartGraph };
