import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, POLARITIES } from '../extract/types.ts';
import { contrastRatio } from './contrast.ts';
import { ACTOR_TYPE_STYLE, POLARITY_STYLE, TYPE_MARK_INK } from './palette.ts';

describe('contrastRatio', () => {
  it('spans 1 to 21 and does not care which colour comes first', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#6E6E6E', '#6E6E6E')).toBe(1);
  });

  it('agrees with the published ratio of a mid grey on white', () => {
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });

  it('refuses what is not #rrggbb rather than guessing', () => {
    expect(() => contrastRatio('red', '#FFFFFF')).toThrow(/#rrggbb/);
  });

  it('keeps every type letter readable (AA text) on its own disc colour', () => {
    for (const type of ACTOR_TYPES) {
      expect(contrastRatio(TYPE_MARK_INK, ACTOR_TYPE_STYLE[type].color)).toBeGreaterThanOrEqual(4.5);
    }
  });

  // The graph pane's ground in each theme, as --bg in src/ui/styles.css gives it.
  it.each([
    ['light', '#f4f5f7'],
    ['dark', '#0f141a'],
  ])('keeps every link colour visible (3:1, AA graphics) on the %s theme’s graph', (_theme, ground) => {
    for (const polarity of POLARITIES) {
      expect(contrastRatio(POLARITY_STYLE[polarity].color, ground)).toBeGreaterThanOrEqual(3);
    }
  });
});
