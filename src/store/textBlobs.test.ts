import { describe, expect, it } from 'vitest';
import { runSteps } from '../lib/steps.ts';
import { blobSteps, CHARS_PER_STEP, LONG_TEXT, savedDocumentsOf, withTextsRead } from './textBlobs.ts';

const SENTENCE = 'Turkish President Recep Tayyip Erdogan warned Greece on Friday against any move in the Aegean. ';
/** A long text whose last character of a step's slice would be the first half of an emoji (two UTF-16 units). */
const LONG = `${'x'.repeat(CHARS_PER_STEP - 1)}🇬🇷 ${SENTENCE.repeat(2_000)}`;

describe('blobSteps', () => {
  it('writes a text as UTF-8 a slice per step, a character beyond U+FFFF cut nowhere', async () => {
    const steps = blobSteps(LONG);
    let count = 0;
    while (!steps.next().done) count += 1;
    expect(count).toBe(2);
    const blob = runSteps(blobSteps(LONG));
    expect(await blob.text()).toBe(LONG);
    expect(blob.size).toBe(new TextEncoder().encode(LONG).length);
  });
});

describe('savedDocumentsOf and withTextsRead', () => {
  it('saves a long text as a Blob and reads it back as the same text; an article’s text stays a string', async () => {
    const short = { id: 'a', title: 'Aegean', text: SENTENCE };
    const long = { id: 'b', title: 'Long', text: LONG };
    expect(LONG.length).toBeGreaterThan(LONG_TEXT);
    const saved = await savedDocumentsOf([short, long]);
    expect(saved[0]).toBe(short);
    expect(saved[1]).toEqual({ id: 'b', title: 'Long', textBlob: expect.any(Blob) });
    const workspace = { sources: saved, edits: [] };
    expect(await withTextsRead(workspace)).toEqual({ sources: [short, long], edits: [] });
  });

  it('builds a text’s Blob once: saved again (after an edit elsewhere) it is the same Blob', async () => {
    const long = { id: 'c', title: 'Long', text: LONG };
    const [first] = await savedDocumentsOf([long]);
    const [again] = await savedDocumentsOf([{ ...long, title: 'Renamed' }]);
    expect(again).toMatchObject({ title: 'Renamed' });
    expect((again as { textBlob: Blob }).textBlob).toBe((first as { textBlob: Blob }).textBlob);
  });

  it('leaves what holds no Blob as it was, for the caller to check', async () => {
    for (const value of [undefined, null, 'text', { sources: 'none' }, { sources: [{ id: 'a', title: 't', text: 'x' }] }]) {
      expect(await withTextsRead(value)).toEqual(value);
    }
  });
});
