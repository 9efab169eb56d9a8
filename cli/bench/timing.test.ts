import { describe, expect, it } from 'vitest';
import { pairedTimes, soloTimes, speedRatios, throughputMBps } from './timing.ts';

/** A clock that each side's work advances by a fixed cost, so the recorded times are known exactly. */
function fakeClock() {
  let t = 0;
  const calls: string[] = [];
  const work = (name: string, ms: number) => () => {
    calls.push(name);
    t += ms;
  };
  return { now: () => t, calls, work };
}

describe('pairedTimes', () => {
  it('warms both sides up, then alternates who goes first run by run', () => {
    const clock = fakeClock();
    const times = pairedTimes(clock.work('ours', 2), clock.work('peer', 30), { warmUp: 1, runs: 3 }, clock.now);
    expect(clock.calls).toEqual(['ours', 'peer', 'ours', 'peer', 'peer', 'ours', 'ours', 'peer']);
    expect(times).toEqual({ ours: [2, 2, 2], peer: [30, 30, 30] });
    expect(speedRatios(times)).toEqual([15, 15, 15]);
  });

  it('settles before every timed run, outside the time it records', () => {
    const clock = fakeClock();
    const settle = () => {
      clock.calls.push('settle');
      clock.work('gc', 100)();
    };
    const times = pairedTimes(clock.work('ours', 2), clock.work('peer', 30), { warmUp: 1, runs: 2 }, clock.now, settle);
    expect(clock.calls.filter((c) => c !== 'gc')).toEqual(['ours', 'peer', 'settle', 'ours', 'settle', 'peer', 'settle', 'peer', 'settle', 'ours']);
    expect(times).toEqual({ ours: [2, 2], peer: [30, 30] });
  });

  it('times one side alone', () => {
    const clock = fakeClock();
    expect(soloTimes(clock.work('ours', 4), { warmUp: 2, runs: 2 }, clock.now)).toEqual([4, 4]);
    expect(clock.calls).toHaveLength(4);
  });
});

describe('throughputMBps', () => {
  it('is MiB per second', () => {
    expect(throughputMBps(2 * 1024 * 1024, 500)).toBe(4);
  });
});
