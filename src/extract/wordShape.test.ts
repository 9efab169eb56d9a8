import { describe, expect, it } from 'vitest';
import { shapeOf } from './wordShape.ts';
import { tokenize } from './tokens.ts';

describe('shapeOf', () => {
  it('reads names, initials and acronyms as capitalised words, and only real acronyms as acronyms', () => {
    expect(shapeOf('Berlin')).toMatchObject({ capitalWord: true, upperInitial: true, acronym: false, key: 'berlin', lower: 'berlin' });
    expect(shapeOf('NATO')).toMatchObject({ capitalWord: true, acronym: true, allCaps: true });
    expect(shapeOf('U.S.')).toMatchObject({ capitalWord: true, acronym: false, key: 'us' });
    expect(shapeOf('D.')).toMatchObject({ capitalWord: true });
    expect(shapeOf('A')).toMatchObject({ capitalWord: false, upperInitial: true });
  });

  it('tells lower-case words, other scripts and punctuation apart', () => {
    expect(shapeOf('sanctions')).toMatchObject({ lowerInitial: true, upperInitial: false, capitalWord: false, letterPair: true, allCaps: false });
    expect(shapeOf('Émile')).toMatchObject({ upperInitial: true, capitalWord: true });
    expect(shapeOf('éclair')).toMatchObject({ lowerInitial: true });
    expect(shapeOf('2024')).toMatchObject({ letterInitial: false, letterPair: false, allCaps: true });
    expect(shapeOf('’s')).toMatchObject({ letterInitial: false, letterPair: false, key: "'s" });
  });

  it('says which word classes the lexicon puts the spelling in', () => {
    expect(shapeOf('Berlin')).toMatchObject({ nameWord: true, particle: false, lowercaseTitle: false, frames: undefined });
    // A weekday names no one; an acronym is looked up as written, so "WHO" may be a name and "Who" may not.
    expect(shapeOf('Monday').nameWord).toBe(false);
    expect(shapeOf('WHO').nameWord).toBe(true);
    expect(shapeOf('Who').nameWord).toBe(false);
    expect(shapeOf('Minister').nameWord).toBe(true);
    expect(shapeOf('von')).toMatchObject({ particle: true, nameWord: false });
    expect(shapeOf('spokesperson').lowercaseTitle).toBe(true);
    expect(shapeOf('on').frames?.map((frame) => frame.words.join(' '))).toContain('on behalf of');
  });

  it('is shared by every token spelled the same way', () => {
    const tokens = tokenize('Russia warned Russia.');
    expect(tokens[0]!.shape).toBe(tokens[2]!.shape);
    expect(tokens[1]!.shape.lowerInitial).toBe(true);
  });
});
