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

  it('reads a range of the text in the whole text’s offsets, as one part of a long document is read', () => {
    const text = 'Kerry met Lavrov.\n\nShoygu spoke. Assad stayed away.';
    const from = text.indexOf('Shoygu');
    const tokens = tokenize(text, from, text.indexOf(' Assad'));
    expect(tokens.map((t) => t.text)).toEqual(['Shoygu', 'spoke', '.']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens[0]).toMatchObject({ start: from, index: 0, spaceBefore: true, lineBreakBefore: false });
  });

  it('marks tokens glued to the previous one, as in hyphen compounds', () => {
    const tokens = tokenize('the Moscow-backed rebels');
    const hyphen = tokens.find((t) => t.text === '-')!;
    expect(hyphen.spaceBefore).toBe(false);
    expect(tokens[hyphen.index + 1]!.text).toBe('backed');
  });

  // Each case goes through a path of wink that patches/wink-nlp+2.4.0.patch changes: a contraction's expansions,
  // the non-breaking-space test, and words its cache learns at the first reading and looks up at the second.
  it('splits contractions, reads past a non-breaking space, and reads unseen names the same way twice', () => {
    const text = 'Zorvath Kelmaran can’t\u00a0say they won\'t go.';
    const first = tokenize(text);
    expect(first.map((t) => `${t.text}/${t.lemma}`)).toEqual([
      'Zorvath/zorvath', 'Kelmaran/kelmaran', 'ca/can', 'n’t/not', 'say/say', 'they/they', 'wo/will', "n't/not", 'go/go', './.',
    ]);
    expect(first.find((t) => t.text === 'say')).toMatchObject({ start: text.indexOf('say'), spaceBefore: true });
    expect(first.slice(0, 2).map((t) => t.pos)).toEqual(['PROPN', 'PROPN']);
    expect(tokenize(text)).toEqual(first);
  });

  it('gives lemmas for verbs', () => {
    expect(tokenize('Ankara condemned the strikes.').find((t) => t.text === 'condemned')?.lemma).toBe('condemn');
  });
});
