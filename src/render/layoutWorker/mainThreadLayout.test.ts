import { describe, expect, it } from 'vitest';
import type { LayoutTick } from '../layoutEngine.ts';
import { manualFrames, steppingClock } from './fakes.ts';
import { createForceLayout } from './forceLayout.ts';
import { createMainThreadLayout } from './mainThreadLayout.ts';
import { engineGraph } from './testGraph.ts';

const { nodes, links } = engineGraph(80);

/** Steps frames until the engine says it is settled (or stops asking for frames). */
function runToRest(frames: ReturnType<typeof manualFrames>, ticks: LayoutTick[]): void {
  while (frames.size > 0 && !ticks.at(-1)?.settled) frames.runQueued();
}

describe('createMainThreadLayout', () => {
  it('ticks in animation frames, a few ticks a frame, and comes to rest where the simulation alone does', () => {
    const frames = manualFrames();
    // Each clock read moves 2 ms on: three ticks run before the frame's 6 ms are spent.
    const engine = createMainThreadLayout({ frames, now: steppingClock(2) });
    const ticks: LayoutTick[] = [];
    engine.onTick((tick) => ticks.push({ ...tick, positions: tick.positions.slice() }));
    engine.start(nodes, links);
    expect(ticks).toHaveLength(0);
    frames.runQueued();
    expect(ticks).toHaveLength(1);
    expect(ticks[0]!.positions).toHaveLength(nodes.length * 2);

    const reference = createForceLayout(nodes, links);
    reference.tick();
    reference.tick();
    reference.tick();
    expect(ticks[0]!.positions).toEqual(reference.writePositions(new Float32Array(nodes.length * 2)));
    expect(ticks[0]!.alpha).toBeCloseTo(reference.alpha());

    runToRest(frames, ticks);
    expect(ticks.at(-1)!.settled).toBe(true);
    expect(ticks.slice(0, -1).every((tick) => !tick.settled)).toBe(true);
    // Alpha falls frame after frame: a progress figure.
    expect(ticks.every((tick, i) => i === 0 || tick.alpha < ticks[i - 1]!.alpha)).toBe(true);
    while (!reference.settled()) reference.tick();
    expect(ticks.at(-1)!.positions).toEqual(reference.writePositions(new Float32Array(nodes.length * 2)));
    expect(frames.size).toBe(0);
  });

  it('hands out positions that stay valid until the next tick is handed out', () => {
    const frames = manualFrames();
    const engine = createMainThreadLayout({ frames, now: steppingClock(1) });
    const seen: Float32Array[] = [];
    engine.onTick((tick) => seen.push(tick.positions));
    engine.start(nodes, links);
    frames.runQueued();
    const first = seen[0]!.slice();
    frames.runQueued();
    expect(seen[1]).not.toBe(seen[0]);
    // The array handed out first was not overwritten by the second tick.
    expect(seen[0]).toEqual(first);
  });

  it('holds a pinned node, warms up again for it, and releases every pin with unpinAll', () => {
    const frames = manualFrames();
    const engine = createMainThreadLayout({ frames, now: steppingClock(1) });
    const ticks: LayoutTick[] = [];
    engine.onTick((tick) => ticks.push({ ...tick, positions: tick.positions.slice() }));
    engine.start(nodes, links);
    runToRest(frames, ticks);
    expect(frames.size).toBe(0);

    engine.pin(3, { x: -250, y: 120 });
    expect(frames.size).toBe(1);
    ticks.length = 0;
    runToRest(frames, ticks);
    expect(ticks[0]!.alpha).toBeGreaterThan(0.25);
    expect([ticks.at(-1)!.positions[6], ticks.at(-1)!.positions[7]]).toEqual([-250, 120]);

    engine.unpinAll();
    ticks.length = 0;
    runToRest(frames, ticks);
    expect([ticks.at(-1)!.positions[6], ticks.at(-1)!.positions[7]]).not.toEqual([-250, 120]);
  });

  it('reheats by the alpha asked for, and stops ticking for good once destroyed', () => {
    const frames = manualFrames();
    const engine = createMainThreadLayout({ frames, now: steppingClock(1) });
    const ticks: LayoutTick[] = [];
    engine.onTick((tick) => ticks.push(tick));
    engine.start(nodes, links);
    runToRest(frames, ticks);
    engine.reheat(0.5);
    frames.runQueued();
    expect(ticks.at(-1)!.alpha).toBeGreaterThan(0.45);
    expect(ticks.at(-1)!.settled).toBe(false);

    const count = ticks.length;
    engine.destroy();
    expect(frames.size).toBe(0);
    engine.reheat(1);
    frames.runQueued();
    expect(ticks).toHaveLength(count);
  });

  it('stops telling a handler once it unsubscribes', () => {
    const frames = manualFrames();
    const engine = createMainThreadLayout({ frames, now: steppingClock(1) });
    let count = 0;
    const unsubscribe = engine.onTick(() => count++);
    engine.start(nodes, links);
    frames.runQueued();
    unsubscribe();
    frames.runQueued();
    expect(count).toBe(1);
  });
});
