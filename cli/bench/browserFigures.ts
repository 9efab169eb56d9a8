// What one run of the browser bench measured, and the median of several runs. Pure, so the arithmetic is tested
// apart from the browser.
import type { LongTask, WorkerMessage } from '../../e2e/fixtures/MainThread.ts';
import { median } from './stats.ts';

export interface BrowserRun {
  /** From the file picked to the new graph on screen. */
  openToGraphMs: number;
  /** From the request posted to the worker to its last message (the graph, or its last piece). */
  workerMs: number;
  /** The text's size over the worker's time. */
  megabytesPerSecond: number;
  longTasks: number;
  longestTaskMs: number;
  /** Long tasks over the bound for this measurement (50 ms: every long task the browser reports). */
  overBound: number;
}

/** The bound: no main-thread task over 50 ms while a 10 MB text is read. */
export const LONG_TASK_BOUND_MS = 50;

/** One run's figures from what the page recorded between `pickedAt` and `shownAt`. */
export function browserRunOf(
  bytes: number,
  pickedAt: number,
  shownAt: number,
  tasks: readonly LongTask[],
  messages: readonly WorkerMessage[],
): BrowserRun {
  const inRun = tasks.filter((task) => task.start >= pickedAt && task.start <= shownAt);
  const requested = messages.find((message) => message.direction === 'to' && message.at >= pickedAt);
  const replies = messages.filter((message) => message.direction === 'from' && message.at <= shownAt && requested && message.at >= requested.at);
  const lastReply = replies[replies.length - 1];
  const workerMs = requested && lastReply ? lastReply.at - requested.at : Number.NaN;
  return {
    openToGraphMs: shownAt - pickedAt,
    workerMs,
    megabytesPerSecond: bytes / 2 ** 20 / (workerMs / 1000),
    longTasks: inRun.length,
    longestTaskMs: inRun.reduce((longest, task) => Math.max(longest, task.duration), 0),
    overBound: inRun.filter((task) => task.duration > LONG_TASK_BOUND_MS).length,
  };
}

/** Each figure's median over the runs. */
export function medianRun(runs: readonly BrowserRun[]): BrowserRun {
  const of = (pick: (run: BrowserRun) => number) => median(runs.map(pick));
  return {
    openToGraphMs: of((run) => run.openToGraphMs),
    workerMs: of((run) => run.workerMs),
    megabytesPerSecond: of((run) => run.megabytesPerSecond),
    longTasks: of((run) => run.longTasks),
    longestTaskMs: of((run) => run.longestTaskMs),
    overBound: of((run) => run.overBound),
  };
}
