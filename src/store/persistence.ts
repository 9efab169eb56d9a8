import { get, set } from 'idb-keyval';
import type { SourceDocument } from '../extract/types.ts';
import type { GraphEdit } from '../graph/edits/index.ts';
import { isGraphDocument } from '../graph/formats/index.ts';
import type { AppStore } from './appStore.ts';
import type { StoredWorkspace } from './types.ts';

// The workspace kept across reloads and closed tabs, in IndexedDB. The storage sits behind a small interface so
// tests hand in a fake; the app uses idb-keyval, whose each write is one transaction: a failed one (quota, a
// private window) is rolled back whole, so what was saved before stays as it was.

export interface WorkspaceStorage {
  /** What was saved, unchecked (an older version of the app may have written it); undefined when nothing was. */
  read(): Promise<unknown>;
  write(workspace: StoredWorkspace): Promise<void>;
}

const KEY = 'actorgraph:workspace';

export function createIdbWorkspaceStorage(): WorkspaceStorage {
  return {
    read: () => get(KEY),
    write: (workspace) => set(KEY, workspace),
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
  store.subscribe((state, previous) => {
    if (state.workspaceRevision === previous.workspaceRevision) return;
    const workspace: StoredWorkspace = {
      sources: state.sources,
      importedGraph: state.importedGraph,
      edits: state.edits,
      hiddenDocumentIds: state.hiddenDocumentIds,
    };
    storage.write(workspace).catch((error: unknown) => {
      notify(
        'problem',
        `Could not save the workspace (${reasonOf(error)}). What was saved before is kept; ` +
          'export the graph as JSON to keep this work.',
      );
    });
  });
  await (saved ? store.getState().restoreWorkspace(saved) : store.getState().readArticles(seed()));
}

function reasonOf(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'the browser’s storage is full';
  return error instanceof Error && error.message !== '' ? error.message : 'storage is unavailable';
}
