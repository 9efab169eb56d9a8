import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../extract/document.ts';
import { extractGraph } from '../extract/index.ts';
import type { SourceDocument } from '../extract/types.ts';
import { relationRefOf } from '../graph/edits/index.ts';
import { createAppStore } from './appStore.ts';
import { keepWorkspace, type WorkspaceStorage } from './persistence.ts';
import { actorById, selectEditedGraph, selectGraph, selectReadGraph } from './selectors.ts';
import type { StoredWorkspace } from './types.ts';

const SEED = documentFromText('seed', readFileSync(new URL('../../seeds/000_6481e570e0997220.txt', import.meta.url), 'utf8'));
const readNow = (documents: SourceDocument[]) => Promise.resolve({ ok: true as const, graph: extractGraph(documents) });

async function seededStore() {
  const store = createAppStore(readNow);
  await store.getState().readArticles([SEED]);
  return store;
}

const labelOf = (store: Awaited<ReturnType<typeof seededStore>>, actorId: string) =>
  actorById(selectGraph(store.getState()), actorId)?.label;

describe('the edit list', () => {
  it('shows the read graph with the edits applied, and keeps the read graph as it was', async () => {
    const store = await seededStore();
    store.getState().applyEdit({ kind: 'rename-actor', actorId: 'kerry', label: 'John Kerry (US)' });
    expect(labelOf(store, 'kerry')).toBe('John Kerry (US)');
    expect(actorById(selectReadGraph(store.getState()), 'kerry')?.label).toBe('Kerry');
  });

  it('returns the same graph object until the graph or the edits change', async () => {
    const store = await seededStore();
    store.getState().applyEdit({ kind: 'set-actor-type', actorId: 'journal', type: 'media' });
    const shown = selectGraph(store.getState());
    store.getState().hoverActor('kerry');
    expect(selectGraph(store.getState())).toBe(shown);
  });

  it('undoes and redoes edits in order, and a new edit clears what could be redone', async () => {
    const store = await seededStore();
    const { applyEdit, undoEdit, redoEdit } = store.getState();
    applyEdit({ kind: 'rename-actor', actorId: 'kerry', label: 'John Kerry' });
    applyEdit({ kind: 'rename-actor', actorId: 'kerry', label: 'Secretary Kerry' });
    undoEdit();
    expect(labelOf(store, 'kerry')).toBe('John Kerry');
    undoEdit();
    expect(labelOf(store, 'kerry')).toBe('Kerry');
    redoEdit();
    expect(labelOf(store, 'kerry')).toBe('John Kerry');
    applyEdit({ kind: 'set-actor-type', actorId: 'journal', type: 'media' });
    expect(store.getState().editFuture).toEqual([]);
  });

  it('moves the selection to the actor a merge joins, and joins their relations', async () => {
    const store = await seededStore();
    store.getState().selectActor('pentagon');
    store.getState().applyEdit({ kind: 'merge-actors', intoId: 'united-states', fromId: 'pentagon' });
    const merged = selectGraph(store.getState())!;
    expect(store.getState().selectedId).toBe('united-states');
    expect(actorById(merged, 'pentagon')).toBeNull();
    // “The Pentagon told the Journal”, “cut contacts with Russia”: now said by the United States.
    const fromUs = merged.relations.filter((r) => r.source === 'united-states').map((r) => `${r.type} ${r.target}`);
    expect(fromUs).toEqual(expect.arrayContaining(['statement journal', 'sever russia']));
  });

  it('lets the focus and the path follow a merged actor and let go of a hidden or deleted one', async () => {
    const store = await seededStore();
    const { setFocus, setPathEnd, applyEdit } = store.getState();
    setFocus('pentagon');
    setPathEnd('from', 'pentagon');
    setPathEnd('to', 'afghanistan');
    applyEdit({ kind: 'merge-actors', intoId: 'united-states', fromId: 'pentagon' });
    expect(store.getState().focusId).toBe('united-states');
    expect(store.getState().pathEnds).toEqual({ from: 'united-states', to: 'afghanistan' });
    applyEdit({ kind: 'hide-actor', actorId: 'afghanistan' });
    expect(store.getState().pathEnds).toEqual({ from: 'united-states', to: null });
    applyEdit({ kind: 'delete-actor', actorId: 'united-states' });
    expect(store.getState().focusId).toBeNull();
    expect(store.getState().pathEnds).toEqual({ from: null, to: null });
  });

  it('deletes a relation, its link gone from what views see', async () => {
    const store = await seededStore();
    const relation = selectGraph(store.getState())!.relations[0]!;
    store.getState().applyEdit({ kind: 'delete-relation', relation: relationRefOf(relation) });
    expect(selectGraph(store.getState())!.relations.map((r) => r.id)).not.toContain(relation.id);
  });

  it('refuses, with a notice, an edit that cannot apply now', async () => {
    const store = await seededStore();
    store.getState().applyEdit({ kind: 'rename-actor', actorId: 'nobody-here', label: 'X' });
    expect(store.getState().edits).toEqual([]);
    expect(store.getState().notices).toHaveLength(1);
  });

  it('keeps the edits across a reload and reports the ones the documents no longer support', async () => {
    let saved: unknown;
    const storage: WorkspaceStorage = {
      read: () => Promise.resolve(saved),
      write: (workspace: StoredWorkspace) => Promise.resolve(void (saved = structuredClone(workspace))),
    };
    const first = createAppStore(readNow);
    await keepWorkspace(first, storage, () => [SEED]);
    first.getState().applyEdit({ kind: 'rename-actor', actorId: 'kerry', label: 'John Kerry (US)' });
    first.getState().applyEdit({ kind: 'rename-actor', actorId: 'russia', label: 'Russian Federation' });
    // Writes go one at a time, the latest workspace once the one before is written.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((saved as StoredWorkspace).edits).toHaveLength(2);

    const reloaded = createAppStore(readNow);
    await keepWorkspace(reloaded, storage, () => [SEED]);
    expect(labelOf(reloaded, 'kerry')).toBe('John Kerry (US)');
    expect(reloaded.getState().notices).toEqual([]);

    // The same edits over a text without Kerry: kept, and one is reported as no longer applying.
    saved = { ...(saved as StoredWorkspace), sources: [documentFromText('other', 'Russia warned Turkey over the talks.')] };
    const reread = createAppStore(readNow);
    await keepWorkspace(reread, storage, () => [SEED]);
    expect(reread.getState().edits).toHaveLength(2);
    expect(reread.getState().notices.map((n) => n.text)).toEqual([expect.stringMatching(/^1 correction no longer applies: /)]);
  });

  it('starts a new workspace with no edits', async () => {
    const store = await seededStore();
    store.getState().applyEdit({ kind: 'rename-actor', actorId: 'kerry', label: 'John Kerry' });
    store.getState().newWorkspace();
    expect(store.getState().edits).toEqual([]);
  });
});

describe('hidden actors', () => {
  it('leave the shown graph with their relations but stay in the edited graph, marked hidden', async () => {
    const store = await seededStore();
    store.getState().selectActor('afghanistan');
    store.getState().applyEdit({ kind: 'hide-actor', actorId: 'afghanistan' });
    const shown = selectGraph(store.getState());
    expect(actorById(shown, 'afghanistan')).toBeNull();
    expect(shown?.relations.some((r) => r.source === 'afghanistan' || r.target === 'afghanistan')).toBe(false);
    expect(actorById(selectEditedGraph(store.getState()), 'afghanistan')).toMatchObject({ hidden: true });
    expect(store.getState().selectedId).toBeNull();
    store.getState().applyEdit({ kind: 'show-actor', actorId: 'afghanistan' });
    expect(actorById(selectGraph(store.getState()), 'afghanistan')).not.toBeNull();
  });
});

describe('undo and redo across filters and edits', () => {
  it('take back the most recent change of either kind, in order', async () => {
    const store = await seededStore();
    const state = () => store.getState();
    state().addToFilter('kerry');
    state().applyEdit({ kind: 'rename-actor', actorId: 'kerry', label: 'John Kerry' });
    state().togglePolarity('conflictual');
    state().undoLatest();
    expect(state().filters.some((filter) => filter.kind === 'polarity')).toBe(false);
    expect(labelOf(store, 'kerry')).toBe('John Kerry');
    state().undoLatest();
    expect(labelOf(store, 'kerry')).toBe('Kerry');
    expect(state().filters).toHaveLength(1);
    state().undoLatest();
    expect(state().filters).toEqual([]);
    state().redoLatest();
    state().redoLatest();
    expect(state().filters).toHaveLength(1);
    expect(labelOf(store, 'kerry')).toBe('John Kerry');
    expect(state().undoOrder).toEqual({ past: ['filter', 'edit'], future: ['filter'] });
  });

  it('follow the buttons of each kind too', async () => {
    const store = await seededStore();
    const state = () => store.getState();
    state().applyEdit({ kind: 'rename-actor', actorId: 'kerry', label: 'John Kerry' });
    state().addToFilter('kerry');
    // "Undo edit" reaches past the newer filter; Ctrl+Z then takes the filter; redo brings back the last undone first.
    state().undoEdit();
    state().undoLatest();
    expect(state().filters).toEqual([]);
    state().redoLatest();
    expect(state().filters).toHaveLength(1);
    expect(labelOf(store, 'kerry')).toBe('Kerry');
    state().redoLatest();
    expect(labelOf(store, 'kerry')).toBe('John Kerry');
  });
});
