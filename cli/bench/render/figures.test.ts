import { describe, expect, it } from 'vitest';
import { framesPerSecond, longTasksBetween, medianOrNull, medianRenderRun, renderRunOf, restTime, type PageRecord, type RenderRun } from './figures.ts';

/** Frame times every `step` ms from `from` (inclusive) to `to` (exclusive). */
const framesEvery = (step: number, from: number, to: number) => Array.from({ length: Math.ceil((to - from) / step) }, (_, i) => from + i * step);

describe('framesPerSecond', () => {
  it('counts the frames that started in the window over its length', () => {
    expect(framesPerSecond(framesEvery(1000 / 60, 0, 2000), 0, 1000)).toBeCloseTo(60, 0);
    expect(framesPerSecond(framesEvery(100, 0, 2000), 500, 1500)).toBe(10);
  });

  it('counts a frame held back by a long task as the one frame it is', () => {
    // 60 fps for half a second, then one frame after a task of almost 500 ms.
    const frames = [...framesEvery(1000 / 60, 0, 500), 990];
    expect(framesPerSecond(frames, 0, 1000)).toBe(31);
  });

  it('is not a number for an empty window', () => {
    expect(framesPerSecond([1, 2, 3], 5, 5)).toBeNaN();
  });
});

describe('restTime', () => {
  it('is the last rest after the graph was handed over, when nothing moved since', () => {
    const layout = [
      { at: 10, state: 'settled' }, // the seed, before the file was picked
      { at: 120, state: 'running' },
      { at: 900, state: 'settled' },
      { at: 950, state: 'running' }, // sizes from a figure computed later: a gentle reheat
      { at: 1400, state: 'settled' },
    ];
    expect(restTime(layout, 100)).toBe(1400);
  });

  it('is null while the layout still moves, or when the only rest came before', () => {
    expect(restTime([{ at: 10, state: 'settled' }], 100)).toBeNull();
    expect(restTime([{ at: 120, state: 'running' }], 100)).toBeNull();
    expect(restTime([{ at: 120, state: 'running' }, { at: 500, state: 'settled' }, { at: 600, state: 'running' }], 100)).toBeNull();
  });
});

describe('longTasksBetween', () => {
  it('counts tasks that started in the window and keeps the longest', () => {
    const tasks = [
      { start: 50, duration: 400 }, // started before: not this window's
      { start: 200, duration: 60 },
      { start: 700, duration: 180 },
      { start: 1500, duration: 90 }, // after it
    ];
    expect(longTasksBetween(tasks, 100, 1000)).toEqual({ count: 2, longestMs: 180 });
    expect(longTasksBetween(tasks, 1000, 1200)).toEqual({ count: 0, longestMs: 0 });
  });
});

describe('renderRunOf', () => {
  it('turns one recorded run into its figures', () => {
    const record: PageRecord = {
      // 20 fps while the layout runs (100–2100), 50 fps while panning (3000–4000).
      frames: [...framesEvery(50, 100, 2100), ...framesEvery(20, 3000, 4000)],
      longTasks: [
        { start: 10, duration: 300 },
        { start: 30, duration: 70 },
        { start: 500, duration: 120 },
      ],
      layout: [
        { at: 100, state: 'running' },
        { at: 2100, state: 'settled' },
      ],
      shownAt: 100,
      pickedAt: 0,
    };
    const run = renderRunOf(record, { openedAt: 0, shownAt: 100, settledAt: 2100, liveUntil: 2100, panFrom: 3000, panTo: 4000 });
    expect(run).toEqual({
      shownMs: 100,
      settleMs: 2100,
      liveFps: 20,
      panFps: 50,
      longTasks: 3,
      longestTaskMs: 300,
      longestBeforeShownMs: 300,
    });
  });
});

describe('medians', () => {
  it('treats a layout not at rest as longer than any that rested', () => {
    expect(medianOrNull([3000, null, 5000])).toBe(5000);
    expect(medianOrNull([null, null, 5000])).toBeNull();
  });

  it('takes each figure’s median over the runs on its own', () => {
    const run = (liveFps: number, settleMs: number | null): RenderRun => ({
      shownMs: liveFps * 10,
      settleMs,
      liveFps,
      panFps: 60 - liveFps,
      longTasks: 1,
      longestTaskMs: liveFps,
      longestBeforeShownMs: 0,
    });
    expect(medianRenderRun([run(30, 4000), run(10, null), run(20, 6000)])).toEqual({
      shownMs: 200,
      settleMs: 6000,
      liveFps: 20,
      panFps: 40,
      longTasks: 1,
      longestTaskMs: 20,
      longestBeforeShownMs: 0,
    });
  });
});
