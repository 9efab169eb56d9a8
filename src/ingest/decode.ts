// Bytes → text, or the plain reason they are not text.
import { decodeWindows1252 } from './windows1252.ts';

/** The encoding a file's bytes were read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = { ok: true; text: string; encoding: TextEncoding } | { ok: false; reason: string };

/**
 * More control characters than this share of the text, and it is binary data that merely happened to decode:
 * random bytes give about one in ten; real text has a stray form feed or escape at most.
 */
const MAX_CONTROL_SHARE = 0.03;

/**
 * Reads bytes as text. UTF-8 first (a leading byte-order mark is dropped); UTF-16 only with its byte-order mark;
 * windows-1252 (what older Windows editors save) only when the bytes are clearly not UTF-8: they fail to decode
 * and hold no well-formed multi-byte UTF-8 sequence at all. A file with NUL bytes, or one that decodes to mostly
 * control characters, is binary.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return checkedText(new TextDecoder(utf16).decode(bytes), utf16);
  if (bytes.includes(0)) return { ok: false, reason: 'it holds NUL bytes, which text never does' };
  try {
    return checkedText(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    if (hasMultiByteUtf8(bytes)) {
      return { ok: false, reason: 'it is neither valid UTF-8 nor a single-byte encoding: part of it is UTF-8, part is not' };
    }
    return checkedText(decodeWindows1252(bytes), 'windows-1252');
  }
}

function utf16Encoding(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function checkedText(text: string, encoding: TextEncoding): DecodedText {
  const share = controlShare(text);
  if (share > MAX_CONTROL_SHARE) {
    return { ok: false, reason: `${Math.round(share * 100)}% of it are control characters, which text hardly has` };
  }
  return { ok: true, text, encoding };
}

/** The share of characters that are neither printable nor layout (tab, line breaks, form feed), C1 controls included. */
export function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const layout = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
    if ((code < 0x20 && !layout) || (code >= 0x7f && code <= 0x9f) || code === 0xfffd) controls++;
  }
  return controls / text.length;
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
