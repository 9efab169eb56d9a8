import { describe, expect, it } from 'vitest';
import { browserRunOf, cpuTasksOf, extractionWorkersOf, medianRun } from './browserFigures.ts';

const MB = 2 ** 20;

describe('browserRunOf', () => {
  it('times the extraction worker from its request to its last reply before the graph showed, and counts the long tasks in between, before and after that reply', () => {
    const messages = [
      { at: 50, direction: 'to' as const, kind: 'extract' }, // the seed's read, before the pick
      { at: 900, direction: 'from' as const, kind: 'extracted' },
      { at: 1_200, direction: 'to' as const, kind: 'text' }, // a slice of the long text, ahead of its request
      { at: 1_250, direction: 'to' as const, kind: 'extract' },
      { at: 3_000, direction: 'from' as const, kind: 'progress' },
      { at: 6_200, direction: 'from' as const, kind: 'extracted' },
      { at: 6_300, direction: 'from' as const, kind: 'positions' }, // the graph's layout worker, not the reader
    ];
    const tasks = [
      { start: 500, duration: 300 }, // before the pick: not counted
      { start: 1_100, duration: 60 },
      { start: 6_210, duration: 45 },
    ];
    expect(browserRunOf(10 * MB, 1_000, 6_500, tasks, messages, true)).toEqual({
      openToGraphMs: 5_500,
      workerMs: 5_000,
      megabytesPerSecond: 2,
      longTasks: 2,
      longestTaskMs: 60,
      overBound: 1,
      longestWhileReadingMs: 60,
      longestAfterReplyMs: 45,
      progressUpdates: 1,
      progressShown: true,
    });
  });
});

describe('medianRun', () => {
  it('takes each figure’s median over the runs on its own', () => {
    const run = (workerMs: number, longestTaskMs: number, progressShown = true) => ({
      openToGraphMs: workerMs + 500, workerMs, megabytesPerSecond: 10_000 / workerMs, longTasks: 1, longestTaskMs, overBound: 0,
      longestWhileReadingMs: 10, longestAfterReplyMs: longestTaskMs, progressUpdates: 150, progressShown,
    });
    expect(medianRun([run(5_000, 90), run(4_000, 30), run(6_000, 40)])).toMatchObject({
      workerMs: 5_000, longestTaskMs: 40, openToGraphMs: 5_500, longestAfterReplyMs: 40, progressShown: true,
    });
    expect(medianRun([run(5_000, 90), run(4_000, 30, false)]).progressShown).toBe(false);
  });
});

describe('cpuTasksOf', () => {
  it('takes the main thread’s tasks between two marks by their CPU time, not their wall time', () => {
    const main = { pid: 1, tid: 7, ph: 'X' };
    const events = [
      { ...main, name: 'RunTask', ts: 100, dur: 90_000, tdur: 80_000 }, // before the pick
      { name: 'picked', ph: 'R', pid: 1, tid: 7, ts: 1_000 },
      { ...main, name: 'RunTask', ts: 2_000, dur: 120_000, tdur: 30_000 }, // long on the wall clock: the core was taken away
      { ...main, name: 'RunTask', ts: 200_000, dur: 70_000, tdur: 60_000 },
      { ...main, tid: 9, name: 'RunTask', ts: 300_000, dur: 500_000, tdur: 500_000 }, // another thread (the compositor)
      { name: 'shown', ph: 'R', pid: 1, tid: 7, ts: 900_000 },
    ];
    expect(cpuTasksOf(events, 'picked', 'shown')).toEqual({ longestTaskCpuMs: 60, overBoundByCpu: 1 });
  });
});

describe('extractionWorkersOf', () => {
  it('counts the extraction workers among the page’s workers, built or served from source', () => {
    expect(
      extractionWorkersOf([
        'http://127.0.0.1:4183/assets/extract.worker-SnAGWkmS.js',
        'http://127.0.0.1:4183/assets/layout.worker-CSSoT5I0.js',
        'http://127.0.0.1:4183/assets/extract.worker-SnAGWkmS.js',
        'http://localhost:5173/src/worker/extract.worker.ts?worker_file&type=module',
      ]),
    ).toBe(3);
    expect(extractionWorkersOf(['http://127.0.0.1:4183/assets/layout.worker-CSSoT5I0.js'])).toBe(0);
  });
});
