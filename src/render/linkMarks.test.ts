import { describe, expect, it } from 'vitest';
import { labelBox } from './labelCulling.ts';
import { markSpot } from './linkMarks.ts';

// Turkey → ISIS, claimed by Assad: a line from (0, 0) to (200, 0).
const ends = { start: { x: 0, y: 0 }, end: { x: 200, y: 0 } };

describe('markSpot', () => {
  it('puts the mark at the middle of the line when nothing is there', () => {
    expect(markSpot(ends, false, [], 1)).toEqual({ x: 100, y: 0 });
  });

  it('moves off the middle when a count badge sits there', () => {
    const spot = markSpot(ends, true, [], 1);
    expect(Math.abs(spot.x - 100)).toBeGreaterThanOrEqual(16);
  });

  it('slides along the line away from a label it would hide', () => {
    // "Syria" hangs below a disc just above the line's middle.
    const syria = labelBox({ id: 'syria', x: 100, y: -25, radius: 15, width: 40, preferAbove: false, size: 0.5, mentions: 4 }, false, 1);
    const spot = markSpot(ends, false, [syria], 1);
    expect(spot.y).toBe(0);
    expect(spot.x < syria.left - 7 || spot.x > syria.right + 7).toBe(true);
  });

  it('stays at the first free spot it can, at the middle when the line is covered end to end', () => {
    const wall = { left: -10, right: 210, top: -5, bottom: 5 };
    expect(markSpot(ends, false, [wall], 1)).toEqual({ x: 100, y: 0 });
  });
});
