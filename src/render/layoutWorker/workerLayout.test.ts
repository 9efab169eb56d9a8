import { describe, expect, it } from 'vitest';
import type { LayoutTick } from '../layoutEngine.ts';
import { manualFrames, manualTasks, steppingClock } from './fakes.ts';
import { createLayoutHost } from './layoutHost.ts';
import { createMainThreadLayout } from './mainThreadLayout.ts';
import type { LayoutReply, LayoutRequest } from './protocol.ts';
import { engineGraph } from './testGraph.ts';
import { createWorkerLayout, type LayoutWorkerPort } from './workerLayout.ts';

const { nodes, links } = engineGraph(80);

/** A worker in name only: the host runs in this thread, messages each way wait in a queue. */
function inProcessWorker() {
  const messages = manualTasks();
  const slices = manualTasks();
  const requests: LayoutRequest[] = [];
  let terminated = false;
  const port: LayoutWorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      requests.push(request);
      messages.schedule(() => receive(request));
    },
    terminate: () => void (terminated = true),
  };
  const receive = createLayoutHost({
    post: (reply: LayoutReply) => messages.schedule(() => port.onmessage?.(new MessageEvent('message', { data: reply }))),
    schedule: slices.schedule,
    now: steppingClock(1),
  });
  return { port, messages, slices, requests, terminated: () => terminated };
}

function engineOnWorker() {
  const worker = inProcessWorker();
  const frames = manualFrames();
  const engine = createWorkerLayout(worker.port, frames);
  const ticks: LayoutTick[] = [];
  engine.onTick((tick) => ticks.push(tick));
  /** One round: messages both ways, a slice of ticks in the worker, an animation frame on the page. */
  const round = () => {
    worker.messages.runQueued();
    worker.slices.runQueued();
    worker.messages.runQueued();
    frames.runQueued();
  };
  return { engine, worker, frames, ticks, round };
}

describe('createWorkerLayout', () => {
  it('hands the renderer positions once per animation frame and comes to rest as the main-thread engine does', () => {
    const { engine, ticks, round, frames } = engineOnWorker();
    engine.start(nodes, links);
    for (let i = 0; i < 500 && !ticks.at(-1)?.settled; i++) round();
    expect(ticks.at(-1)!.settled).toBe(true);
    expect(ticks.at(-1)!.positions).toHaveLength(nodes.length * 2);
    // Several worker messages between two frames still make one tick for the renderer.
    expect(frames.size).toBe(0);

    const mainFrames = manualFrames();
    const onMain = createMainThreadLayout({ frames: mainFrames, now: steppingClock(1) });
    let last: LayoutTick | null = null;
    onMain.onTick((tick) => (last = tick));
    onMain.start(nodes, links);
    while (mainFrames.size > 0) mainFrames.runQueued();
    expect(ticks.at(-1)!.positions).toEqual(last!.positions);
  });

  it('gives back only arrays the renderer no longer holds: the one before the newest', () => {
    const { engine, worker, ticks, round } = engineOnWorker();
    const send = worker.port.postMessage.bind(worker.port);
    const givenBack: Array<{ buffer: Float32Array; held: Float32Array | undefined }> = [];
    worker.port.postMessage = (request, transfer) => {
      if (request.kind === 'taken' && request.buffer) givenBack.push({ buffer: request.buffer, held: ticks.at(-1)?.positions });
      send(request, transfer);
    };
    engine.start(nodes, links);
    for (let i = 0; i < 8; i++) round();
    expect(givenBack.length).toBeGreaterThan(3);
    for (const { buffer, held } of givenBack) expect(buffer).not.toBe(held);
    expect(givenBack[0]!.buffer).toBe(ticks[0]!.positions);
    // Two arrays go round: the worker fills the one given back rather than allocating.
    expect(new Set(ticks.map((tick) => tick.positions)).size).toBe(2);
  });

  it('passes pins, unpins and reheats on, and terminates the worker on destroy', () => {
    const { engine, worker, ticks, round } = engineOnWorker();
    engine.start(nodes, links);
    engine.pin(4, { x: 50, y: 60 });
    for (let i = 0; i < 500 && !ticks.at(-1)?.settled; i++) round();
    expect([ticks.at(-1)!.positions[8], ticks.at(-1)!.positions[9]]).toEqual([50, 60]);
    engine.unpinAll();
    engine.reheat(0.4);
    expect(worker.requests.slice(-2)).toEqual([{ kind: 'unpin-all' }, { kind: 'reheat', alpha: 0.4 }]);
    expect(worker.requests).toContainEqual({ kind: 'pin', index: 4, position: { x: 50, y: 60 } });

    const count = ticks.length;
    engine.destroy();
    expect(worker.terminated()).toBe(true);
    round();
    expect(ticks).toHaveLength(count);
  });

  it('ignores positions still on their way from a graph that a new start replaced', () => {
    const { engine, ticks, round } = engineOnWorker();
    engine.start(nodes, links);
    const smaller = engineGraph(10);
    engine.start(smaller.nodes, smaller.links);
    for (let i = 0; i < 3; i++) round();
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.every((tick) => tick.positions.length === 20)).toBe(true);
  });

  it('lays the graph out on the main thread when the worker fails, with the same result', () => {
    const { engine, worker, frames, ticks } = engineOnWorker();
    engine.start(nodes, links);
    worker.port.onerror?.(new Event('error', { cancelable: true }) as ErrorEvent);
    expect(worker.terminated()).toBe(true);
    engine.pin(4, { x: 50, y: 60 });
    while (frames.size > 0) frames.runQueued();
    expect(ticks.at(-1)!.settled).toBe(true);
    expect([ticks.at(-1)!.positions[8], ticks.at(-1)!.positions[9]]).toEqual([50, 60]);
  });
});
