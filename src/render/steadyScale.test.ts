import { describe, expect, it } from 'vitest';
import { HEADROOM, SCALE_STEP, ZOOM_IN_AT, steadyScale } from './steadyScale.ts';

describe('steadyScale', () => {
  it('never shows more than the fitted scale, so the whole graph stays in sight, and stays close to it', () => {
    for (const fitted of [0.05, 0.3438, 0.39, 0.5, 1, 1.6]) {
      const shown = steadyScale(null, fitted);
      expect(shown).toBeLessThanOrEqual(fitted / HEADROOM);
      expect(shown).toBeGreaterThan(fitted / HEADROOM / SCALE_STEP);
    }
  });

  it('changes the scale only a few times while a graph unfolds, its fit shrinking a little every frame', () => {
    // A 200-actor graph unfolding in the render bench: the fitted scale falls from 0.39 to 0.344.
    let shown = steadyScale(null, 0.39);
    let changes = 0;
    for (let fitted = 0.39; fitted >= 0.344; fitted -= 0.0005) {
      const next = steadyScale(shown, fitted);
      if (next !== shown) changes++;
      shown = next;
      expect(shown).toBeLessThanOrEqual(fitted);
    }
    // 92 frames of change, 13% in all: about three steps down of about 4% each.
    expect(changes).toBeGreaterThanOrEqual(2);
    expect(changes).toBeLessThanOrEqual(4);
  });

  it('zooms in only once the fit has grown well past the scale shown, so a fit wavering about does not flicker', () => {
    const shown = steadyScale(null, 0.5);
    for (const fitted of [0.5, shown * 1.0001, shown * ZOOM_IN_AT * 0.999, 0.49]) expect(steadyScale(shown, fitted)).toBe(shown);
    const grown = steadyScale(shown, shown * ZOOM_IN_AT);
    expect(grown).toBeGreaterThan(shown);
    expect(grown).toBeLessThanOrEqual((shown * ZOOM_IN_AT) / HEADROOM);
  });

  it('gives the same scale for the same fit whenever it has to change, whatever was shown before', () => {
    expect(steadyScale(0.9, 0.61)).toBe(steadyScale(null, 0.61));
    expect(steadyScale(0.2, 0.61)).toBe(steadyScale(null, 0.61));
  });
});
