import { describe, expect, it } from 'vitest';
import { manualTasks, steppingClock } from './fakes.ts';
import { createForceLayout } from './forceLayout.ts';
import { createLayoutHost, SLICE_MS } from './layoutHost.ts';
import type { LayoutReply, LayoutRequest } from './protocol.ts';
import { engineGraph } from './testGraph.ts';

const { nodes, links } = engineGraph(80);
const start: LayoutRequest = { kind: 'start', generation: 1, nodes, links, known: new Map() };

function host(tickCostMs = 1) {
  const posted: Array<{ reply: LayoutReply; transfer: Transferable[] }> = [];
  const tasks = manualTasks();
  const receive = createLayoutHost({
    post: (reply, transfer) => posted.push({ reply, transfer }),
    schedule: tasks.schedule,
    now: steppingClock(tickCostMs),
  });
  /** The page's side: takes the latest positions, giving back the array it had before. */
  let held: Float32Array | null = null;
  const take = () => {
    const { reply } = posted.at(-1)!;
    receive({ kind: 'taken', generation: reply.generation, buffer: held });
    held = reply.positions;
  };
  return { receive, tasks, posted, take };
}

describe('createLayoutHost (the worker side)', () => {
  it('posts the starting positions at once, transferred, then ticks in slices of about 10 ms', () => {
    const { receive, tasks, posted, take } = host(1);
    receive(start);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.reply).toMatchObject({ kind: 'positions', generation: 1, alpha: 1, settled: false });
    expect(posted[0]!.transfer).toEqual([posted[0]!.reply.positions.buffer]);
    expect(tasks.size).toBe(1);

    tasks.runQueued();
    take();
    // The clock moves 1 ms a tick: the slice stops once 10 ms have gone by, after 10 ticks.
    expect(posted).toHaveLength(2);
    expect(posted[1]!.reply.positions).toEqual(positionsAfter(SLICE_MS));
  });

  it('keeps one set of positions in flight: ticks one slice ahead while the page is busy, then waits for it', () => {
    const { receive, tasks, posted, take } = host(5);
    receive(start);
    tasks.runQueued();
    // One slice of two ticks (5 ms each) went by unsent; nothing more runs until the page takes the start.
    expect(posted).toHaveLength(1);
    expect(tasks.size).toBe(0);
    take();
    expect(posted).toHaveLength(2);
    expect(posted[1]!.reply.positions).toEqual(positionsAfter(2));
    expect(tasks.size).toBe(1);
    tasks.runQueued();
    take();
    expect(posted[2]!.reply.positions).toEqual(positionsAfter(4));
  });

  it('reuses the arrays the page gives back, and settles with the same positions as the simulation alone', () => {
    const { receive, tasks, posted, take } = host(1);
    receive(start);
    while (!posted.at(-1)!.reply.settled) {
      tasks.runQueued();
      take();
    }
    const buffers = new Set(posted.map(({ reply }) => reply.positions));
    expect(buffers.size).toBeLessThanOrEqual(3);
    const reference = createForceLayout(nodes, links);
    while (!reference.settled()) reference.tick();
    expect(posted.at(-1)!.reply.positions).toEqual(reference.writePositions(new Float32Array(nodes.length * 2)));
    // At rest: nothing more to do until something warms it up.
    expect(tasks.size).toBe(0);
    receive({ kind: 'reheat', alpha: 0.2 });
    expect(tasks.size).toBe(1);
    tasks.runQueued();
    take();
    expect(posted.at(-1)!.reply).toMatchObject({ settled: false });
    expect(posted.at(-1)!.reply.alpha).toBeLessThan(0.2);
  });

  it('sends the settled positions even while earlier ones are still in flight', () => {
    const { receive, tasks, posted, take } = host(1);
    receive(start);
    let sent = posted.length;
    // Each slice runs while the positions before it are in flight; only the settling one is posted at once.
    while (tasks.size > 0) {
      tasks.runQueued();
      if (posted.length > sent) break;
      take();
      sent = posted.length;
    }
    expect(posted.at(-1)!.reply.settled).toBe(true);
    expect(posted.filter(({ reply }) => reply.settled)).toHaveLength(1);
    expect(tasks.size).toBe(0);
  });

  it('holds a pinned node, lets all go on unpin-all, and forgets a graph replaced by a new start', () => {
    const { receive, tasks, posted, take } = host(1);
    receive(start);
    receive({ kind: 'pin', index: 2, position: { x: 300, y: 300 } });
    while (tasks.size > 0) {
      tasks.runQueued();
      take();
    }
    expect([posted.at(-1)!.reply.positions[4], posted.at(-1)!.reply.positions[5]]).toEqual([300, 300]);
    receive({ kind: 'unpin-all' });
    while (tasks.size > 0) {
      tasks.runQueued();
      take();
    }
    expect([posted.at(-1)!.reply.positions[4], posted.at(-1)!.reply.positions[5]]).not.toEqual([300, 300]);

    const smaller = engineGraph(20);
    receive({ kind: 'start', generation: 2, nodes: smaller.nodes, links: smaller.links, known: new Map() });
    expect(posted.at(-1)!.reply.generation).toBe(2);
    expect(posted.at(-1)!.reply.positions).toHaveLength(40);
  });
});

/** Where the simulation alone has the nodes after `ticks` ticks. */
function positionsAfter(ticks: number): Float32Array {
  const reference = createForceLayout(nodes, links);
  for (let i = 0; i < ticks; i++) reference.tick();
  return reference.writePositions(new Float32Array(nodes.length * 2));
}
