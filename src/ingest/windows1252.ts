// windows-1252, what older Windows editors saved and what HTML reads "&#146;" as. Decoded here rather than with
// TextDecoder('windows-1252'): Node 20's drops the bytes 0x80–0x9F (curly quotes, dashes, the euro sign) that
// make this encoding differ from Latin-1, where browsers read them right.

/** The characters of bytes 0x80–0x9F; the five the encoding leaves undefined stay C1 controls, as WHATWG says. */
const C1_CHARACTERS = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The character a windows-1252 byte (0–255) stands for. */
export function windows1252Character(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? C1_CHARACTERS[byte - 0x80]! : String.fromCharCode(byte);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const characters: string[] = [];
  // In slices, as String.fromCharCode(...bytes) on megabytes overflows the call stack.
  for (let at = 0; at < bytes.length; at += 8192) {
    const slice = bytes.subarray(at, at + 8192);
    characters.push(Array.from(slice, windows1252Character).join(''));
  }
  return characters.join('');
}
