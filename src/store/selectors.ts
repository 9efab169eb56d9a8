import type { Actor, GraphDocument } from '../extract/types.ts';
import { editedGraphOf, shownGraphOf } from './editSlice.ts';
import type { AppState } from './types.ts';

// Reads of the state that components share. Each returns something already in the state (or a
// primitive), so it is safe as a zustand selector without useShallow; anything computed from a graph
// is computed in the component with useMemo.

/** The graph as read, before the user's corrections. */
export const selectReadGraph = (s: AppState): GraphDocument | null => (s.load.status === 'ready' ? s.load.graph : null);

/**
 * The graph every view shows: the read graph with the user's corrections applied, hidden actors left out (the same
 * object until either changes).
 */
export const selectGraph = (s: AppState): GraphDocument | null => (s.load.status === 'ready' ? shownGraphOf(s.load.graph, s.edits) : null);

/** The corrected graph as a document: hidden actors still in it, marked `hidden: true` (what Export saves). */
export const selectEditedGraph = (s: AppState): GraphDocument | null =>
  s.load.status === 'ready' ? editedGraphOf(s.load.graph, s.edits).graph : null;

export const selectSelectedActor = (s: AppState): Actor | null => actorById(selectGraph(s), s.selectedId);

export function actorById(graph: GraphDocument | null, actorId: string | null): Actor | null {
  if (!graph || actorId === null) return null;
  return graph.actors.find((actor) => actor.id === actorId) ?? null;
}
