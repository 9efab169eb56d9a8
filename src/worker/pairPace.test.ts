import { describe, expect, it } from 'vitest';
import { createPairJudge, MIN_SPEEDUP, pairPays, PARTS_BEFORE_JUDGING } from './pairPace.ts';

const KB = 1024;
const PART = 64 * KB;

describe('pairPays', () => {
  it('keeps the second worker when the pair reads clearly faster than one worker alone', () => {
    const alone = { bytes: 3 * PART, ms: 150 };
    expect(pairPays(alone, { bytes: 6 * PART, ms: 170 })).toBe(true); // 1.76×: a free second core
    expect(pairPays(alone, { bytes: 6 * PART, ms: 300 })).toBe(false); // 1×: two workers sharing one core's time
    expect(pairPays(alone, { bytes: 6 * PART, ms: Math.floor(300 / MIN_SPEEDUP) })).toBe(true);
  });
});

describe('createPairJudge', () => {
  it('waits for the second worker’s first part, then judges the pair over its next parts, once', () => {
    const judge = createPairJudge({ bytes: 3 * PART, ms: 150 });
    // The first reads on while the second loads.
    expect(judge.afterPart(4 * PART, 200, false)).toBe('wait');
    expect(judge.afterPart(5 * PART, 250, true)).toBe('wait');
    const verdicts = Array.from({ length: PARTS_BEFORE_JUDGING }, (_, k) => judge.afterPart((6 + k) * PART, 250 + 28 * (k + 1), k % 2 === 0));
    expect(verdicts.slice(0, -1).every((verdict) => verdict === 'wait')).toBe(true);
    expect(verdicts.at(-1)).toBe('keep');
  });

  it('lets the second worker go when the pair is no faster than the first alone', () => {
    const judge = createPairJudge({ bytes: 3 * PART, ms: 150 });
    judge.afterPart(4 * PART, 220, true);
    const verdicts = Array.from({ length: PARTS_BEFORE_JUDGING }, (_, k) => judge.afterPart((5 + k) * PART, 220 + 50 * (k + 1), k % 2 === 1));
    expect(verdicts.at(-1)).toBe('let go');
  });
});
