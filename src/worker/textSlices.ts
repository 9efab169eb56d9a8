import type { SourceDocument } from '../extract/types.ts';
import type { ExtractRequest } from './messages.ts';

// A message to the worker is copied whole in the task that posts it: a 10 MB text in one request held the page
// 60 ms (load 15) in the task that opened the file. A long text goes as slices instead, one message each, which the
// client posts a task apart; the request follows with those texts left out, and the worker puts them back.

/** Characters per message: one is copied in a few milliseconds. */
export const SLICE_CHARS = 1 << 20;

type ExtractMessage = Extract<ExtractRequest, { kind: 'extract' }>;
type TextSlice = Extract<ExtractRequest, { kind: 'text' }>;

/** The messages that carry one request: each long text's slices in order, then the request itself. */
export function requestMessages(id: number, documents: readonly SourceDocument[]): Array<TextSlice | ExtractMessage> {
  const sliced = documents.flatMap((document, index) => (document.text.length > SLICE_CHARS ? [index] : []));
  if (sliced.length === 0) return [{ kind: 'extract', id, documents: [...documents] }];
  const slices = sliced.flatMap((index) => {
    const { text } = documents[index]!;
    return Array.from({ length: Math.ceil(text.length / SLICE_CHARS) }, (_, k): TextSlice => ({
      kind: 'text',
      id,
      document: index,
      slice: text.slice(k * SLICE_CHARS, (k + 1) * SLICE_CHARS),
    }));
  });
  const request: ExtractMessage = { kind: 'extract', id, documents: documents.map((d, i) => (sliced.includes(i) ? { ...d, text: '' } : d)), sliced };
  return [...slices, request];
}

/** The worker's side: slices kept as they come, for the request that follows them. */
export interface TextInbox {
  take(message: TextSlice): void;
  /** The request's documents, the texts sent as slices put back; the slices are then let go. */
  documentsOf(request: ExtractMessage): SourceDocument[];
  /** Lets go of the slices of request `id` (called off before its request came). */
  drop(id: number): void;
}

export function createTextInbox(): TextInbox {
  let id: number | null = null;
  let slices = new Map<number, string[]>();
  const drop = (dropped: number) => {
    if (dropped !== id) return;
    id = null;
    slices = new Map();
  };
  return {
    take(message) {
      // Slices of a newer request: those of an older one will not be asked for.
      if (message.id !== id) {
        id = message.id;
        slices = new Map();
      }
      const parts = slices.get(message.document) ?? [];
      parts.push(message.slice);
      slices.set(message.document, parts);
    },
    documentsOf(request) {
      const ours = request.id === id ? slices : new Map<number, string[]>();
      drop(request.id);
      return request.documents.map((document, index) =>
        request.sliced?.includes(index) ? { ...document, text: (ours.get(index) ?? []).join('') } : document,
      );
    },
    drop,
  };
}
