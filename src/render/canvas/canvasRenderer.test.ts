import { describe, expect, it } from 'vitest';
import { layoutProgress } from './canvasRenderer.ts';

describe('layoutProgress', () => {
  it('goes from 0 % when the layout starts to 100 % as it comes to rest, evenly per tick, in steps of 5 %', () => {
    expect(layoutProgress(1)).toBe(0);
    expect(layoutProgress(Math.sqrt(0.001))).toBe(50);
    expect(layoutProgress(0.001 ** 0.37)).toBe(35);
    expect(layoutProgress(0.001 ** 0.38)).toBe(40);
    expect(layoutProgress(0.001)).toBe(100);
    expect(layoutProgress(0)).toBe(100);
    expect(layoutProgress(1.5)).toBe(0);
  });
});
