import { describe, expect, it } from 'vitest';
import { itemAt, lastOf } from './lists.ts';

describe('itemAt', () => {
  it('reads the item at an index inside the list', () => {
    expect(itemAt(['a', 'b', 'c'], 1)).toBe('b');
  });

  it('gives undefined before the first item and past the last, never a property named "-1"', () => {
    const items = Object.assign(['a', 'b'], { '-1': 'not an item' });
    expect(itemAt(items, -1)).toBeUndefined();
    expect(itemAt(items, 2)).toBeUndefined();
  });
});

describe('lastOf', () => {
  it('reads the last item, or undefined from an empty list', () => {
    expect(lastOf(['a', 'b'])).toBe('b');
    expect(lastOf([])).toBeUndefined();
  });
});
