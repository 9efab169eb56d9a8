import { describe, expect, it } from 'vitest';
import { GRAPH_FORMAT, type GraphDocument, type SourceDocument } from '../extract/types.ts';
import { createExtractClient, type WorkerLike } from './client.ts';
import type { ExtractReply, ExtractRequest } from './messages.ts';

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
    crash: (message: string) => emit('error', { message, preventDefault: () => {} }),
    garble: () => emit('messageerror', {}),
  };
}

describe('createExtractClient', () => {
  it('resolves with the graph the worker sends for the request id', async () => {
    const fake = fakeWorker();
    const client = createExtractClient(() => fake.worker);
    const result = client.extract([ARTICLE]);
    expect(fake.requests).toEqual([{ kind: 'extract', id: 1, documents: [ARTICLE] }]);
    fake.reply({ kind: 'extracted', id: 1, graph: graphFor([ARTICLE]) });
    await expect(result).resolves.toEqual({ ok: true, graph: graphFor([ARTICLE]) });
  });

  it('passes the worker’s own failure message on as a value', async () => {
    const fake = fakeWorker();
    const client = createExtractClient(() => fake.worker);
    const result = client.extract([ARTICLE]);
    fake.reply({ kind: 'failed', id: 1, message: 'the reader stopped on an error (boom)' });
    await expect(result).resolves.toEqual({ ok: false, message: 'the reader stopped on an error (boom)' });
  });

  it('marks an older request superseded and ignores its late reply', async () => {
    const fake = fakeWorker();
    const client = createExtractClient(() => fake.worker);
    const first = client.extract([ARTICLE]);
    const second = client.extract([{ ...ARTICLE, id: 'd2' }]);
    await expect(first).resolves.toMatchObject({ ok: false, superseded: true });
    fake.reply({ kind: 'extracted', id: 1, graph: graphFor([ARTICLE]) });
    fake.reply({ kind: 'extracted', id: 2, graph: graphFor([{ ...ARTICLE, id: 'd2' }]) });
    const settled = await second;
    expect(settled.ok && settled.graph.documents[0]?.id).toBe('d2');
  });

  it('turns a worker crash into a readable failure and starts a fresh worker for the retry', async () => {
    const fakes = [fakeWorker(), fakeWorker()];
    let started = 0;
    const client = createExtractClient(() => fakes[started++]!.worker);
    const result = client.extract([ARTICLE]);
    fakes[0]!.crash('Uncaught SyntaxError: Unexpected token');
    await expect(result).resolves.toEqual({
      ok: false,
      message: 'the article reader stopped unexpectedly (Uncaught SyntaxError: Unexpected token)',
    });
    expect(fakes[0]!.isTerminated()).toBe(true);

    const retry = client.extract([ARTICLE]);
    expect(started).toBe(2);
    fakes[1]!.reply({ kind: 'extracted', id: 2, graph: graphFor([ARTICLE]) });
    await expect(retry).resolves.toMatchObject({ ok: true });
  });

  it('reports a reply that could not be deserialised', async () => {
    const fake = fakeWorker();
    const client = createExtractClient(() => fake.worker);
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
