import { boundedMemo } from './boundedCache.ts';

// Lookups that let alias merging find a name's longer forms without comparing every name with every other: that
// comparison grew with the square of the number of names (a text naming 4,000 made-up people and companies took
// minutes), while a news corpus names new actors in every article.

/** Item positions by the keys each item is filed under; each list ascending, so callers keep the items' order. */
export function positionsByKey(keysOfItems: ReadonlyArray<readonly string[]>): (key: string) => readonly number[] {
  const positions = new Map<string, number[]>();
  keysOfItems.forEach((keys, i) => {
    for (const key of new Set(keys)) {
      const list = positions.get(key);
      if (list) list.push(i);
      else positions.set(key, [i]);
    }
  });
  return (key) => positions.get(key) ?? [];
}

// Every part of a long text files mostly the same names again: their affixes are worked out once per name.
const AFFIX_CACHE_LIMIT = 20_000;

/** "olaf scholz" → "scholz"; "team kestrel racing" → "kestrel racing", "racing". The whole key is not its own suffix. */
export const properWordSuffixes = boundedMemo(AFFIX_CACHE_LIMIT, (key: string): readonly string[] => {
  const words = key.split(' ');
  return words.slice(1).map((_, i) => words.slice(i + 1).join(' '));
});

/** "meta platforms inc" → "meta", "meta platforms". */
export const properWordPrefixes = boundedMemo(AFFIX_CACHE_LIMIT, (key: string): readonly string[] => {
  const words = key.split(' ');
  return words.slice(1).map((_, i) => words.slice(0, i + 1).join(' '));
});

/** The positions in any of the lists, once each, ascending. */
export function inOrder(...lists: ReadonlyArray<readonly number[]>): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
