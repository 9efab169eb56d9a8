import { describe, expect, it } from 'vitest';
import { decodeSteps, decodeText, SLICE_BYTES } from './decode.ts';
import { runStepsPausing } from '../lib/steps.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 and drops a leading byte-order mark', () => {
    expect(decodeText(utf8('\uFEFFErdoğan met Lavrov in Moscow — “talks”.'))).toEqual({
      ok: true,
      text: 'Erdoğan met Lavrov in Moscow — “talks”.',
      encoding: 'utf-8',
    });
  });

  it('reads windows-1252 when the bytes are clearly not UTF-8, curly quotes and euro sign included', () => {
    // "Syria’s “ceasefire” costs €5" as a Windows editor saves it: 0x92, 0x93, 0x94, 0x80 are single bytes.
    const bytes = new Uint8Array([...utf8('Syria'), 0x92, ...utf8('s '), 0x93, ...utf8('ceasefire'), 0x94, ...utf8(' costs '), 0x80, 0x35]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Syria’s “ceasefire” costs €5', encoding: 'windows-1252' });
    expect(decodeText(new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' in Montr'), 0xe9, 0x61, 0x6c]))).toMatchObject({ text: 'Café in Montréal' });
  });

  it('reads UTF-16 only with its byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x49, 0x00, 0x72, 0x00, 0x61, 0x00, 0x6e, 0x00]);
    expect(decodeText(le)).toEqual({ ok: true, text: 'Iran', encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x49, 0x00, 0x72, 0x00, 0x61, 0x00, 0x6e]);
    expect(decodeText(be)).toEqual({ ok: true, text: 'Iran', encoding: 'utf-16be' });
  });

  it('refuses bytes with NUL in them, as in every image, archive or program', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeText(png)).toEqual({ ok: false, reason: 'it holds NUL bytes, which text never does' });
  });

  it('refuses text that is mostly control characters, and a mix of UTF-8 and stray bytes', () => {
    const controls = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0x01 + (i % 20) : 0x41)));
    expect(decodeText(controls)).toMatchObject({ ok: false, reason: expect.stringContaining('control characters') });
    const mixed = new Uint8Array([...utf8('Erdoğan'), 0xff, 0xfe, 0x41]);
    expect(decodeText(mixed)).toMatchObject({ ok: false, reason: expect.stringContaining('part of it is UTF-8') });
  });

  it('accepts real text with a stray form feed or escape', () => {
    expect(decodeText(utf8(`Page one.\fPage two.\u001b ${'Russia condemned the strike. '.repeat(5)}`))).toMatchObject({ ok: true });
  });

  it('gives the same text a slice at a time, a character split between two slices included', async () => {
    const before = 'a'.repeat(SLICE_BYTES - 1); // 'ğ' is two bytes: the first ends the first slice
    const bytes = utf8(`${before}ğ and Erdoğan again.\u0007`);
    let pauses = 0;
    const sliced = await runStepsPausing(decodeSteps(bytes), async () => void pauses++);
    expect(sliced).toEqual(decodeText(bytes));
    expect(sliced).toMatchObject({ ok: true, text: `${before}ğ and Erdoğan again.\u0007` });
    expect(pauses).toBeGreaterThan(2);
  });
});
