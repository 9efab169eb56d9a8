import { describe, expect, it } from 'vitest';
import { loadLexicon } from './data/index.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

const sentencesOf = (text: string) => splitSentences(tokenize(text), loadLexicon().abbreviations).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps title abbreviations inside the sentence', () => {
    expect(sentencesOf('Maj. Gen. Igor Petrov met Sen. Warren in Brussels. Dr. Osei left early.')).toEqual([
      'Maj. Gen. Igor Petrov met Sen. Warren in Brussels.',
      'Dr. Osei left early.',
    ]);
  });

  it('ends a headline without a full stop at its line break', () => {
    expect(sentencesOf('Germany and Poland sign border pact\n\nThe two governments met in Berlin on Monday.')).toEqual([
      'Germany and Poland sign border pact',
      'The two governments met in Berlin on Monday.',
    ]);
  });

  it('splits paragraphs and keeps closing quotes with their sentence', () => {
    expect(sentencesOf('“We will not back down.” The minister left.\nOfficials declined to comment.')).toEqual([
      '“We will not back down.”',
      'The minister left.',
      'Officials declined to comment.',
    ]);
  });

  it('does not split a web address or an initial', () => {
    expect(sentencesOf('Politico.com quoted Ralph D. Crosby on Tuesday. He agreed.')).toEqual([
      'Politico.com quoted Ralph D. Crosby on Tuesday.',
      'He agreed.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(sentencesOf('  \n\n ')).toEqual([]);
  });
});

describe('splitSentences: quotes', () => {
  it('gives an opening quote after a full stop to the next sentence', () => {
    expect(sentencesOf('Rutte rejected the idea. "We cannot agree," he said.')).toEqual(['Rutte rejected the idea.', '"We cannot agree," he said.']);
  });
});

describe('splitSentences: tokens', () => {
  it('keeps every token exactly once, in order, through ellipses in brackets', () => {
    const tokens = tokenize('He said [...] in the meantime “deals.” Later [...] more.');
    const split = splitSentences(tokens, loadLexicon().abbreviations).flatMap((s) => s.tokens);
    expect(split.map((t) => t.index)).toEqual(tokens.map((t) => t.index));
  });
});
