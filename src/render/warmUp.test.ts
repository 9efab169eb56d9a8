import { describe, expect, it } from 'vitest';
import { kerryTalksGraph } from '../graph/fixtures/kerryTalks.ts';
import { createLayoutSimulation } from './layout.ts';
import { placeScene } from './placement.ts';
import { toScene } from './scene.ts';
import { SLICE_MS, warmUp, type WarmUpClock } from './warmUp.ts';

/** A clock whose every reading is `step` ms after the last, and whose scheduled tasks run when the test says. */
function steppingClock(step: number): WarmUpClock & { queued: Array<() => void>; runNext(): void } {
  let time = 0;
  const queued: Array<() => void> = [];
  return {
    queued,
    schedule: (task) => void queued.push(task),
    now: () => (time += step),
    runNext: () => queued.shift()?.(),
  };
}

const scene = toScene(kerryTalksGraph(), { layoutKey: 'kerry-talks', selectedId: null, hoveredId: null });

function warmedPositions(ticksAtOnce: boolean): Array<[number, number]> {
  const { nodes, links } = placeScene(scene, new Map());
  const simulation = createLayoutSimulation(nodes, links).alpha(1);
  if (ticksAtOnce) simulation.tick(40);
  else {
    // The clock moves 1.5 ms a reading, once a tick: five ticks a slice, in eight slices.
    const clock = steppingClock(1.5);
    warmUp(simulation, 40, () => {}, clock);
    while (clock.queued.length > 0) clock.runNext();
  }
  return nodes.map((node) => [node.x!, node.y!]);
}

describe('warmUp', () => {
  it('runs the ticks in slices of about SLICE_MS, each after the last, then says it is done', () => {
    let ticks = 0;
    const counted = { tick: () => ticks++ };
    const clock = steppingClock(SLICE_MS / 4);
    let done = false;
    warmUp(counted, 10, () => (done = true), clock);
    // The first slice at once: the clock is read once before and once after each tick.
    expect(ticks).toBe(4);
    expect(done).toBe(false);
    clock.runNext();
    expect(ticks).toBe(8);
    clock.runNext();
    expect(ticks).toBe(10);
    // Done in a task of its own, after the last slice.
    expect(done).toBe(false);
    clock.runNext();
    expect(done).toBe(true);
    expect(clock.queued).toHaveLength(0);
  });

  it('is done at once when the ticks fit in the first slice', () => {
    let ticks = 0;
    let done = false;
    warmUp({ tick: () => ticks++ }, 5, () => (done = true), steppingClock(0.1));
    expect(ticks).toBe(5);
    expect(done).toBe(true);
  });

  it('stops when cancelled, and never says it is done, even once the ticks are all run', () => {
    let ticks = 0;
    let done = false;
    const clock = steppingClock(SLICE_MS);
    const cancel = warmUp({ tick: () => ticks++ }, 10, () => (done = true), clock);
    expect(ticks).toBe(1);
    cancel();
    clock.runNext();
    expect(ticks).toBe(1);
    expect(done).toBe(false);
    const cancelLate = warmUp({ tick: () => ticks++ }, 2, () => (done = true), clock);
    clock.runNext();
    expect(ticks).toBe(3);
    cancelLate();
    clock.runNext();
    expect(done).toBe(false);
  });

  it('leaves the layout exactly where the same ticks run at once leave it', () => {
    expect(warmedPositions(false)).toEqual(warmedPositions(true));
  });
});
