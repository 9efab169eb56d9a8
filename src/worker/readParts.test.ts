import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../cli/bench/corpus.ts';
import { benchArticles, CORPUS_SEED, MIB } from '../../cli/bench/sources.ts';
import { extractGraph, partsOf, prepareExtractor } from '../extract/index.ts';
import type { SourceDocument } from '../extract/types.ts';
import type { SecondReaderRequest } from './messages.ts';
import { MIN_CORES_FOR_A_SECOND_READER, MIN_PARTS_FOR_A_SECOND_READER } from './partSchedule.ts';
import { readParts, type PartReading } from './readParts.ts';
import { createSecondReader, type SecondWorkerLike } from './secondReader.ts';
import { serveParts, type ReaderScope } from './serveParts.ts';

// Both workers in one process: messages cross as structured clones a task later, as between real workers, so the
// first worker's turns and the second's interleave; the second really reads its parts with the extractor.

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const articles = benchArticles().filter((article) => article.group === 'seed' || article.group === 'dev');
/** About 2.1 MB of real article paragraphs: enough parts for a second worker to join. */
const LONG: SourceDocument = { id: 'long', title: 'Long', text: buildCorpus(articles.map((a) => a.text), 2.1 * MIB, CORPUS_SEED) };
const SEED: SourceDocument = { id: 'seed', title: 'Seed', text: articles[0]!.text };
const DOCUMENTS = [SEED, LONG];

/** A second worker running serveParts in this process; `crashAfter` parts read it fails as a crashed worker does. */
function linkedSecondWorker(crashAfter = Infinity) {
  const toSecond: Array<(event: MessageEvent<SecondReaderRequest>) => void> = [];
  const fromSecond = new Map<string, Array<(event: unknown) => void>>();
  const emit = (type: string, event: unknown) => fromSecond.get(type)?.forEach((listener) => listener(event));
  const sent: SecondReaderRequest[] = [];
  const partsRead: number[] = [];
  let terminated = false;
  const scope: ReaderScope = {
    postMessage: (reply) => {
      if (terminated) return;
      if (reply.kind === 'part-read') partsRead.push(reply.index);
      const data = structuredClone(reply);
      setTimeout(() => {
        if (terminated) return;
        emit('message', { data });
        if (partsRead.length === crashAfter) emit('error', { preventDefault: () => {} });
      }, 0);
    },
    addEventListener: (_type, listener) => toSecond.push(listener),
  };
  const worker: SecondWorkerLike = {
    postMessage: (request) => {
      sent.push(request);
      const data = structuredClone(request);
      setTimeout(() => !terminated && toSecond.forEach((listener) => listener({ data } as MessageEvent<SecondReaderRequest>)), 0);
    },
    addEventListener: (type: string, listener: (event: never) => void) =>
      fromSecond.set(type, [...(fromSecond.get(type) ?? []), listener as (event: unknown) => void]),
    terminate: () => {
      terminated = true;
    },
  };
  serveParts(scope, prepareExtractor, nextTurn);
  return { worker, sent, partsRead, isTerminated: () => terminated };
}

function reading(second: PartReading['second'], progress: number[] = []): PartReading {
  return { second, cores: MIN_CORES_FOR_A_SECOND_READER, isCurrent: () => true, onProgress: (done) => progress.push(done), nextTurn };
}

const oneWorker = extractGraph(DOCUMENTS);

// Each test reads 2 MB with the real extractor, some twice: seconds each, more on a loaded machine.
describe('readParts with a second worker', { timeout: 60_000 }, () => {
  it('reads a long text in two workers and gives exactly the graph one worker gives, progress only growing to the whole', async () => {
    expect(partsOf(DOCUMENTS).length).toBeGreaterThanOrEqual(MIN_PARTS_FOR_A_SECOND_READER);
    const linked = linkedSecondWorker();
    const progress: number[] = [];
    const graph = await readParts(1, DOCUMENTS, reading(createSecondReader(() => linked.worker), progress));
    expect(linked.partsRead.length).toBeGreaterThan(0);
    expect(graph).toEqual(oneWorker);
    const total = DOCUMENTS.reduce((bytes, d) => bytes + Buffer.byteLength(d.text), 0);
    expect(progress.at(-1)).toBe(total);
    expect(progress.every((done, i) => i === 0 || done > progress[i - 1]!)).toBe(true);
    expect(linked.sent.at(-1)).toEqual({ kind: 'stop', id: 1 });
  });

  it('finishes alone with the same graph when the second worker crashes, and the reader sees no error', async () => {
    const linked = linkedSecondWorker(2);
    const progress: number[] = [];
    const graph = await readParts(1, DOCUMENTS, reading(createSecondReader(() => linked.worker), progress));
    expect(linked.isTerminated()).toBe(true);
    expect(graph).toEqual(oneWorker);
    expect(progress.at(-1)).toBe(DOCUMENTS.reduce((bytes, d) => bytes + Buffer.byteLength(d.text), 0));
  });

  it('reads alone where no second worker can start', async () => {
    const second = createSecondReader(() => {
      throw new Error('Worker is not defined');
    });
    await expect(readParts(1, DOCUMENTS, reading(second))).resolves.toEqual(oneWorker);
  });

  it('starts no second worker for a short text or on one core', async () => {
    let started = 0;
    const second = createSecondReader(() => {
      started += 1;
      return linkedSecondWorker().worker;
    });
    await readParts(1, [SEED], reading(second));
    await readParts(2, DOCUMENTS.slice(0, 1), { ...reading(second), cores: 1 });
    expect(started).toBe(0);
  });

  it('stops both workers at their next part when the request is called off, and ignores the second’s late graphs', async () => {
    const linked = linkedSecondWorker();
    const progress: number[] = [];
    let current = true;
    const second = createSecondReader(() => linked.worker);
    const read = readParts(1, DOCUMENTS, {
      ...reading(second, progress),
      isCurrent: () => current,
      onProgress: (done) => {
        progress.push(done);
        if (progress.length === 4) current = false;
      },
    });
    await expect(read).resolves.toBeNull();
    expect(linked.sent.at(-1)).toEqual({ kind: 'stop', id: 1 });
    const readWhenStopped = linked.partsRead.length;
    for (let turn = 0; turn < 5; turn++) await nextTurn();
    // The part in hand is finished; nothing after it, and no progress from it.
    expect(linked.partsRead.length).toBeLessThanOrEqual(readWhenStopped + 1);
    expect(progress).toHaveLength(4);
    expect(partsOf(DOCUMENTS).length).toBeGreaterThan(readWhenStopped + 4);
  });

  it('keeps the second worker for the next long text, and a newer request’s parts are read with its own documents', async () => {
    let started = 0;
    const linked = linkedSecondWorker();
    const second = createSecondReader(() => {
      started += 1;
      return linked.worker;
    });
    await readParts(1, DOCUMENTS, reading(second));
    const readFirst = linked.partsRead.length;
    const other = [LONG, SEED];
    await expect(readParts(2, other, reading(second))).resolves.toEqual(extractGraph(other));
    expect(started).toBe(1);
    expect(linked.partsRead.length).toBeGreaterThan(readFirst);
  });
});
