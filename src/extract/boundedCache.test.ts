import { describe, expect, it } from 'vitest';
import { BoundedCache, boundedMemo } from './boundedCache.ts';

describe('boundedMemo', () => {
  it('works a key out once while it is remembered', () => {
    const asked: string[] = [];
    const upper = boundedMemo(10, (key) => {
      asked.push(key);
      return key.toUpperCase();
    });
    expect([upper('kerry'), upper('kerry'), upper('assad')]).toEqual(['KERRY', 'KERRY', 'ASSAD']);
    expect(asked).toEqual(['kerry', 'assad']);
  });

  it('forgets everything once the limit is reached, and answers the same afterwards', () => {
    const asked: string[] = [];
    const length = boundedMemo(2, (key) => {
      asked.push(key);
      return key.length;
    });
    expect([length('a'), length('bb'), length('ccc'), length('a')]).toEqual([1, 2, 3, 1]);
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});

describe('BoundedCache', () => {
  it('returns what it keeps, and nothing for a key it does not hold', () => {
    const cache = new BoundedCache<readonly string[]>(5);
    expect(cache.lookup('fined')).toBeUndefined();
    const stems = cache.remember('fined', ['fin', 'fine']);
    expect(cache.lookup('fined')).toBe(stems);
  });
});
