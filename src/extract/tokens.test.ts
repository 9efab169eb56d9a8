import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.ts';

describe('tokenize', () => {
  it('pins every token to its exact offsets, through curly quotes, contractions and line breaks', () => {
    const text = 'Brazil’s president said: “We’re ready.”\r\n\nThe talks don’t end\there — they resume in Geneva.';
    const tokens = tokenize(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((t) => t.text)).toContain('Geneva');
    expect(tokens.find((t) => t.text === 'The')?.lineBreakBefore).toBe(true);
    expect(tokens.find((t) => t.text === 'Brazil')?.pos).toBe('PROPN');
  });

  it('marks tokens glued to the previous one, as in hyphen compounds', () => {
    const tokens = tokenize('the Moscow-backed rebels');
    const hyphen = tokens.find((t) => t.text === '-')!;
    expect(hyphen.spaceBefore).toBe(false);
    expect(tokens[hyphen.index + 1]!.text).toBe('backed');
  });

  it('gives lemmas for verbs', () => {
    expect(tokenize('Ankara condemned the strikes.').find((t) => t.text === 'condemned')?.lemma).toBe('condemn');
  });
});
