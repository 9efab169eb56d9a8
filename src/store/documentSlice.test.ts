import { describe, expect, it } from 'vitest';
import { documentFromText, extractGraph } from '../extract/index.ts';
import type { SourceDocument } from '../extract/types.ts';
import { createExtractClient, type WorkerLike } from '../worker/client.ts';
import { compactGraph } from '../worker/compactGraph.ts';
import type { ExtractReply, ExtractRequest } from '../worker/messages.ts';
import { createAppStore } from './appStore.ts';
import { selectGraph } from './selectors.ts';

// The store on the real client, the worker a stand-in the test answers part by part, as the real one does.

const SYRIA = documentFromText('seed', 'Russia and Turkey\n\nTurkey accused Russia of bombing rebels near Aleppo on Tuesday.');
const GERMANY = documentFromText('big', 'Merkel meets Macron\n\nAngela Merkel met Emmanuel Macron in Berlin to discuss Ukraine.');
const SPAIN = documentFromText('other', 'Sánchez in Lisbon\n\nPedro Sánchez met António Costa in Lisbon on Friday.');

function storeOnFakeWorker() {
  const requests: ExtractRequest[] = [];
  let listener: (event: { data: ExtractReply }) => void = () => {};
  const worker = {
    postMessage: (request: ExtractRequest) => requests.push(request),
    addEventListener: (type: string, on: typeof listener) => {
      if (type === 'message') listener = on;
    },
    terminate: () => {},
  } as unknown as WorkerLike;
  const client = createExtractClient(() => worker, () => Promise.resolve());
  const store = createAppStore((documents, controls) => client.extract(documents, controls));
  const lastRead = () => requests.filter((r) => r.kind === 'extract').at(-1) as { id: number; documents: SourceDocument[] };
  const reply = (data: ExtractReply) => listener({ data });
  const finish = async () => {
    const { id, documents } = lastRead();
    reply({ kind: 'extracted', id, graph: compactGraph(extractGraph(documents)).graph });
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { store, requests, lastRead, reply, finish };
}

const labels = (store: ReturnType<typeof createAppStore>) => (selectGraph(store.getState())?.actors ?? []).map((a) => a.label).sort();

describe('reading with progress', () => {
  it('shows how far the worker has read, and nothing once the graph is in', async () => {
    const fake = storeOnFakeWorker();
    const reading = fake.store.getState().readArticles([SYRIA]);
    expect(fake.store.getState().readProgress).toEqual({ done: 0, total: 0 });
    fake.reply({ kind: 'progress', id: 1, done: 65_536, total: 200_000 });
    expect(fake.store.getState().readProgress).toEqual({ done: 65_536, total: 200_000 });
    await fake.finish();
    await reading;
    expect(fake.store.getState().readProgress).toBeNull();
    expect(labels(fake.store)).toEqual(['Russia', 'Turkey']);
  });

  it('cancels an opened article: the old graph stays, the worker is told, and the user is told', async () => {
    const fake = storeOnFakeWorker();
    const first = fake.store.getState().readArticles([SYRIA]);
    await fake.finish();
    await first;
    const before = fake.store.getState().load;
    const opening = fake.store.getState().openArticles([GERMANY]);
    fake.reply({ kind: 'progress', id: 2, done: 10, total: 100 });
    fake.store.getState().cancelReading();
    await opening;
    expect(fake.requests.at(-1)).toEqual({ kind: 'cancel', id: 2 });
    expect(fake.store.getState().load).toBe(before);
    expect(fake.store.getState().sources).toEqual([SYRIA]);
    expect(fake.store.getState().readProgress).toBeNull();
    expect(fake.store.getState().reading).toBeNull();
    expect(fake.store.getState().notices).toEqual([
      expect.objectContaining({ tone: 'note', text: 'Stopped reading “Merkel meets Macron”. The workspace is unchanged.' }),
    ]);
    expect(fake.store.getState().workspaceRevision).toBe(0);
  });

  it('reads only the second of two articles opened one after the other; the first one’s progress is ignored', async () => {
    const fake = storeOnFakeWorker();
    const first = fake.store.getState().readArticles([SYRIA]);
    await fake.finish();
    await first;
    const opening = fake.store.getState().openArticles([GERMANY]);
    const second = fake.store.getState().openArticles([SPAIN]);
    await opening;
    fake.reply({ kind: 'progress', id: 2, done: 90, total: 100 });
    expect(fake.store.getState().readProgress).toEqual({ done: 0, total: 0 });
    expect(fake.store.getState().reading).toBe('“Sánchez in Lisbon”');
    await fake.finish();
    await second;
    expect(fake.lastRead().documents.map((d) => d.title)).toEqual(['Sánchez in Lisbon']);
    expect(labels(fake.store)).toContain('Pedro Sánchez');
    expect(labels(fake.store)).not.toContain('Angela Merkel');
    expect(fake.store.getState().notices).toEqual([]);
    expect(fake.store.getState().readProgress).toBeNull();
  });

  it('says a first reading was cancelled and offers it again', async () => {
    const fake = storeOnFakeWorker();
    const reading = fake.store.getState().readArticles([SYRIA]);
    fake.store.getState().cancelReading();
    await reading;
    expect(fake.store.getState().load).toEqual({ status: 'failed', message: 'you cancelled the reading' });
    const retry = fake.store.getState().retryReading();
    await fake.finish();
    await retry;
    expect(labels(fake.store)).toEqual(['Russia', 'Turkey']);
  });

  it('keeps a document when the reading of the rest is cancelled', async () => {
    const fake = storeOnFakeWorker();
    const first = fake.store.getState().readArticles([SYRIA, GERMANY]);
    await fake.finish();
    await first;
    const removing = fake.store.getState().removeDocument('big');
    // The bar names the articles read again: those that stay.
    expect(fake.store.getState().reading).toBe('“Russia and Turkey”');
    fake.store.getState().cancelReading();
    await removing;
    expect(fake.store.getState().sources.map((d) => d.id)).toEqual(['seed', 'big']);
    expect(labels(fake.store)).toContain('Angela Merkel');
    expect(fake.store.getState().notices.at(-1)?.text).toBe('Stopped reading the remaining articles. Nothing was removed.');
    expect(fake.store.getState().reading).toBeNull();
  });
});
