import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractPart, partsOf, type PartGraph } from '../extract/index.ts';
import type { SourceDocument } from '../extract/types.ts';
import type { SecondReaderReply, SecondReaderRequest } from './messages.ts';
import { createPartSchedule } from './partSchedule.ts';
import { createSecondReader, SECOND_READER_IDLE_MS, type SecondWorkerLike } from './secondReader.ts';

const ARTICLE: SourceDocument = {
  id: 'd1',
  title: 'Talks',
  text: 'Kerry met Lavrov in Geneva on Friday.\n\nRussia and the United States agreed on talks.\n\n'.repeat(40),
};
/** Small parts, so one short text has several. */
const PARTS = partsOf([ARTICLE], 512);

/** A stand-in second worker: records what it is sent; the test answers for it. */
function fakeSecondWorker() {
  const listeners = new Map<string, Array<(event: unknown) => void>>();
  const sent: SecondReaderRequest[] = [];
  let terminated = false;
  const worker: SecondWorkerLike = {
    postMessage: (request) => sent.push(request),
    addEventListener: (type: string, listener: (event: never) => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener as (event: unknown) => void]),
    terminate: () => {
      terminated = true;
    },
  };
  const emit = (type: string, event: unknown) => listeners.get(type)?.forEach((listener) => listener(event));
  return {
    worker,
    sent,
    isTerminated: () => terminated,
    reply: (reply: SecondReaderReply) => emit('message', { data: reply }),
    read: (id: number, index: number) => emit('message', { data: { kind: 'part-read', id, index, graph: extractPart([ARTICLE], PARTS[index]!) } }),
    crash: () => emit('error', { preventDefault: () => {} }),
  };
}

const handed = (sent: readonly SecondReaderRequest[]) => sent.flatMap((request) => (request.kind === 'part' ? [request.index] : []));

afterEach(() => {
  vi.useRealTimers();
});

describe('createSecondReader', () => {
  it('sends the documents, then parts once the second worker is ready, one more for each it reads', () => {
    const fake = fakeSecondWorker();
    const schedule = createPartSchedule<PartGraph>(PARTS.map(() => 100));
    let reads = 0;
    createSecondReader(() => fake.worker).join(3, [ARTICLE], PARTS, schedule, () => (reads += 1));
    expect(fake.sent).toEqual([{ kind: 'documents', id: 3, documents: [ARTICLE] }]);
    fake.reply({ kind: 'ready', id: 3 });
    expect(fake.sent.slice(1)).toEqual([
      { kind: 'part', id: 3, index: 0, part: PARTS[0] },
      { kind: 'part', id: 3, index: 1, part: PARTS[1] },
    ]);
    fake.read(3, 0);
    expect(reads).toBe(1);
    expect(schedule.bytesDone()).toBe(100);
    expect(handed(fake.sent)).toEqual([0, 1, 2]);
  });

  it('drops the graphs of a request that is over', () => {
    const fake = fakeSecondWorker();
    const reader = createSecondReader(() => fake.worker);
    const schedule = createPartSchedule<PartGraph>(PARTS.map(() => 100));
    let reads = 0;
    reader.join(1, [ARTICLE], PARTS, schedule, () => (reads += 1));
    fake.reply({ kind: 'ready', id: 1 });
    reader.stop(1);
    expect(fake.sent.at(-1)).toEqual({ kind: 'stop', id: 1 });
    fake.read(1, 0);
    expect(reads).toBe(0);
    expect(schedule.bytesDone()).toBe(0);
  });

  it('loses a crashed second worker: the schedule hands it nothing more, and the next long text starts a fresh one', () => {
    const fakes = [fakeSecondWorker(), fakeSecondWorker()];
    let started = 0;
    const reader = createSecondReader(() => fakes[started++]!.worker);
    const schedule = createPartSchedule<PartGraph>(PARTS.map(() => 100));
    reader.join(1, [ARTICLE], PARTS, schedule, () => {});
    fakes[0]!.reply({ kind: 'ready', id: 1 });
    fakes[0]!.crash();
    expect(fakes[0]!.isTerminated()).toBe(true);
    expect(schedule.handOutToSecond()).toEqual([]);
    // The parts it held are the first worker's now: it reads on to the end.
    const order: number[] = [];
    for (let index = schedule.nextForFirst(); index !== null; index = schedule.nextForFirst()) {
      order.push(index);
      schedule.done(index, extractPart([ARTICLE], PARTS[index]!));
    }
    expect(order.sort((a, b) => a - b)).toEqual(PARTS.map((_, i) => i));
    reader.stop(1);
    reader.join(2, [ARTICLE], PARTS, createPartSchedule<PartGraph>(PARTS.map(() => 100)), () => {});
    expect(started).toBe(2);
    expect(fakes[1]!.sent).toEqual([{ kind: 'documents', id: 2, documents: [ARTICLE] }]);
  });

  it('lets the second worker go after a while without a long text, and keeps it when one comes before', () => {
    vi.useFakeTimers();
    const fakes = [fakeSecondWorker(), fakeSecondWorker()];
    let started = 0;
    const reader = createSecondReader(() => fakes[started++]!.worker);
    const join = (id: number) => reader.join(id, [ARTICLE], PARTS, createPartSchedule<PartGraph>(PARTS.map(() => 100)), () => {});
    join(1);
    reader.stop(1);
    vi.advanceTimersByTime(SECOND_READER_IDLE_MS - 1);
    join(2);
    reader.stop(2);
    vi.advanceTimersByTime(SECOND_READER_IDLE_MS - 1);
    expect(started).toBe(1);
    expect(fakes[0]!.isTerminated()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(fakes[0]!.isTerminated()).toBe(true);
    join(3);
    expect(started).toBe(2);
  });
});
