import { describe, expect, it } from 'vitest';
import { inOrder, positionsByKey, properWordPrefixes, properWordSuffixes } from './nameIndex.ts';

describe('word affixes of a name key', () => {
  it('lists the shorter names a longer one may be called by', () => {
    expect(properWordSuffixes('abdel fattah al sisi')).toEqual(['fattah al sisi', 'al sisi', 'sisi']);
    expect(properWordPrefixes('meta platforms inc')).toEqual(['meta', 'meta platforms']);
    expect(properWordSuffixes('scholz')).toEqual([]);
  });
});

describe('positionsByKey', () => {
  const names = ['olaf scholz', 'european commission', 'scholz', 'meta platforms', 'anna scholz'];
  const endingWith = positionsByKey(names.map(properWordSuffixes));

  it('finds every longer name ending in a short one, in the names’ order', () => {
    expect(endingWith('scholz')).toEqual([0, 4]);
    expect(endingWith('commission')).toEqual([1]);
    expect(endingWith('meta')).toEqual([]);
  });

  it('files an item once under a key it lists twice', () => {
    expect(positionsByKey([['eu', 'eu'], ['eu']])('eu')).toEqual([0, 1]);
  });
});

describe('inOrder', () => {
  it('merges position lists without repeats, ascending', () => {
    expect(inOrder([4, 9], [1, 4], [])).toEqual([1, 4, 9]);
  });
});
