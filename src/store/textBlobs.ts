import type { SourceDocument } from '../extract/types.ts';
import { runStepsPausing } from '../lib/steps.ts';

// A long document's text is saved as a Blob. IndexedDB clones a string whole in the task that writes it (a 10 MB
// text held the page some 40 ms, in the task that put its graph on screen), where a Blob is only referred to. The
// Blob is built a slice at a time between tasks, once per text: a later save (an edit) reuses it.

/** Texts longer than this are saved as Blobs; an article's text stays a string. */
export const LONG_TEXT = 256 * 1024;
/** Characters turned into bytes per step: a few milliseconds of work (a megabyte took 18–30 ms at load 12). */
export const CHARS_PER_STEP = 1 << 18;

/** A document as saved: its text, or for a long one the same text as a Blob of UTF-8. */
export type SavedDocument = SourceDocument | (Omit<SourceDocument, 'text'> & { textBlob: Blob });

/** The text as a Blob of UTF-8, a slice of CHARS_PER_STEP characters per step. */
export function* blobSteps(text: string): Generator<void, Blob> {
  const slices: Blob[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + CHARS_PER_STEP);
    // Never between the two halves of a character beyond U+FFFF: each half alone would be saved as U+FFFD.
    if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
    slices.push(new Blob([text.slice(from, to)]));
    from = to;
    yield;
  }
  return new Blob(slices, { type: 'text/plain;charset=utf-8' });
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The Blob of each long text saved, by document id: the same text saved again (after an edit) is not built again. */
const saved = new Map<string, { text: string; blob: Promise<Blob> }>();

/** The documents as they are saved: long texts as Blobs, built in steps the first time each is saved. */
export async function savedDocumentsOf(documents: readonly SourceDocument[]): Promise<SavedDocument[]> {
  for (const id of saved.keys()) if (!documents.some((document) => document.id === id)) saved.delete(id);
  return Promise.all(
    documents.map(async (document): Promise<SavedDocument> => {
      const { text, ...rest } = document;
      if (text.length <= LONG_TEXT) return document;
      let known = saved.get(document.id);
      if (known?.text !== text) {
        known = { text, blob: runStepsPausing(blobSteps(text)) };
        saved.set(document.id, known);
      }
      return { ...rest, textBlob: await known.blob };
    }),
  );
}

/** What was saved with its long texts read back as strings; anything else as it was (checked by the caller). */
export async function withTextsRead(value: unknown): Promise<unknown> {
  if (typeof value !== 'object' || value === null) return value;
  const { sources } = value as Record<string, unknown>;
  if (!Array.isArray(sources)) return value;
  const read = await Promise.all(
    sources.map(async (source: unknown) => {
      if (typeof source !== 'object' || source === null || !('textBlob' in source) || !(source.textBlob instanceof Blob)) return source;
      const { textBlob, ...rest } = source;
      return { ...rest, text: await textBlob.text() };
    }),
  );
  return { ...value, sources: read };
}
