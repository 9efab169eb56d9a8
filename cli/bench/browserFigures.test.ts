import { describe, expect, it } from 'vitest';
import { browserRunOf, medianRun } from './browserFigures.ts';

const MB = 2 ** 20;

describe('browserRunOf', () => {
  it('times the worker from its request to its last reply before the graph showed, and counts the long tasks in between', () => {
    const messages = [
      { at: 50, direction: 'to' as const, kind: 'extract' }, // the seed's read, before the pick
      { at: 900, direction: 'from' as const, kind: 'extracted' },
      { at: 1_200, direction: 'to' as const, kind: 'extract' },
      { at: 3_000, direction: 'from' as const, kind: 'progress' },
      { at: 6_200, direction: 'from' as const, kind: 'extracted' },
    ];
    const tasks = [
      { start: 500, duration: 300 }, // before the pick: not counted
      { start: 1_100, duration: 60 },
      { start: 6_210, duration: 45 },
    ];
    expect(browserRunOf(10 * MB, 1_000, 6_500, tasks, messages)).toEqual({
      openToGraphMs: 5_500,
      workerMs: 5_000,
      megabytesPerSecond: 2,
      longTasks: 2,
      longestTaskMs: 60,
      overBound: 1,
    });
  });
});

describe('medianRun', () => {
  it('takes each figure’s median over the runs on its own', () => {
    const run = (workerMs: number, longestTaskMs: number) => ({
      openToGraphMs: workerMs + 500, workerMs, megabytesPerSecond: 10_000 / workerMs, longTasks: 1, longestTaskMs, overBound: 0,
    });
    expect(medianRun([run(5_000, 90), run(4_000, 30), run(6_000, 40)])).toMatchObject({ workerMs: 5_000, longestTaskMs: 40, openToGraphMs: 5_500 });
  });
});
