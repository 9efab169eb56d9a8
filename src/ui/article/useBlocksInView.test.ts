import { describe, expect, it } from 'vitest';
import { rangeBetween, rangeInView, slotsOf } from './useBlocksInView.ts';

// Five blocks of 100, 200, 100, 300 and 100 px: where each starts below the top of the first.
const TOPS = new Float64Array([0, 100, 300, 400, 700, 800]);

describe('rangeBetween', () => {
  it('gives the blocks overlapping a stretch of the page, at least one', () => {
    expect(rangeBetween(TOPS, 150, 450)).toEqual({ first: 1, last: 3 });
    expect(rangeBetween(TOPS, 0, 50)).toEqual({ first: 0, last: 0 });
    expect(rangeBetween(TOPS, 750, 5_000)).toEqual({ first: 4, last: 4 });
    expect(rangeBetween(TOPS, 5_000, 6_000)).toEqual({ first: 4, last: 4 });
  });
});

describe('slotsOf', () => {
  it('draws the range and stands one spacer, as tall as its blocks, for each run around it', () => {
    expect(slotsOf(5, { first: 1, last: 2 }, null, TOPS)).toEqual([
      { kind: 'spacer', first: 0, height: 100 },
      { kind: 'block', index: 1 },
      { kind: 'block', index: 2 },
      { kind: 'spacer', first: 3, height: 400 },
    ]);
  });

  it('draws a block asked for far from the range (a selected actor’s first mention) between two spacers', () => {
    expect(slotsOf(5, { first: 0, last: 0 }, 3, TOPS)).toEqual([
      { kind: 'block', index: 0 },
      { kind: 'spacer', first: 1, height: 300 },
      { kind: 'block', index: 3 },
      { kind: 'spacer', first: 4, height: 100 },
    ]);
  });
});

describe('rangeInView', () => {
  it('takes the blocks within a screen of what shows of the pane, wherever the blocks start on screen', () => {
    // 100 px of the pane show, 500–600 px from the window's top, the blocks starting 200 px above it: 600–900 px into them.
    expect(rangeInView(500, 600, -200, TOPS)).toEqual({ first: 3, last: 4 });
    // The blocks start where the pane shows: the first screen and the one below it.
    expect(rangeInView(0, 300, 0, TOPS)).toEqual({ first: 0, last: 3 });
  });
});
