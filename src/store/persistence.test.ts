import { describe, expect, it } from 'vitest';
import { documentFromText } from '../extract/document.ts';
import { extractGraph } from '../extract/index.ts';
import type { SourceDocument } from '../extract/types.ts';
import { createAppStore } from './appStore.ts';
import { keepWorkspace, storedWorkspaceFrom, type WorkspaceStorage } from './persistence.ts';
import { selectGraph } from './selectors.ts';
import type { StoredWorkspace } from './types.ts';

const readNow = (documents: SourceDocument[]) => Promise.resolve({ ok: true as const, graph: extractGraph(documents) });
const SEED = documentFromText('seed', 'Turkey accused Russia of bombing rebels near Aleppo.');
const PASTED = documentFromText('pasted', 'Angela Merkel met Emmanuel Macron in Berlin to discuss Ukraine.');

/** IndexedDB as a variable: a write that fails leaves what was there, as an aborted transaction does. */
interface MemoryStorage extends WorkspaceStorage {
  saved: unknown;
  writes: number;
}

function memoryStorage(saved?: unknown, failWrites = false): MemoryStorage {
  const storage: MemoryStorage = {
    saved,
    writes: 0,
    read: () => Promise.resolve(storage.saved),
    write: (workspace: StoredWorkspace) => {
      storage.writes += 1;
      if (failWrites) return Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
      storage.saved = structuredClone(workspace);
      return Promise.resolve();
    },
  };
  return storage;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keeping the workspace', () => {
  it('opens the seed on a first visit and writes nothing until the user changes something', async () => {
    const store = createAppStore(readNow);
    const storage = memoryStorage();
    await keepWorkspace(store, storage, () => [SEED]);
    expect(store.getState().sources).toEqual([SEED]);
    expect(storage.writes).toBe(0);
  });

  it('saves each change and brings the same documents and graph back in a new store', async () => {
    const storage = memoryStorage();
    const first = createAppStore(readNow);
    await keepWorkspace(first, storage, () => [SEED]);
    await first.getState().openArticles([PASTED]);
    await settle();
    expect(storage.saved).toEqual({ sources: first.getState().sources, importedGraph: null, edits: [], hiddenDocumentIds: [] });

    const reloaded = createAppStore(readNow);
    await keepWorkspace(reloaded, storage, () => [SEED]);
    expect(reloaded.getState().sources).toEqual(first.getState().sources);
    expect(selectGraph(reloaded.getState())).toEqual(selectGraph(first.getState()));
  });

  it('brings an imported graph back as it was imported, and an emptied workspace back empty', async () => {
    const graph = extractGraph([PASTED]);
    const imported = createAppStore(readNow);
    await keepWorkspace(imported, memoryStorage({ sources: graph.documents, importedGraph: graph }), () => [SEED]);
    expect(selectGraph(imported.getState())).toEqual(graph);

    const emptied = createAppStore(readNow);
    await keepWorkspace(emptied, memoryStorage({ sources: [], importedGraph: null }), () => [SEED]);
    expect(selectGraph(emptied.getState())?.actors).toEqual([]);
  });

  it('says a failed write and keeps what was saved before', async () => {
    const before: StoredWorkspace = { sources: [SEED], importedGraph: null, edits: [] };
    const storage = memoryStorage(before, true);
    const store = createAppStore(readNow);
    await keepWorkspace(store, storage, () => [SEED]);
    await store.getState().openArticles([PASTED]);
    await settle();
    expect(storage.saved).toBe(before);
    expect(store.getState().notices.map((notice) => notice.text)).toEqual([
      'Could not save the workspace (the browser’s storage is full). What was saved before is kept; export the graph as JSON to keep this work.',
    ]);
  });

  it('writes one workspace at a time, the latest next: a slow write is never followed by an older workspace', async () => {
    const written: string[][] = [];
    let finishWrite: () => void = () => {};
    const storage: WorkspaceStorage = {
      read: () => Promise.resolve(undefined),
      write: (workspace) => {
        written.push(workspace.hiddenDocumentIds ?? []);
        return new Promise((resolve) => (finishWrite = resolve));
      },
    };
    const store = createAppStore(readNow);
    await keepWorkspace(store, storage, () => [SEED]);
    store.getState().setOpenMode('add');
    await store.getState().openArticles([PASTED]);
    const ids = store.getState().sources.map((source) => source.id);
    store.getState().setDocumentHidden(ids[1]!, true);
    store.getState().setDocumentHidden(ids[0]!, true);
    // The first write is still going: the two changes since wait, and only the latest of them is written.
    expect(written).toEqual([[]]);
    finishWrite();
    await settle();
    expect(written).toEqual([[], [ids[1], ids[0]]]);
    finishWrite();
    await settle();
    expect(written).toHaveLength(2);
  });

  it('opens the seed, and says so, when storage cannot be read', async () => {
    const store = createAppStore(readNow);
    const storage = { read: () => Promise.reject(new Error('private window')), write: () => Promise.resolve() };
    await keepWorkspace(store, storage, () => [SEED]);
    expect(store.getState().sources).toEqual([SEED]);
    expect(store.getState().notices[0]?.text).toBe('Your work cannot be kept in this browser (private window): it will be gone after a reload.');
  });

  it('accepts only the shape it writes', () => {
    expect(storedWorkspaceFrom(undefined)).toBeNull();
    expect(storedWorkspaceFrom({ sources: [{ id: 1 }], importedGraph: null })).toBeNull();
    expect(storedWorkspaceFrom({ sources: [], importedGraph: { format: 'other' } })).toBeNull();
    expect(storedWorkspaceFrom({ sources: [SEED], importedGraph: null, edits: 'rename' })).toBeNull();
    // Saved before corrections existed: read as a workspace without edits.
    expect(storedWorkspaceFrom({ sources: [SEED], importedGraph: null })).toEqual({
      sources: [SEED],
      importedGraph: null,
      edits: [],
      hiddenDocumentIds: [],
    });
    expect(storedWorkspaceFrom({ sources: [SEED], importedGraph: null, hiddenDocumentIds: [1] })).toBeNull();
  });

  it('keeps a document hidden from the graph across a reload, without reading it again', async () => {
    const storage = memoryStorage();
    const first = createAppStore(readNow);
    await keepWorkspace(first, storage, () => [SEED]);
    first.getState().setOpenMode('add');
    await first.getState().openArticles([PASTED]);
    const pastedId = first.getState().sources[1]!.id;
    first.getState().setDocumentHidden(pastedId, true);
    await settle();
    expect(storage.saved).toMatchObject({ hiddenDocumentIds: [pastedId] });

    const reloaded = createAppStore(readNow);
    await keepWorkspace(reloaded, storage, () => [SEED]);
    expect(reloaded.getState().hiddenDocumentIds).toEqual([pastedId]);
    const labels = selectGraph(reloaded.getState())?.actors.map((actor) => actor.label);
    expect(labels).toEqual(['Turkey', 'Russia']);
  });
});
