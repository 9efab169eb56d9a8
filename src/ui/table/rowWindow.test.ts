import { describe, expect, it } from 'vitest';
import { rowWindow, windowedRowBox, WINDOWED_ABOVE } from './rowWindow.ts';

describe('rowWindow', () => {
  it('draws every row of a table up to the windowing size, wherever it is scrolled', () => {
    expect(rowWindow(40, 0, 300, 30)).toEqual({ start: 0, end: 40 });
    expect(rowWindow(WINDOWED_ABOVE, 5000, 300, 30)).toEqual({ start: 0, end: WINDOWED_ABOVE });
  });

  it('draws the rows in view of a long table and some beyond each edge, not the 10,000', () => {
    const top = rowWindow(10_000, 0, 300, 30);
    expect(top.start).toBe(0);
    expect(top.end).toBeGreaterThanOrEqual(10);
    expect(top.end).toBeLessThan(100);
    // Scrolled to row 5,000: rows 5,000 to 5,009 are in view, and drawn with a margin above and below.
    const middle = rowWindow(10_000, 5000 * 30, 300, 30);
    expect(middle.start).toBeLessThan(5000);
    expect(middle.end).toBeGreaterThan(5010);
    expect(middle.end - middle.start).toBeLessThan(100);
  });

  it('reaches the last row at the bottom of the scroll, even past the end', () => {
    expect(rowWindow(10_000, 10_000 * 30 - 300, 300, 30).end).toBe(10_000);
    expect(rowWindow(10_000, 10_000 * 30 + 900, 300, 30).end).toBe(10_000);
  });

  it('draws a screenful in a hidden box (height 0), ready for when it shows', () => {
    const hidden = rowWindow(10_000, 0, 0, 30);
    expect(hidden.end).toBeGreaterThanOrEqual(20);
  });
});

describe('windowedRowBox', () => {
  it('places a row by its index below the header', () => {
    expect(windowedRowBox(0, 30, 40)).toEqual({ top: 40, bottom: 70 });
    expect(windowedRowBox(100, 30, 40)).toEqual({ top: 3040, bottom: 3070 });
  });
});
