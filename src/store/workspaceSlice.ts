import type { StateCreator } from 'zustand/vanilla';
import type { SourceDocument } from '../extract/types.ts';
import { freshGraphState } from './documentSlice.ts';
import { NO_EDITS } from './editSlice.ts';
import type { AppState, ReadArticles, StoredWorkspace, WorkspaceNotice, WorkspaceSlice } from './types.ts';
import { actorsNamedIn, emptyGraph, withFreshIds } from './workspaceDocuments.ts';

// What the user brings into the workspace, and what they are told about it. Nothing the user has is replaced
// until the new reading has succeeded and found someone: a failed or empty read leaves the workspace as it was.

export function createWorkspaceSlice(read: ReadArticles): StateCreator<AppState, [], [], WorkspaceSlice> {
  let lastNoticeId = 0;
  return (set, get) => {
    const notify = (tone: WorkspaceNotice['tone'], text: string) =>
      set((state) => ({ notices: [...state.notices, { id: ++lastNoticeId, tone, text }] }));
    /** Says why the opened articles were not taken (a note when the user called the reading off); the workspace stays as it was. */
    const refuse = async (text: string, tone: WorkspaceNotice['tone'] = 'problem') => {
      notify(tone, text);
      // This read replaced one still reading the workspace (opened while the app started): read that again.
      if (get().load.status === 'loading') await get().retryReading();
    };

    return {
      openMode: 'replace',
      importedGraph: null,
      workspaceRevision: 0,
      notices: [],
      reading: null,
      shownDocumentId: null,
      hiddenDocumentIds: [],
      shownSentence: null,
      setOpenMode: (openMode) => set({ openMode }),
      showDocument: (shownDocumentId) => set({ shownDocumentId, shownSentence: null }),
      showSentence: (sentence) => set({ shownDocumentId: sentence.doc, shownSentence: sentence }),
      setDocumentHidden: (documentId, hidden) =>
        set((state) => ({
          hiddenDocumentIds: hidden
            ? [...state.hiddenDocumentIds.filter((id) => id !== documentId), documentId]
            : state.hiddenDocumentIds.filter((id) => id !== documentId),
          workspaceRevision: state.workspaceRevision + 1,
        })),

      openArticles: async (documents, notes = []) => {
        if (documents.length === 0) return;
        const { openMode, sources } = get();
        const kept = openMode === 'add' ? sources : [];
        const added = withFreshIds(documents, kept);
        const next = [...kept, ...added];
        const names = titlesOf(added);
        set({ reading: names });
        const result = await get().trackReading((controls) => read(next, controls));
        if (!result.ok && result.superseded) return;
        set({ reading: null });
        if (!result.ok && result.cancelled) return refuse(`Stopped reading ${names}. The workspace is unchanged.`, 'note');
        notes.forEach((note) => notify('note', note));
        if (!result.ok) return refuse(`Could not read ${names}: ${result.message}. The workspace is unchanged.`);
        if (actorsNamedIn(result.graph, added.map((document) => document.id)) === 0) return refuse(noActorsMessage(names));
        set((state) => ({
          sources: next,
          importedGraph: null,
          // Corrections were made on the documents now replaced; added documents keep them.
          ...(openMode === 'add' ? {} : NO_EDITS),
          // The article pane turns to what was just opened.
          shownDocumentId: added[0]!.id,
          shownSentence: null,
          // Documents replaced take their hidden mark with them; added ones join those still hidden.
          ...(openMode === 'add' ? {} : NO_HIDDEN_DOCUMENTS),
          ...freshGraphState(result.graph),
          workspaceRevision: state.workspaceRevision + 1,
        }));
      },

      importGraph: (graph) =>
        set((state) => ({
          sources: graph.documents,
          importedGraph: graph,
          ...NO_EDITS,
          shownDocumentId: null,
          ...NO_HIDDEN_DOCUMENTS,
          ...freshGraphState(graph),
          workspaceRevision: state.workspaceRevision + 1,
        })),

      renameDocument: (documentId, title) => {
        const trimmed = title.trim();
        if (trimmed === '') return;
        const retitled = (documents: SourceDocument[]) =>
          documents.map((document) => (document.id === documentId ? { ...document, title: trimmed } : document));
        set((state) => {
          const { load, importedGraph } = state;
          return {
            sources: retitled(state.sources),
            importedGraph: importedGraph && { ...importedGraph, documents: retitled(importedGraph.documents) },
            load: load.status === 'ready' ? { ...load, graph: { ...load.graph, documents: retitled(load.graph.documents) } } : load,
            workspaceRevision: state.workspaceRevision + 1,
          };
        });
      },

      removeDocument: async (documentId) => {
        const next = get().sources.filter((document) => document.id !== documentId);
        if (next.length === 0) return get().newWorkspace();
        // The progress bar names what is read again: the articles that stay.
        set({ reading: titlesOf(next) });
        const result = await get().trackReading((controls) => read(next, controls));
        if (!result.ok && result.superseded) return;
        set({ reading: null });
        if (!result.ok && result.cancelled) return refuse('Stopped reading the remaining articles. Nothing was removed.', 'note');
        if (!result.ok) return notify('problem', `Could not read the remaining articles: ${result.message}. Nothing was removed.`);
        set((state) => ({
          sources: next,
          importedGraph: null,
          shownDocumentId: null,
          shownSentence: null,
          hiddenDocumentIds: state.hiddenDocumentIds.filter((id) => id !== documentId),
          ...freshGraphState(result.graph),
          workspaceRevision: state.workspaceRevision + 1,
        }));
      },

      newWorkspace: () =>
        set((state) => ({
          sources: [],
          importedGraph: null,
          reading: null,
          shownDocumentId: null,
          ...NO_HIDDEN_DOCUMENTS,
          ...NO_EDITS,
          ...freshGraphState(emptyGraph()),
          workspaceRevision: state.workspaceRevision + 1,
        })),

      restoreWorkspace: async (stored: StoredWorkspace) => {
        set({ edits: stored.edits, editFuture: [], hiddenDocumentIds: stored.hiddenDocumentIds ?? [] });
        if (stored.importedGraph !== null) {
          set({ sources: stored.importedGraph.documents, importedGraph: stored.importedGraph, ...freshGraphState(stored.importedGraph) });
        } else if (stored.sources.length === 0) {
          set({ sources: [], ...freshGraphState(emptyGraph()) });
        } else {
          await get().readArticles(stored.sources);
        }
      },

      notify,
      dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
    };
  };
}

/** No document hidden from the graph, and no sentence picked out in one: a workspace of other documents. */
const NO_HIDDEN_DOCUMENTS: Pick<WorkspaceSlice, 'hiddenDocumentIds' | 'shownSentence'> = { hiddenDocumentIds: [], shownSentence: null };

/** “A”, “A” and “B”, or “A” and 2 more: how a message names what was opened. */
export function titlesOf(documents: readonly SourceDocument[]): string {
  const quoted = documents.map((document) => `“${document.title || 'the text'}”`);
  if (quoted.length <= 2) return quoted.join(' and ');
  return `${quoted[0]} and ${quoted.length - 1} more`;
}

function noActorsMessage(names: string): string {
  return (
    `No people, countries or organisations were found in ${names}, so there is nothing to draw. ` +
    'ActorGraph finds actors by their names (“Putin”, “Turkey”, “the United Nations”) and this text names none it ' +
    'recognises. The workspace is unchanged.'
  );
}
