// A new graph's first layout ticks run before it is drawn (prewarmTicks in layout.ts), so it appears already
// taking shape. At 200 actors they take about 25 ms of CPU, enough, with the drawing itself, to hold the page
// past 50 ms in one task; so a large graph's ticks run in slices of a few milliseconds, each its own task, and
// the page stays free to draw frames and take input in between. The number of ticks is the same however they
// are sliced, so the layout stays the same.

/** What warming up needs from a simulation: d3's tick(n). */
export interface Tickable {
  tick(iterations?: number): unknown;
}

export interface WarmUpClock {
  /** Runs `task` later, in a task of its own. */
  schedule(task: () => void): void;
  /** Milliseconds, for the slices' budget. */
  now(): number;
}

/** How long one slice of ticks may run before the rest waits for a later task. */
export const SLICE_MS = 8;

export const browserClock: WarmUpClock = {
  schedule: (task) => void setTimeout(task, 0),
  now: () => performance.now(),
};

/**
 * Runs `ticks` ticks of `simulation`: the first slice now, the rest in later tasks, each slice ending once it has
 * run SLICE_MS; then calls `done`: at once when the first slice ran them all, else in a task of its own (drawing a
 * graph is a task's worth of work by itself). Returns a function that cancels what is left; `done` is then never
 * called.
 */
export function warmUp(simulation: Tickable, ticks: number, done: () => void, clock: WarmUpClock = browserClock): () => void {
  let left = ticks;
  let cancelled = false;
  const finish = () => {
    if (!cancelled) done();
  };
  const slice = (first: boolean) => {
    if (cancelled) return;
    const started = clock.now();
    // One tick at least per slice, so even a clock that leaps ahead makes progress.
    do {
      if (left <= 0) break;
      simulation.tick();
      left--;
    } while (clock.now() - started < SLICE_MS);
    if (left > 0) clock.schedule(() => slice(false));
    else if (first) done();
    else clock.schedule(finish);
  };
  slice(true);
  return () => {
    cancelled = true;
  };
}
