// What one run of the render bench recorded in the page, and the figures it gives: frames per second over a
// window, when the layout came to rest, long tasks. Pure: timestamps in (ms on the page's performance clock),
// figures out, so the arithmetic is tested apart from the browser.
import { median } from '../stats.ts';

/** What the page recorded (pageRecorder.ts): every animation frame, every long task, every layout state change. */
export interface PageRecord {
  frames: number[];
  longTasks: Array<{ start: number; duration: number }>;
  layout: Array<{ at: number; state: string }>;
  /** The first frame on which the watched actor was drawn; null while it is not. */
  shownAt: number | null;
  /** When a file input last changed (a file picked in the app); null before. */
  pickedAt: number | null;
}

/** The moments the bench marked on the page's clock during one run. */
export interface RunMarks {
  /** The graph handed over: the file picked in the app, the draw call in the reference. */
  openedAt: number;
  shownAt: number;
  /** When the layout came to rest, or null when it had not within the bench's wait. */
  settledAt: number | null;
  /** The end of the live-layout window: rest, or the bench's cap on the window. */
  liveUntil: number;
  panFrom: number;
  panTo: number;
}

export interface RenderRun {
  /** From the graph handed over to its first actor drawn. */
  shownMs: number;
  /** From the graph handed over to the layout at rest; null: not at rest within the wait. */
  settleMs: number | null;
  liveFps: number;
  panFps: number;
  /** Long tasks from the graph handed over to the end of panning. */
  longTasks: number;
  longestTaskMs: number;
  /** The longest task before the first actor was drawn: reading, checking and storing the graph, the other panes. */
  longestBeforeShownMs: number;
}

/** Animation frames per second between `from` and `to`: frames that started in the window over its length. */
export function framesPerSecond(frames: readonly number[], from: number, to: number): number {
  if (to <= from) return Number.NaN;
  const count = frames.filter((time) => time >= from && time < to).length;
  return count / ((to - from) / 1000);
}

/**
 * When the layout last came to rest at or after `since`, if it is at rest now: the time of the last "settled"
 * after `since` when no "running" follows it; null while it still moves (or never moved and rested after `since`).
 * A graph may rest, then move again when a figure computed later resizes its nodes: only the final rest counts.
 */
export function restTime(layout: PageRecord['layout'], since: number): number | null {
  const after = layout.filter((change) => change.at >= since);
  const last = after[after.length - 1];
  return last?.state === 'settled' ? last.at : null;
}

/** How many tasks started between `from` and `to`, and the longest of them (0 for none). */
export function longTasksBetween(tasks: PageRecord['longTasks'], from: number, to: number): { count: number; longestMs: number } {
  const inWindow = tasks.filter((task) => task.start >= from && task.start < to);
  return { count: inWindow.length, longestMs: inWindow.reduce((longest, task) => Math.max(longest, task.duration), 0) };
}

export function renderRunOf(record: PageRecord, marks: RunMarks): RenderRun {
  const all = longTasksBetween(record.longTasks, marks.openedAt, marks.panTo);
  return {
    shownMs: marks.shownAt - marks.openedAt,
    settleMs: marks.settledAt === null ? null : marks.settledAt - marks.openedAt,
    liveFps: framesPerSecond(record.frames, marks.shownAt, marks.liveUntil),
    panFps: framesPerSecond(record.frames, marks.panFrom, marks.panTo),
    longTasks: all.count,
    longestTaskMs: all.longestMs,
    longestBeforeShownMs: longTasksBetween(record.longTasks, marks.openedAt, marks.shownAt).longestMs,
  };
}

/** The median of values where null means "longer than we waited": nulls sort last; null when they are the median. */
export function medianOrNull(values: ReadonlyArray<number | null>): number | null {
  const sorted = values.map((value) => value ?? Number.POSITIVE_INFINITY);
  const middle = median(sorted);
  return Number.isFinite(middle) ? middle : null;
}

/** Each figure's median over the runs (issue 7 asks for medians of 3). */
export function medianRenderRun(runs: readonly RenderRun[]): RenderRun {
  const of = (pick: (run: RenderRun) => number) => median(runs.map(pick));
  return {
    shownMs: of((run) => run.shownMs),
    settleMs: medianOrNull(runs.map((run) => run.settleMs)),
    liveFps: of((run) => run.liveFps),
    panFps: of((run) => run.panFps),
    longTasks: of((run) => run.longTasks),
    longestTaskMs: of((run) => run.longestTaskMs),
    longestBeforeShownMs: of((run) => run.longestBeforeShownMs),
  };
}
