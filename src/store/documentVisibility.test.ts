import { describe, expect, it } from 'vitest';
import { documentFromText } from '../extract/document.ts';
import { extractGraph } from '../extract/index.ts';
import type { SourceDocument } from '../extract/types.ts';
import { createAppStore } from './appStore.ts';
import { selectEditedGraph, selectGraph } from './selectors.ts';

// Hiding a document from the graph (workspaceSlice's setDocumentHidden, selectors' hidden-documents step).

const SYRIA = 'Russia and Turkey\n\nTurkey accused Russia of bombing rebels near Aleppo on Tuesday.';
const UKRAINE = 'Zelenskyy and Russia\n\nVolodymyr Zelenskyy accused Russia of shelling Kharkiv.';
const GERMANY = 'Merkel meets Macron\n\nAngela Merkel met Emmanuel Macron in Berlin to discuss Ukraine.';

async function twoDocumentStore() {
  const reads: SourceDocument[][] = [];
  const store = createAppStore((documents) => {
    reads.push(documents);
    return Promise.resolve({ ok: true as const, graph: extractGraph(documents) });
  });
  await store.getState().readArticles([documentFromText('seed', SYRIA)]);
  store.getState().setOpenMode('add');
  await store.getState().openArticles([documentFromText('pasted', UKRAINE)]);
  return { store, reads, pastedId: store.getState().sources[1]!.id };
}

const labels = (store: Awaited<ReturnType<typeof twoDocumentStore>>['store']) =>
  (selectGraph(store.getState())?.actors ?? []).map((actor) => actor.label).sort();

describe('hiding a document from the graph', () => {
  it('leaves out what only it says, keeps Russia with the seed’s mention, and reads nothing again', async () => {
    const { store, reads, pastedId } = await twoDocumentStore();
    expect(labels(store)).toEqual(['Kharkiv', 'Russia', 'Turkey', 'Volodymyr Zelenskyy']);
    const readsBefore = reads.length;
    const revision = store.getState().workspaceRevision;

    store.getState().setDocumentHidden(pastedId, true);
    expect(labels(store)).toEqual(['Russia', 'Turkey']);
    const russia = selectGraph(store.getState())?.actors.find((actor) => actor.label === 'Russia');
    expect(russia?.mentions.map((mention) => mention.doc)).toEqual(['seed', 'seed']);
    expect(reads.length).toBe(readsBefore);
    expect(store.getState().workspaceRevision).toBe(revision + 1);
    // What Export saves holds what the graph shows: the hidden document and its actors are left out.
    expect(selectEditedGraph(store.getState())?.documents.map((document) => document.id)).toEqual(['seed']);

    store.getState().setDocumentHidden(pastedId, false);
    expect(labels(store)).toEqual(['Kharkiv', 'Russia', 'Turkey', 'Volodymyr Zelenskyy']);
  });

  it('gives views the same graph object while nothing changes, and a new one when the hidden set does', async () => {
    const { store, pastedId } = await twoDocumentStore();
    store.getState().setDocumentHidden(pastedId, true);
    const shown = selectGraph(store.getState());
    store.getState().hoverActor('russia');
    expect(selectGraph(store.getState())).toBe(shown);
    store.getState().setDocumentHidden('seed', true);
    expect(selectGraph(store.getState())).not.toBe(shown);
    expect(selectGraph(store.getState())?.actors).toEqual([]);
  });

  it('forgets hidden documents that leave: removed, or replaced by a new article', async () => {
    const { store, pastedId } = await twoDocumentStore();
    store.getState().setDocumentHidden(pastedId, true);
    await store.getState().removeDocument(pastedId);
    expect(store.getState().hiddenDocumentIds).toEqual([]);

    store.getState().setDocumentHidden('seed', true);
    store.getState().setOpenMode('replace');
    await store.getState().openArticles([documentFromText('pasted', GERMANY)]);
    expect(store.getState().hiddenDocumentIds).toEqual([]);
    expect(labels(store)).toContain('Angela Merkel');
  });

  it('turns the article pane to a sentence asked for, and a document picked drops it', async () => {
    const { store, pastedId } = await twoDocumentStore();
    store.getState().showDocument('seed');
    const sentence = { doc: pastedId, start: 22, end: 76 };
    store.getState().showSentence(sentence);
    expect(store.getState().shownDocumentId).toBe(pastedId);
    expect(store.getState().shownSentence).toEqual(sentence);
    store.getState().showDocument('seed');
    expect(store.getState().shownSentence).toBeNull();
  });
});
