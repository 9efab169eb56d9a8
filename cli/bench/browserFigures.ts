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
  /** The longest task while the worker read (before its last reply), and from that reply to the graph shown. */
  longestWhileReadingMs: number;
  longestAfterReplyMs: number;
  /** Progress messages the worker sent while it read. */
  progressUpdates: number;
  /** Whether the page showed its progress bar (the issue asks for a read "with progress"). */
  progressShown: boolean;
  /** With --cpu: the same window's tasks by CPU time, from a Chromium trace. */
  cpu?: CpuTasks;
  /** Extraction workers the page had by the time the graph showed: 2 when a second one read parts of the text. */
  extractionWorkers?: number;
}

/** How many of the page's workers (their script URLs) are extraction workers: the first, and a long text's second. */
export function extractionWorkersOf(workerUrls: readonly string[]): number {
  return workerUrls.filter((url) => /\/extract\.worker[-.][^/]*$/.test(new URL(url).pathname)).length;
}

/** The bound: no main-thread task over 50 ms while a 10 MB text is read. */
export const LONG_TASK_BOUND_MS = 50;

/** What the page sends the extraction worker to start a read (a long text's slices come before the request), and what it sends back (src/worker/messages.ts). */
const EXTRACTION_REQUESTS = new Set(['text', 'extract']);
const EXTRACTION_REPLIES = new Set(['progress', 'extracted', 'failed']);

/** One run's figures from what the page recorded between `pickedAt` and `shownAt`. */
export function browserRunOf(
  bytes: number,
  pickedAt: number,
  shownAt: number,
  tasks: readonly LongTask[],
  messages: readonly WorkerMessage[],
  progressShown: boolean,
): BrowserRun {
  const inRun = tasks.filter((task) => task.start >= pickedAt && task.start <= shownAt);
  // The extraction worker's messages only: the graph's layout worker talks to the page too.
  const requested = messages.find((message) => message.direction === 'to' && EXTRACTION_REQUESTS.has(message.kind) && message.at >= pickedAt);
  const replies = messages.filter(
    (message) => message.direction === 'from' && EXTRACTION_REPLIES.has(message.kind) && message.at <= shownAt && requested && message.at >= requested.at,
  );
  const lastReply = replies[replies.length - 1];
  const workerMs = requested && lastReply ? lastReply.at - requested.at : Number.NaN;
  const repliedAt = lastReply?.at ?? shownAt;
  const longest = (some: readonly LongTask[]) => some.reduce((most, task) => Math.max(most, task.duration), 0);
  return {
    openToGraphMs: shownAt - pickedAt,
    workerMs,
    megabytesPerSecond: bytes / 2 ** 20 / (workerMs / 1000),
    longTasks: inRun.length,
    longestTaskMs: longest(inRun),
    overBound: inRun.filter((task) => task.duration > LONG_TASK_BOUND_MS).length,
    longestWhileReadingMs: longest(inRun.filter((task) => task.start < repliedAt)),
    longestAfterReplyMs: longest(inRun.filter((task) => task.start >= repliedAt)),
    progressUpdates: replies.filter((message) => message.kind === 'progress').length,
    progressShown,
  };
}

/** Each figure's median over the runs; the progress shown when it was in every run. */
export function medianRun(runs: readonly BrowserRun[]): BrowserRun {
  const of = (pick: (run: BrowserRun) => number) => median(runs.map(pick));
  return {
    openToGraphMs: of((run) => run.openToGraphMs),
    workerMs: of((run) => run.workerMs),
    megabytesPerSecond: of((run) => run.megabytesPerSecond),
    longTasks: of((run) => run.longTasks),
    longestTaskMs: of((run) => run.longestTaskMs),
    overBound: of((run) => run.overBound),
    longestWhileReadingMs: of((run) => run.longestWhileReadingMs),
    longestAfterReplyMs: of((run) => run.longestAfterReplyMs),
    progressUpdates: of((run) => run.progressUpdates),
    progressShown: runs.every((run) => run.progressShown),
    ...(runs.every((run) => run.extractionWorkers !== undefined) ? { extractionWorkers: of((run) => run.extractionWorkers!) } : {}),
    ...(runs.every((run) => run.cpu)
      ? { cpu: { longestTaskCpuMs: of((run) => run.cpu!.longestTaskCpuMs), overBoundByCpu: of((run) => run.cpu!.overBoundByCpu) } }
      : {}),
  };
}

/** A trace event as Chromium writes it: `dur` wall time, `tdur` the thread's own (CPU) time, both in µs. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/** The main thread's tasks by their own CPU time: the longest, and how many exceed the bound. */
export interface CpuTasks {
  longestTaskCpuMs: number;
  overBoundByCpu: number;
}

/**
 * The main thread's tasks (`RunTask`) from the page's mark `from` to its mark `to`, by CPU time: on a machine shared
 * with other work, a task's wall time also counts the time the system gave the core to someone else.
 */
export function cpuTasksOf(events: readonly TraceEvent[], from: string, to: string): CpuTasks {
  const start = events.find((event) => event.name === from);
  const end = events.find((event) => event.name === to);
  if (!start || !end) return { longestTaskCpuMs: Number.NaN, overBoundByCpu: Number.NaN };
  const cpuMs = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts && e.ts <= end.ts)
    .map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
  return { longestTaskCpuMs: Math.max(0, ...cpuMs), overBoundByCpu: cpuMs.filter((ms) => ms > LONG_TASK_BOUND_MS).length };
}
