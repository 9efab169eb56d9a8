import { describe, expect, it } from 'vitest';
import { ARROW_LENGTH, labelGoesAbove, linkEnds, nodeRadius } from './geometry.ts';

describe('nodeRadius', () => {
  it('grows with the square root of the size, from 7 to 26', () => {
    expect(nodeRadius(0)).toBe(7); // still a target a finger can hit
    expect(nodeRadius(1)).toBe(26);
    // Russia named 16 times, Kerry 4, Turkey once: areas keep the proportion, radii the square root.
    expect(nodeRadius(4 / 16) - 7).toBeCloseTo((nodeRadius(1) - 7) / 2, 6);
    expect(nodeRadius(1 / 16) - 7).toBeCloseTo((nodeRadius(1) - 7) / 4, 6);
  });

  it('clamps sizes outside 0..1 instead of drawing giant or negative discs', () => {
    expect(nodeRadius(7)).toBe(26);
    expect(nodeRadius(-1)).toBe(7);
    expect(nodeRadius(Number.NaN)).toBe(7);
  });
});

describe('linkEnds', () => {
  const source = { x: 0, y: 0, radius: 10 };
  const target = { x: 100, y: 0, radius: 20 };

  it('runs a plain link from rim to rim, not centre to centre', () => {
    const ends = linkEnds(source, target, { atSource: false, atTarget: false })!;
    expect(ends.start.x).toBeGreaterThanOrEqual(10);
    expect(ends.start.x).toBeLessThan(14);
    expect(ends.end.x).toBeLessThanOrEqual(80);
    expect(ends.end.x).toBeGreaterThan(76);
  });

  it('stops an arrowed end one arrow length short, so the arrow tip meets the rim', () => {
    const plain = linkEnds(source, target, { atSource: false, atTarget: false })!;
    const arrowed = linkEnds(source, target, { atSource: true, atTarget: true })!;
    expect(arrowed.end.x).toBeCloseTo(plain.end.x - ARROW_LENGTH, 6);
    expect(arrowed.start.x).toBeCloseTo(plain.start.x + ARROW_LENGTH, 6);
  });

  it('follows the direction between the nodes and gives up when they overlap', () => {
    const ends = linkEnds({ x: 0, y: 0, radius: 10 }, { x: 60, y: 80, radius: 10 }, { atSource: false, atTarget: false })!;
    expect(ends.start.y / ends.start.x).toBeCloseTo(80 / 60, 6);
    expect(Math.hypot(ends.end.x - 60, ends.end.y - 80)).toBeCloseTo(Math.hypot(ends.start.x, ends.start.y), 6);
    expect(linkEnds({ x: 0, y: 0, radius: 10 }, { x: 15, y: 0, radius: 10 }, { atSource: false, atTarget: false })).toBeNull();
  });
});

describe('labelGoesAbove', () => {
  const node = { x: 0, y: 0 };

  it('keeps the label below unless more links leave downwards than upwards', () => {
    expect(labelGoesAbove(node, [])).toBe(false);
    // y grows downwards on screen: a neighbour at y = 100 is below.
    expect(labelGoesAbove(node, [{ x: 10, y: 100 }])).toBe(true);
    expect(labelGoesAbove(node, [{ x: 10, y: 100 }, { x: -20, y: -90 }])).toBe(false);
    // Links leaving sideways do not pass through the label.
    expect(labelGoesAbove(node, [{ x: 100, y: 60 }, { x: -100, y: 30 }])).toBe(false);
  });
});
