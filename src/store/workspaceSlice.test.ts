import { describe, expect, it } from 'vitest';
import { documentFromText } from '../extract/document.ts';
import { extractGraph } from '../extract/index.ts';
import type { SourceDocument } from '../extract/types.ts';
import { createAppStore } from './appStore.ts';
import { selectGraph } from './selectors.ts';
import { titlesOf } from './workspaceSlice.ts';

// The real extractor as the reader, run in the test's thread as the worker would run it.
const readNow = (documents: SourceDocument[]) => Promise.resolve({ ok: true as const, graph: extractGraph(documents) });

const SYRIA = 'Russia and Turkey\n\nTurkey accused Russia of bombing rebels near Aleppo on Tuesday.';
const GERMANY = 'Merkel meets Macron\n\nAngela Merkel met Emmanuel Macron in Berlin to discuss Ukraine.';
const NOBODY = 'A quiet day\n\nit rained all morning and the streets were empty until noon.';

async function storeReading(text: string) {
  const store = createAppStore(readNow);
  await store.getState().readArticles([documentFromText('seed', text)]);
  return store;
}

const labels = (store: Awaited<ReturnType<typeof storeReading>>) =>
  (selectGraph(store.getState())?.actors ?? []).map((actor) => actor.label).sort();

describe('workspace slice', () => {
  it('replaces the documents by default, with a fresh id, and counts the change', async () => {
    const store = await storeReading(SYRIA);
    await store.getState().openArticles([documentFromText('pasted', GERMANY)]);
    expect(store.getState().sources.map((document) => document.id)).toEqual(['doc-1']);
    expect(labels(store)).toContain('Angela Merkel');
    expect(labels(store)).not.toContain('Turkey');
    expect(store.getState().workspaceRevision).toBe(1);
  });

  it('adds beside the current documents in add mode, and the graph merges both', async () => {
    const store = await storeReading(SYRIA);
    store.getState().setOpenMode('add');
    await store.getState().openArticles([documentFromText('pasted', GERMANY)]);
    expect(store.getState().sources.map((document) => document.id)).toEqual(['seed', 'doc-1']);
    expect(store.getState().shownDocumentId).toBe('doc-1');
    expect(labels(store)).toEqual(expect.arrayContaining(['Turkey', 'Russia', 'Angela Merkel']));
  });

  it('leaves the workspace as it was when the new text names nobody, and says why', async () => {
    const store = await storeReading(SYRIA);
    const before = store.getState().load;
    await store.getState().openArticles([documentFromText('pasted', NOBODY)]);
    expect(store.getState().load).toBe(before);
    expect(store.getState().workspaceRevision).toBe(0);
    expect(store.getState().notices).toEqual([
      expect.objectContaining({ tone: 'problem', text: expect.stringMatching(/^No people, countries or organisations were found in “A quiet day”.*The workspace is unchanged\.$/) }),
    ]);
  });

  it('leaves the workspace as it was when reading fails', async () => {
    const store = createAppStore(readNow);
    await store.getState().readArticles([documentFromText('seed', SYRIA)]);
    const failing = createAppStore(() => Promise.resolve({ ok: false, message: 'the article reader stopped' }));
    failing.setState({ sources: store.getState().sources, load: store.getState().load });
    await failing.getState().openArticles([documentFromText('pasted', GERMANY)]);
    expect(failing.getState().load).toBe(store.getState().load);
    expect(failing.getState().notices[0]?.text).toBe('Could not read “Merkel meets Macron”: the article reader stopped. The workspace is unchanged.');
  });

  it('reads the workspace again when a refused text replaced its first reading', async () => {
    const store = createAppStore(readNow);
    store.setState({ sources: [documentFromText('seed', SYRIA)], load: { status: 'loading' } });
    await store.getState().openArticles([documentFromText('pasted', NOBODY)]);
    expect(labels(store)).toEqual(expect.arrayContaining(['Russia', 'Turkey']));
  });

  it('renames a document everywhere it is shown, and removes one by reading the rest again', async () => {
    const store = await storeReading(SYRIA);
    store.getState().setOpenMode('add');
    await store.getState().openArticles([documentFromText('pasted', GERMANY)]);
    store.getState().renameDocument('doc-1', '  Berlin talks ');
    store.getState().renameDocument('doc-1', '   ');
    expect(store.getState().sources[1]!.title).toBe('Berlin talks');
    expect(selectGraph(store.getState())?.documents[1]!.title).toBe('Berlin talks');

    await store.getState().removeDocument('seed');
    expect(store.getState().sources.map((document) => document.id)).toEqual(['doc-1']);
    expect(labels(store)).not.toContain('Turkey');
    expect(labels(store)).toContain('Angela Merkel');
    await store.getState().removeDocument('doc-1');
    expect(store.getState().sources).toEqual([]);
  });

  it('shows the notes that came with the text once it is read', async () => {
    const store = await storeReading(SYRIA);
    await store.getState().openArticles([documentFromText('pasted', GERMANY)], ['ActorGraph reads English; …']);
    expect(store.getState().notices.map((notice) => [notice.tone, notice.text])).toEqual([['note', 'ActorGraph reads English; …']]);
    store.getState().dismissNotice(store.getState().notices[0]!.id);
    expect(store.getState().notices).toEqual([]);
  });

  it('imports a graph as it is, and a new workspace is empty', async () => {
    const store = await storeReading(SYRIA);
    const graph = extractGraph([documentFromText('g', GERMANY)]);
    store.getState().selectActor('turkey');
    store.getState().importGraph(graph);
    expect(selectGraph(store.getState())).toBe(graph);
    expect(store.getState()).toMatchObject({ importedGraph: graph, sources: graph.documents, selectedId: null });

    store.getState().newWorkspace();
    expect(store.getState()).toMatchObject({ sources: [], importedGraph: null, workspaceRevision: 2 });
    expect(selectGraph(store.getState())?.actors).toEqual([]);
  });

  it('names what was opened in a few words', () => {
    const doc = (title: string) => ({ id: title, title, text: title });
    expect(titlesOf([doc('A')])).toBe('“A”');
    expect(titlesOf([doc('A'), doc('B')])).toBe('“A” and “B”');
    expect(titlesOf([doc('A'), doc('B'), doc('C')])).toBe('“A” and 2 more');
  });
});
