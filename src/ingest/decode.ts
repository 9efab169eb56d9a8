// Bytes → text, or the plain reason they are not text.
import { runSteps } from '../lib/steps.ts';
import { decodeWindows1252 } from './windows1252.ts';

/** The encoding a file's bytes were read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = { ok: true; text: string; encoding: TextEncoding } | { ok: false; reason: string };

/**
 * More control characters than this share of the text, and it is binary data that merely happened to decode:
 * random bytes give about one in ten; real text has a stray form feed or escape at most.
 */
const MAX_CONTROL_SHARE = 0.03;

/** Bytes decoded and checked per step: a few milliseconds of work, so a page can do other things in between. */
export const SLICE_BYTES = 1 << 20;

/**
 * Reads bytes as text. UTF-8 first (a leading byte-order mark is dropped); UTF-16 only with its byte-order mark;
 * windows-1252 (what older Windows editors save) only when the bytes are clearly not UTF-8: they fail to decode
 * and hold no well-formed multi-byte UTF-8 sequence at all. A file with NUL bytes, or one that decodes to mostly
 * control characters, is binary.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  return runSteps(decodeSteps(bytes));
}

/**
 * The work of decodeText as steps of one slice each (a generator yields between them): run with a pause between
 * steps (runStepsPausing), a 20 MB file never holds the page for long.
 */
export function* decodeSteps(bytes: Uint8Array): Generator<void, DecodedText> {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return yield* decodedInSlices(bytes, new TextDecoder(utf16), utf16);
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
    if (bytes.subarray(at, at + SLICE_BYTES).includes(0)) return { ok: false, reason: 'it holds NUL bytes, which text never does' };
    yield;
  }
  try {
    return yield* decodedInSlices(bytes, new TextDecoder('utf-8', { fatal: true }), 'utf-8');
  } catch {
    if (hasMultiByteUtf8(bytes)) {
      return { ok: false, reason: 'it is neither valid UTF-8 nor a single-byte encoding: part of it is UTF-8, part is not' };
    }
    return checkedText([decodeWindows1252(bytes)], 'windows-1252');
  }
}

/** Bytes through a streaming decoder a slice at a time (a character split between two slices is carried over). */
function* decodedInSlices(bytes: Uint8Array, decoder: TextDecoder, encoding: TextEncoding): Generator<void, DecodedText> {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
    parts.push(decoder.decode(bytes.subarray(at, at + SLICE_BYTES), { stream: at + SLICE_BYTES < bytes.length }));
    yield;
  }
  if (bytes.length === 0) parts.push(decoder.decode(bytes));
  return yield* checkedTextInSlices(parts, encoding);
}

function utf16Encoding(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function checkedText(parts: readonly string[], encoding: TextEncoding): DecodedText {
  return runSteps(checkedTextInSlices(parts, encoding));
}

/** The decoded parts joined into the text, unless too many of their characters are control characters. */
function* checkedTextInSlices(parts: readonly string[], encoding: TextEncoding): Generator<void, DecodedText> {
  let controls = 0;
  let length = 0;
  for (const part of parts) {
    controls += controlCount(part);
    length += part.length;
    yield;
  }
  const share = length === 0 ? 0 : controls / length;
  if (share > MAX_CONTROL_SHARE) {
    return { ok: false, reason: `${Math.round(share * 100)}% of it are control characters, which text hardly has` };
  }
  return { ok: true, text: parts.join(''), encoding };
}

// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g;

function controlCount(text: string): number {
  return text.match(CONTROL)?.length ?? 0;
}

/** True when some lead byte is followed by the continuation bytes it announces, as UTF-8 text has and 1252 text hardly ever. */
function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) continue;
    let continued = true;
    for (let k = 1; k < length; k++) continued &&= (bytes[i + k]! & 0xc0) === 0x80;
    if (continued) return true;
  }
  return false;
}
