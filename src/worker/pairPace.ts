// Whether a second extraction worker is paying its way. On a machine whose other core is free, two workers read
// about 1.8× as fast as one. On a machine whose cores are busy with other work (or whose scheduler gives the browser
// a fixed share, as Linux's autogroups do), two workers only split one worker's time, and the second's start (its
// script and language model, ~0.5 s of CPU) and the second thread competing with the page make the read slower than
// one worker alone: measured 10 MB in 14.4 s against 8.8 s at load 6.5. So the first worker times its own first
// parts alone, and the pair's first parts together; if together is not clearly faster, the second is let go.

/** Bytes read over a stretch of wall time. */
export interface Pace {
  bytes: number;
  ms: number;
}

/** Parts the first worker reads alone, timed, before it starts the second: the yardstick the pair is held to. */
export const PARTS_READ_ALONE = 3;

/** Parts read by the pair (from the second's first) before its pace is judged: parts differ in how dense they are. */
export const PARTS_BEFORE_JUDGING = 6;

/** How much faster than one worker the pair must read to keep the second: well under 1.8, well over 1. */
export const MIN_SPEEDUP = 1.3;

/** Whether reading `together` beats reading `alone` by MIN_SPEEDUP. */
export function pairPays(alone: Pace, together: Pace): boolean {
  return together.bytes * alone.ms >= MIN_SPEEDUP * alone.bytes * together.ms;
}

export type PairVerdict = 'wait' | 'keep' | 'let go';

/** Judges the pair once: from the second worker's first part, over PARTS_BEFORE_JUDGING parts by either worker. */
export interface PairJudge {
  /** After each new part: `bytesDone` read in all at time `at` (ms); `bySecond` when the second read this one. */
  afterPart(bytesDone: number, at: number, bySecond: boolean): PairVerdict;
}

export function createPairJudge(alone: Pace, pays: (alone: Pace, together: Pace) => boolean = pairPays): PairJudge {
  let from: { bytes: number; at: number } | null = null;
  let parts = 0;
  return {
    afterPart(bytesDone, at, bySecond) {
      // Until the second's first part, it is still loading: the pair has not started.
      if (!from) {
        if (bySecond) from = { bytes: bytesDone, at };
        return 'wait';
      }
      parts += 1;
      if (parts < PARTS_BEFORE_JUDGING) return 'wait';
      return pays(alone, { bytes: bytesDone - from.bytes, ms: at - from.at }) ? 'keep' : 'let go';
    },
  };
}
