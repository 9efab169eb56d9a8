import type { Actor, GraphDocument } from '../extract/types.ts';
import { withoutDocuments } from '../graph/documents.ts';
import { editedGraphOf, shownGraphOf } from './editSlice.ts';
import type { AppState } from './types.ts';

// Reads of the state that components share. Each returns something already in the state (or a
// primitive), so it is safe as a zustand selector without useShallow; anything computed from a graph
// is computed in the component with useMemo.

/** The graph as read, before the user's corrections. */
export const selectReadGraph = (s: AppState): GraphDocument | null => (s.load.status === 'ready' ? s.load.graph : null);

/**
 * `graph` without the documents the user hid (see withoutDocuments), the same object while neither changes: views
 * select the graph on every store change (a hover, a zoom) and a new object would redraw them for nothing. One
 * cell per selector, so the shown and the exported graph do not evict each other. Exports leave hidden documents
 * out too: the graph format has no place to say a document is hidden, so a file holds what the graph shows.
 */
function memoisedWithoutDocuments(): (graph: GraphDocument, hiddenIds: readonly string[]) => GraphDocument {
  let last: { graph: GraphDocument; hiddenIds: readonly string[]; shown: GraphDocument } | null = null;
  return (graph, hiddenIds) => {
    if (hiddenIds.length === 0) return graph;
    if (last?.graph !== graph || last.hiddenIds !== hiddenIds) {
      last = { graph, hiddenIds, shown: withoutDocuments(graph, new Set(hiddenIds)) };
    }
    return last.shown;
  };
}
const shownWithoutHiddenDocuments = memoisedWithoutDocuments();
const editedWithoutHiddenDocuments = memoisedWithoutDocuments();

/**
 * The graph every view shows: the read graph with the user's corrections applied, hidden actors and hidden documents
 * left out (the same object until any of them changes).
 */
export const selectGraph = (s: AppState): GraphDocument | null =>
  s.load.status === 'ready' ? shownWithoutHiddenDocuments(shownGraphOf(s.load.graph, s.edits), s.hiddenDocumentIds) : null;

/**
 * The corrected graph as a document: hidden actors still in it, marked `hidden: true`, hidden documents left out
 * (what Export saves).
 */
export const selectEditedGraph = (s: AppState): GraphDocument | null =>
  s.load.status === 'ready' ? editedWithoutHiddenDocuments(editedGraphOf(s.load.graph, s.edits).graph, s.hiddenDocumentIds) : null;

export const selectSelectedActor = (s: AppState): Actor | null => actorById(selectGraph(s), s.selectedId);

export function actorById(graph: GraphDocument | null, actorId: string | null): Actor | null {
  if (!graph || actorId === null) return null;
  return graph.actors.find((actor) => actor.id === actorId) ?? null;
}
