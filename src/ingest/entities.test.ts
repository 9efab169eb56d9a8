import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities.ts';

describe('decodeEntities', () => {
  it('decodes named references of the HTML 4 set, and numeric ones in decimal and hex', () => {
    expect(decodeEntities('Erdo&#287;an &amp; Sis&iacute; &ndash; &ldquo;talks&rdquo; &euro;5 &#x1F1FA;&#x1F1E6;')).toBe('Erdoğan & Sisí – “talks” €5 🇺🇦');
  });

  it("reads 128–159 as the windows-1252 characters pages meant, as browsers do", () => {
    expect(decodeEntities('Syria&#146;s &#147;truce&#148; &#150; &#128;')).toBe('Syria’s “truce” – €');
  });

  it('keeps an unknown name as written, and reads only the old entities without their semicolon', () => {
    expect(decodeEntities('AT&T &bogus; &amp &nbsp;x &hellip')).toBe('AT&T &bogus; & \u00a0x &hellip');
  });

  it('turns NUL, surrogates and numbers past Unicode into the replacement character', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\uFFFD\uFFFD\uFFFD');
  });
});
