import { get, set } from 'idb-keyval';
import type { GraphDocument, SourceDocument } from '../extract/types.ts';
import type { GraphEdit } from '../graph/edits/index.ts';
import { isGraphDocument } from '../graph/formats/index.ts';
import { runStepsPausing } from '../lib/steps.ts';
import { jsonSteps } from './jsonInSteps.ts';
import { savedDocumentsOf, withTextsRead } from './textBlobs.ts';
import type { AppStore } from './appStore.ts';
import type { StoredWorkspace } from './types.ts';

// The workspace kept across reloads and closed tabs, in IndexedDB. The storage sits behind a small interface so
// tests hand in a fake; the app uses idb-keyval, whose each write is one transaction: a failed one (quota, a
// private window) is rolled back whole, so what was saved before stays as it was. An imported graph is kept as its
// JSON text, written in steps (jsonInSteps.ts): cloning 10,000 actors as objects held the page for 290 ms.

export interface WorkspaceStorage {
  /** What was saved, unchecked (an older version of the app may have written it); undefined when nothing was. */
  read(): Promise<unknown>;
  write(workspace: StoredWorkspace): Promise<void>;
}

const KEY = 'actorgraph:workspace';

/** The imported graph's JSON text of each graph written, so a later change (an edit) does not write it again. */
const graphTexts = new WeakMap<GraphDocument, Promise<string>>();

function graphTextOf(graph: GraphDocument): Promise<string> {
  const known = graphTexts.get(graph);
  if (known) return known;
  const text = runStepsPausing(jsonSteps({ ...graph }));
  graphTexts.set(graph, text);
  return text;
}

export function createIdbWorkspaceStorage(): WorkspaceStorage {
  return {
    read: async () => {
      const saved: unknown = await withTextsRead(await get(KEY));
      if (typeof saved !== 'object' || saved === null) return saved;
      // Saved as text since session 4; as an object before.
      const { importedGraphJson, ...rest } = saved as Record<string, unknown>;
      return typeof importedGraphJson === 'string' ? { ...rest, importedGraph: JSON.parse(importedGraphJson) } : saved;
    },
    write: async ({ importedGraph, sources, ...rest }) => {
      const importedGraphJson = importedGraph ? await graphTextOf(importedGraph) : null;
      // Long texts as Blobs (textBlobs.ts): a 10 MB string cloned by IndexedDB held the page some 40 ms.
      await set(KEY, { ...rest, sources: await savedDocumentsOf(sources), importedGraph: null, importedGraphJson });
    },
  };
}

/** The saved workspace if it has the shape this app writes; null for nothing saved or anything else. */
export function storedWorkspaceFrom(value: unknown): StoredWorkspace | null {
  if (typeof value !== 'object' || value === null) return null;
  const { sources, importedGraph, edits = [], hiddenDocumentIds = [] } = value as Record<string, unknown>;
  if (!Array.isArray(sources) || !sources.every(isSourceDocument)) return null;
  if (importedGraph !== null && !isGraphDocument(importedGraph)) return null;
  // Workspaces saved before corrections existed have no edits. Each edit is checked as it is applied: a malformed
  // one is reported as not applying (see applyEdits), so only the list itself is checked here.
  if (!Array.isArray(edits) || !edits.every(isObject)) return null;
  // Workspaces saved before documents could be hidden have none hidden; a hidden id naming no document is harmless.
  if (!Array.isArray(hiddenDocumentIds) || !hiddenDocumentIds.every((id) => typeof id === 'string')) return null;
  return { sources, importedGraph, edits: edits as GraphEdit[], hiddenDocumentIds: hiddenDocumentIds as string[] };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isSourceDocument(value: unknown): value is SourceDocument {
  if (typeof value !== 'object' || value === null) return false;
  const { id, title, text } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof title === 'string' && typeof text === 'string';
}

/**
 * Opens the saved workspace (the seed on a first visit, or when nothing usable was saved), then saves each change
 * the user makes. A storage that cannot be read or written is said once as a problem; the app goes on without it.
 */
export async function keepWorkspace(
  store: AppStore,
  storage: WorkspaceStorage,
  seed: () => SourceDocument[],
): Promise<void> {
  const { notify } = store.getState();
  let saved: StoredWorkspace | null = null;
  try {
    saved = storedWorkspaceFrom(await storage.read());
  } catch (error) {
    notify('problem', `Your work cannot be kept in this browser (${reasonOf(error)}): it will be gone after a reload.`);
  }
  // One write at a time, the latest workspace next: a write takes a while (a large graph is written in steps),
  // and an older one finishing after a newer one must not put the older workspace back.
  let waiting: StoredWorkspace | null = null;
  let writing = false;
  const writeWaiting = async () => {
    writing = true;
    while (waiting) {
      const workspace = waiting;
      waiting = null;
      try {
        await storage.write(workspace);
      } catch (error) {
        notify(
          'problem',
          `Could not save the workspace (${reasonOf(error)}). What was saved before is kept; ` +
            'export the graph as JSON to keep this work.',
        );
      }
    }
    writing = false;
  };
  store.subscribe((state, previous) => {
    if (state.workspaceRevision === previous.workspaceRevision) return;
    waiting = {
      sources: state.sources,
      importedGraph: state.importedGraph,
      edits: state.edits,
      hiddenDocumentIds: state.hiddenDocumentIds,
    };
    if (!writing) void writeWaiting();
  });
  await (saved ? store.getState().restoreWorkspace(saved) : store.getState().readArticles(seed()));
}

function reasonOf(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'the browser’s storage is full';
  return error instanceof Error && error.message !== '' ? error.message : 'storage is unavailable';
}
