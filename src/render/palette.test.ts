import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, POLARITIES } from '../extract/types.ts';
import { contrastRatio } from './contrast.ts';
import { ACTOR_TYPE_STYLE, groupStyle, markInkOn, POLARITY_STYLE, TYPE_MARK_INK } from './palette.ts';

describe('palette', () => {
  it('styles every actor type with its own colour and a label', () => {
    for (const type of ACTOR_TYPES) {
      expect(ACTOR_TYPE_STYLE[type].color).toMatch(/^#[0-9A-F]{6}$/i);
      expect(ACTOR_TYPE_STYLE[type].label).not.toBe('');
    }
    expect(new Set(ACTOR_TYPES.map((type) => ACTOR_TYPE_STYLE[type].color)).size).toBe(ACTOR_TYPES.length);
    expect(Object.keys(ACTOR_TYPE_STYLE).sort()).toEqual([...ACTOR_TYPES].sort());
  });

  it('gives every actor type its own one-letter mark, the initial of its label, so type shows without colour', () => {
    for (const type of ACTOR_TYPES) {
      expect(ACTOR_TYPE_STYLE[type].mark).toMatch(/^[A-Z]$/);
      expect(ACTOR_TYPE_STYLE[type].label.startsWith(ACTOR_TYPE_STYLE[type].mark)).toBe(true);
    }
    expect(new Set(ACTOR_TYPES.map((type) => ACTOR_TYPE_STYLE[type].mark)).size).toBe(ACTOR_TYPES.length);
  });

  it('tells polarities apart by dash as well as colour', () => {
    expect(new Set(POLARITIES.map((polarity) => POLARITY_STYLE[polarity].color)).size).toBe(POLARITIES.length);
    expect(new Set(POLARITIES.map((polarity) => POLARITY_STYLE[polarity].dash)).size).toBe(POLARITIES.length);
    expect(POLARITY_STYLE.cooperative.dash).toBeNull();
    expect(Object.keys(POLARITY_STYLE).sort()).toEqual([...POLARITIES].sort());
  });

  it('names communities from 1 and colours seven apart before the colours come round again', () => {
    const colours = [0, 1, 2, 3, 4, 5, 6].map((group) => groupStyle(group).color);
    expect(new Set(colours).size).toBe(7);
    expect(groupStyle(7).color).toBe(groupStyle(0).color);
    expect(groupStyle(0).label).toBe('Group 1');
    expect(groupStyle(11).label).toBe('Group 12');
  });

  it('writes the type letter in whichever ink reads best on the disc, 3:1 at least on every type and group colour', () => {
    for (const type of ACTOR_TYPES) expect(markInkOn(ACTOR_TYPE_STYLE[type].color)).toBe(TYPE_MARK_INK);
    expect(markInkOn(groupStyle(5).color)).toBe('#FFFFFF'); // Tol's purple #AA3377
    const fills = [...ACTOR_TYPES.map((type) => ACTOR_TYPE_STYLE[type].color), ...[0, 1, 2, 3, 4, 5, 6].map((g) => groupStyle(g).color)];
    for (const fill of fills) expect(contrastRatio(fill, markInkOn(fill))).toBeGreaterThanOrEqual(3);
  });
});
