import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GRAPH_FORMAT, type GraphDocument, type SourceDocument } from '../extract/types.ts';
import { createExtractClient, type ReadProgress, type WorkerLike } from './client.ts';
import { compactGraph } from './compactGraph.ts';
import type { ExtractReply, ExtractRequest } from './messages.ts';
import { SLICE_CHARS } from './textSlices.ts';

const ARTICLE: SourceDocument = {
  id: 'd1',
  title: 'United States and Russian militaries launch talks on Syria',
  text: 'United States and Russian militaries launch talks on Syria\n\nKerry met Shoygu.',
};

const graphFor = (documents: SourceDocument[]): GraphDocument => ({
  format: GRAPH_FORMAT,
  documents,
  actors: [],
  relations: [],
});

const noPause = () => Promise.resolve();

/** A stand-in worker: records requests and lets the test decide when and how it answers. */
function fakeWorker() {
  const listeners = new Map<string, Array<(event: unknown) => void>>();
  const requests: ExtractRequest[] = [];
  let terminated = false;
  const worker = {
    postMessage: (request: ExtractRequest) => requests.push(request),
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    terminate: () => {
      terminated = true;
    },
  } as unknown as WorkerLike;
  const emit = (type: string, event: unknown) => listeners.get(type)?.forEach((listener) => listener(event));
  return {
    worker,
    requests,
    isTerminated: () => terminated,
    reply: (reply: ExtractReply) => emit('message', { data: reply }),
    /** The worker's answer for the request: the graph packed as the real worker packs it. */
    extracted: (id: number, graph: GraphDocument) => emit('message', { data: { kind: 'extracted', id, graph: compactGraph(graph).graph } }),
    crash: (message: string) => emit('error', { message, preventDefault: () => {} }),
    garble: () => emit('messageerror', {}),
  };
}

describe('createExtractClient', () => {
  it('resolves with the graph the worker sends for the request id', async () => {
    const fake = fakeWorker();
    const client = createExtractClient(() => fake.worker, noPause);
    const result = client.extract([ARTICLE]);
    expect(fake.requests).toEqual([{ kind: 'extract', id: 1, documents: [ARTICLE] }]);
    fake.extracted(1, graphFor([ARTICLE]));
    await expect(result).resolves.toEqual({ ok: true, graph: graphFor([ARTICLE]) });
  });

  it('tells the worker how many cores the page has, which decide whether a second worker reads too', () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 6 });
    const fake = fakeWorker();
    void createExtractClient(() => fake.worker, noPause).extract([ARTICLE]);
    expect(fake.requests).toEqual([{ kind: 'extract', id: 1, documents: [ARTICLE], cores: 6 }]);
  });

  // A page that says nothing of its cores (as Node before 21), unless a test says otherwise.
  beforeEach(() => {
    vi.stubGlobal('navigator', {});
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('starts one worker ahead of the first text when warmed up, and reads with that worker', async () => {
    const fake = fakeWorker();
    let started = 0;
    const client = createExtractClient(() => {
      started += 1;
      return fake.worker;
    }, noPause);
    client.warmUp();
    client.warmUp();
    expect(started).toBe(1);
    expect(fake.requests).toEqual([]);
    const result = client.extract([ARTICLE]);
    expect(started).toBe(1);
    fake.extracted(1, graphFor([ARTICLE]));
    await expect(result).resolves.toEqual({ ok: true, graph: graphFor([ARTICLE]) });
  });

  it('says nothing when the worker cannot start while warming up; the first text says why', async () => {
    const client = createExtractClient(() => {
      throw new Error('module workers are not supported');
    }, noPause);
    expect(() => client.warmUp()).not.toThrow();
    await expect(client.extract([ARTICLE])).resolves.toEqual({
      ok: false,
      message: 'this browser could not start the article reader (module workers are not supported)',
    });
  });

  it('passes each part’s progress on, and only the current request’s', async () => {
    const fake = fakeWorker();
    const client = createExtractClient(() => fake.worker, noPause);
    const seen: Array<[string, ReadProgress]> = [];
    void client.extract([ARTICLE], { onProgress: (p) => seen.push(['first', p]) });
    fake.reply({ kind: 'progress', id: 1, done: 65_536, total: 5_242_880 });
    const second = client.extract([ARTICLE], { onProgress: (p) => seen.push(['second', p]) });
    fake.reply({ kind: 'progress', id: 1, done: 131_072, total: 5_242_880 });
    fake.reply({ kind: 'progress', id: 2, done: 65_536, total: 5_242_880 });
    fake.extracted(2, graphFor([ARTICLE]));
    await second;
    expect(seen).toEqual([
      ['first', { done: 65_536, total: 5_242_880 }],
      ['second', { done: 65_536, total: 5_242_880 }],
    ]);
  });

  it('puts the documents’ texts back into the graph: the worker does not send them again', async () => {
    const fake = fakeWorker();
    const client = createExtractClient(() => fake.worker, noPause);
    const result = client.extract([ARTICLE]);
    fake.extracted(1, graphFor([{ ...ARTICLE, text: '' }]));
    const settled = await result;
    expect(settled.ok && settled.graph.documents).toEqual([ARTICLE]);
  });

  it('cancels: the read resolves as cancelled at once, the worker is told, its late reply ignored', async () => {
    const fake = fakeWorker();
    const client = createExtractClient(() => fake.worker, noPause);
    const result = client.extract([ARTICLE]);
    client.cancel();
    await expect(result).resolves.toEqual({ ok: false, message: 'the reading was cancelled', cancelled: true });
    expect(fake.requests.at(-1)).toEqual({ kind: 'cancel', id: 1 });
    expect(fake.isTerminated()).toBe(false);
    fake.extracted(1, graphFor([ARTICLE]));
    const next = client.extract([ARTICLE]);
    fake.extracted(2, graphFor([ARTICLE]));
    await expect(next).resolves.toMatchObject({ ok: true });
  });

  it('cancels the read whose signal aborts, and not a newer one', async () => {
    const fake = fakeWorker();
    const client = createExtractClient(() => fake.worker, noPause);
    const first = new AbortController();
    const second = new AbortController();
    const cancelled = client.extract([ARTICLE], { signal: second.signal });
    second.abort();
    await expect(cancelled).resolves.toMatchObject({ ok: false, cancelled: true });
    const current = client.extract([ARTICLE], { signal: first.signal });
    second.abort();
    fake.extracted(2, graphFor([ARTICLE]));
    await expect(current).resolves.toMatchObject({ ok: true });
  });

  it('hands a long text over a slice per task, and stops handing it over when the read is called off', async () => {
    const fake = fakeWorker();
    const turns: Array<() => void> = [];
    const client = createExtractClient(() => fake.worker, () => new Promise<void>((resolve) => turns.push(resolve)));
    const long = { ...ARTICLE, text: ARTICLE.text.repeat(Math.ceil((3 * SLICE_CHARS) / ARTICLE.text.length)) };
    const result = client.extract([long]);
    expect(fake.requests.map((request) => request.kind)).toEqual(['text']);
    turns.shift()!();
    await Promise.resolve();
    expect(fake.requests.map((request) => request.kind)).toEqual(['text', 'text']);
    client.cancel();
    await expect(result).resolves.toMatchObject({ cancelled: true });
    turns.shift()!();
    await Promise.resolve();
    expect(fake.requests.map((request) => request.kind)).toEqual(['text', 'text', 'cancel']);
  });

  it('passes the worker’s own failure message on as a value', async () => {
    const fake = fakeWorker();
    const client = createExtractClient(() => fake.worker, noPause);
    const result = client.extract([ARTICLE]);
    fake.reply({ kind: 'failed', id: 1, message: 'the reader stopped on an error (boom)' });
    await expect(result).resolves.toEqual({ ok: false, message: 'the reader stopped on an error (boom)' });
  });

  it('marks an older request superseded and ignores its late reply', async () => {
    const fake = fakeWorker();
    const client = createExtractClient(() => fake.worker, noPause);
    const first = client.extract([ARTICLE]);
    const second = client.extract([{ ...ARTICLE, id: 'd2' }]);
    await expect(first).resolves.toMatchObject({ ok: false, superseded: true });
    fake.extracted(1, graphFor([ARTICLE]));
    fake.extracted(2, graphFor([{ ...ARTICLE, id: 'd2' }]));
    const settled = await second;
    expect(settled.ok && settled.graph.documents[0]?.id).toBe('d2');
  });

  it('turns a worker crash into a readable failure and starts a fresh worker for the retry', async () => {
    const fakes = [fakeWorker(), fakeWorker()];
    let started = 0;
    const client = createExtractClient(() => fakes[started++]!.worker, noPause);
    const result = client.extract([ARTICLE]);
    fakes[0]!.crash('Uncaught SyntaxError: Unexpected token');
    await expect(result).resolves.toEqual({
      ok: false,
      message: 'the article reader stopped unexpectedly (Uncaught SyntaxError: Unexpected token)',
    });
    expect(fakes[0]!.isTerminated()).toBe(true);

    const retry = client.extract([ARTICLE]);
    expect(started).toBe(2);
    fakes[1]!.extracted(2, graphFor([ARTICLE]));
    await expect(retry).resolves.toMatchObject({ ok: true });
  });

  it('reports a reply that could not be deserialised', async () => {
    const fake = fakeWorker();
    const client = createExtractClient(() => fake.worker, noPause);
    const result = client.extract([ARTICLE]);
    fake.garble();
    await expect(result).resolves.toEqual({
      ok: false,
      message: 'the article reader sent back a result the page could not read',
    });
  });

  it('fails in words when the browser cannot start a worker at all', async () => {
    const client = createExtractClient(() => {
      throw new Error('Worker is not defined');
    });
    await expect(client.extract([ARTICLE])).resolves.toEqual({
      ok: false,
      message: 'this browser could not start the article reader (Worker is not defined)',
    });
  });
});
