import { describe, expect, it } from 'vitest';
import { sizeOf } from './ReadingProgress.tsx';

describe('sizeOf', () => {
  it('tells both figures in the larger one’s unit, as a file’s size is told', () => {
    expect(sizeOf(7_130_000, 20 * 1024 * 1024)).toBe('6.8 of 20 MB');
    expect(sizeOf(0, 4 * 1024 * 1024 + 300)).toBe('0 of 4 MB');
    expect(sizeOf(12 * 1024 * 1024, 20 * 1024 * 1024)).toBe('12 of 20 MB');
    expect(sizeOf(34 * 1024, 120 * 1024)).toBe('34 of 120 KB');
  });
});
