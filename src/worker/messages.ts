import type { GraphDocument, SourceDocument } from '../extract/types.ts';

// The only messages that cross the worker boundary. Each request carries an id so the client can
// match replies to requests and drop replies to requests it has since given up on.

export type ExtractRequest = { kind: 'extract'; id: number; documents: SourceDocument[] };

export type ExtractReply =
  | { kind: 'extracted'; id: number; graph: GraphDocument }
  | { kind: 'failed'; id: number; message: string }; // shown to the user as is
