import namedEntities from './data/htmlEntities.json';
import { windows1252Character } from './windows1252.ts';

const NAMED: Readonly<Record<string, string>> = namedEntities;

/** Entities old pages write without their semicolon ("AT&amp T", "&nbsp"), which browsers still read. */
const LEGACY_WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([A-Za-z][A-Za-z0-9]{1,31})(;?))/g;

/** Decodes named (HTML 4 set) and numeric character references; an unknown name stays as written, as in a browser. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined, semicolon: string) => {
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    if (decimal !== undefined) return fromCodePoint(parseInt(decimal, 10));
    const value = name === undefined ? undefined : NAMED[name];
    if (value === undefined) return whole;
    return semicolon === ';' || LEGACY_WITHOUT_SEMICOLON.has(name!) ? value : whole;
  });
}

function fromCodePoint(code: number): string {
  // HTML reads 128–159 as the windows-1252 characters pages meant ("&#146;" is ’), not as C1 controls.
  if (code >= 0x80 && code <= 0x9f) return windows1252Character(code);
  // NUL, surrogates and numbers past Unicode read as the replacement character, as the HTML standard says.
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return '\uFFFD';
  return String.fromCodePoint(code);
}
