import { describe, expect, it } from 'vitest';
import { GRAPH_FORMAT, type GraphDocument, type SourceDocument } from '../extract/types.ts';
import type { ExtractResult } from '../worker/client.ts';
import { createAppStore } from './appStore.ts';
import { selectGraph, selectSelectedActor } from './selectors.ts';

const TEXT = 'Kerry had previously warned the Kremlin over its alleged military build-up on behalf of Assad.';
const ARTICLE: SourceDocument = { id: 'd1', title: TEXT, text: TEXT };

// Hand-made from the sentence above, the way the extractor would read it.
const GRAPH: GraphDocument = {
  format: GRAPH_FORMAT,
  documents: [ARTICLE],
  actors: [
    { id: 'kerry', label: 'Kerry', type: 'person', aliases: [], mentions: [{ doc: 'd1', start: 0, end: 5 }] },
    { id: 'russia', label: 'Russia', type: 'country', aliases: ['Kremlin'], mentions: [{ doc: 'd1', start: 32, end: 39 }] },
    { id: 'assad', label: 'Assad', type: 'person', aliases: [], mentions: [{ doc: 'd1', start: 88, end: 93 }] },
  ],
  relations: [
    {
      id: 'r1', source: 'kerry', target: 'russia', type: 'warn', polarity: 'conflictual', directed: true,
      attributedTo: null, evidence: [{ doc: 'd1', start: 0, end: TEXT.length }],
    },
    {
      id: 'r2', source: 'russia', target: 'assad', type: 'support', polarity: 'cooperative', directed: true,
      attributedTo: null, hedged: true, evidence: [{ doc: 'd1', start: 0, end: TEXT.length }],
    },
  ],
};

/** A reader the test answers by hand, in any order. */
function manualReader() {
  const calls: Array<{ documents: SourceDocument[]; answer: (result: ExtractResult) => void }> = [];
  const read = (documents: SourceDocument[]) =>
    new Promise<ExtractResult>((answer) => calls.push({ documents, answer }));
  return { read, calls };
}

describe('document slice', () => {
  it('is loading while the worker reads, then ready with the graph', async () => {
    const reader = manualReader();
    const store = createAppStore(reader.read);
    const reading = store.getState().readArticles([ARTICLE]);
    expect(store.getState().load).toEqual({ status: 'loading' });
    reader.calls[0]!.answer({ ok: true, graph: GRAPH });
    await reading;
    expect(selectGraph(store.getState())).toBe(GRAPH);
  });

  it('keeps the failure message and retries the same documents', async () => {
    const reader = manualReader();
    const store = createAppStore(reader.read);
    const reading = store.getState().readArticles([ARTICLE]);
    reader.calls[0]!.answer({ ok: false, message: 'the article reader stopped unexpectedly' });
    await reading;
    expect(store.getState().load).toEqual({ status: 'failed', message: 'the article reader stopped unexpectedly' });

    const retry = store.getState().retryReading();
    expect(store.getState().load.status).toBe('loading');
    expect(reader.calls[1]!.documents).toEqual([ARTICLE]);
    reader.calls[1]!.answer({ ok: true, graph: GRAPH });
    await retry;
    expect(store.getState().load.status).toBe('ready');
  });

  it('ignores a superseded read so it cannot overwrite the newer one', async () => {
    const reader = manualReader();
    const store = createAppStore(reader.read);
    const first = store.getState().readArticles([ARTICLE]);
    const second = store.getState().readArticles([ARTICLE]);
    reader.calls[1]!.answer({ ok: true, graph: GRAPH });
    reader.calls[0]!.answer({ ok: false, message: 'replaced by a newer request', superseded: true });
    await Promise.all([first, second]);
    expect(store.getState().load.status).toBe('ready');
  });

  it('forgets the selection, filter, focus, path and zoom of the previous graph when a new one arrives', async () => {
    const reader = manualReader();
    const store = createAppStore(reader.read);
    store.getState().selectActor('kerry');
    store.getState().addToFilter('kerry');
    store.getState().setFocus('russia');
    store.getState().setPathEnd('from', 'kerry');
    store.getState().setStoryStep(2);
    store.getState().setViewPort({ x: 10, y: -4, k: 2 });
    store.getState().setSizeBy('degree');
    const reading = store.getState().readArticles([ARTICLE]);
    reader.calls[0]!.answer({ ok: true, graph: GRAPH });
    await reading;
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().filters).toEqual([]);
    expect(store.getState().filterPast).toEqual([]);
    expect(store.getState()).toMatchObject({
      focusId: null,
      pathEnds: { from: null, to: null },
      storyStep: null,
      viewPort: null,
    });
    // How nodes are drawn is the reader's preference, not a property of the old graph.
    expect(store.getState().sizeBy).toBe('degree');
  });
});

describe('selection and filter slices', () => {
  it('resolves the selected id to the actor of the loaded graph', async () => {
    const store = createAppStore(async () => ({ ok: true, graph: GRAPH }));
    await store.getState().readArticles([ARTICLE]);
    store.getState().selectActor('russia');
    expect(selectSelectedActor(store.getState())?.aliases).toEqual(['Kremlin']);
    store.getState().hoverActor('assad');
    expect(store.getState().hoveredId).toBe('assad');
    store.getState().selectActor(null);
    expect(selectSelectedActor(store.getState())).toBeNull();
  });

  it('adds each actor once to one actor filter at depth 1, removes one, clears all', () => {
    const store = createAppStore(async () => ({ ok: true, graph: GRAPH }));
    const { addToFilter, removeFromFilter, clearFilter } = store.getState();
    addToFilter('kerry');
    addToFilter('assad');
    addToFilter('kerry');
    expect(store.getState().filters).toEqual([{ kind: 'actor', actorIds: ['kerry', 'assad'], depth: 1 }]);
    removeFromFilter('kerry');
    expect(store.getState().filters).toEqual([{ kind: 'actor', actorIds: ['assad'], depth: 1 }]);
    clearFilter();
    expect(store.getState().filters).toEqual([]);
  });

  it('stacks filters of different kinds and undoes and redoes each change', () => {
    const store = createAppStore(async () => ({ ok: true, graph: GRAPH }));
    const s = () => store.getState();
    s().toggleActorType('country');
    s().addToFilter('kerry');
    s().setActorDepth(2);
    expect(s().filters).toEqual([
      { kind: 'actor-type', hidden: ['country'] },
      { kind: 'actor', actorIds: ['kerry'], depth: 2 },
    ]);
    s().removeFilter('actor-type');
    expect(s().filters).toEqual([{ kind: 'actor', actorIds: ['kerry'], depth: 2 }]);
    s().undoFilter();
    expect(s().filters[0]).toEqual({ kind: 'actor-type', hidden: ['country'] });
    s().undoFilter();
    expect(s().filters[1]).toEqual({ kind: 'actor', actorIds: ['kerry'], depth: 1 });
    s().redoFilter();
    s().redoFilter();
    expect(s().filters).toEqual([{ kind: 'actor', actorIds: ['kerry'], depth: 2 }]);
    s().redoFilter(); // nothing left to redo
    expect(s().filters).toHaveLength(1);
  });

  it('makes a word typed into the search one undo step, and an emptied search no filter', () => {
    const store = createAppStore(async () => ({ ok: true, graph: GRAPH }));
    const s = () => store.getState();
    s().togglePolarity('conflictual');
    for (const query of ['K', 'Ke', 'Ker']) s().setSearch(query);
    expect(s().filters).toEqual([{ kind: 'polarity', hidden: ['conflictual'] }, { kind: 'text', query: 'Ker' }]);
    s().undoFilter();
    expect(s().filters).toEqual([{ kind: 'polarity', hidden: ['conflictual'] }]);
    s().setSearch('  ');
    s().setMinMentions(1);
    expect(s().filters).toHaveLength(1);
    s().setMinMentions(3);
    expect(s().filters[1]).toEqual({ kind: 'min-mentions', min: 3 });
  });
});

describe('explore slice', () => {
  it('fits the view to each new focus instead of keeping the zoom the last view was left at', () => {
    const store = createAppStore(async () => ({ ok: true, graph: GRAPH }));
    const s = () => store.getState();
    s().setViewPort({ x: 10, y: -20, k: 2 });
    s().setFocus('assad');
    expect(s()).toMatchObject({ focusId: 'assad', viewPort: null });
    s().setViewPort({ x: 1, y: 2, k: 3 });
    s().setFocus(null);
    expect(s()).toMatchObject({ focusId: null, viewPort: null });
  });
});
