// Repeated timings of our extractor against the peer, run by run: the two alternate (and swap who goes first each
// run) so a burst of machine noise lands on both rather than on one side's whole sample.

export interface RunPlan {
  warmUp: number;
  runs: number;
}

/** Milliseconds per run for each side, in run order: ours[i] and peer[i] were measured back to back. */
export interface PairedTimes {
  ours: number[];
  peer: number[];
}

/**
 * `settle` runs before each timed run, outside its time: the bench collects garbage there, so neither side's
 * sample pays for the garbage the other left behind (compromise leaves hundreds of MB per run on the corpus).
 */
export function pairedTimes(
  ours: () => void,
  peer: () => void,
  plan: RunPlan,
  now: () => number = () => performance.now(),
  settle: () => void = () => {},
): PairedTimes {
  const time = (run: () => void): number => {
    settle();
    const start = now();
    run();
    return now() - start;
  };
  for (let i = 0; i < plan.warmUp; i++) {
    ours();
    peer();
  }
  const times: PairedTimes = { ours: [], peer: [] };
  for (let i = 0; i < plan.runs; i++) {
    if (i % 2 === 0) {
      times.ours.push(time(ours));
      times.peer.push(time(peer));
    } else {
      times.peer.push(time(peer));
      times.ours.push(time(ours));
    }
  }
  return times;
}

/** Milliseconds per run of one side alone, after warm-up. */
export function soloTimes(run: () => void, plan: RunPlan, now: () => number = () => performance.now(), settle: () => void = () => {}): number[] {
  return pairedTimes(run, () => {}, plan, now, settle).ours;
}

/** How many times faster ours is than the peer in each run (peer time / our time). */
export function speedRatios(times: PairedTimes): number[] {
  return times.ours.map((ms, i) => (times.peer[i] ?? Number.NaN) / ms);
}

/** MB/s for a text of `bytes` extracted in `ms` (MB = 2^20 bytes). */
export function throughputMBps(bytes: number, ms: number): number {
  return bytes / (1024 * 1024) / (ms / 1000);
}
