import type { StateCreator, StoreApi } from 'zustand/vanilla';
import type { GraphDocument } from '../extract/types.ts';
import { applyEdits, withoutHiddenActors, type EditedGraph, type GraphEdit, type SkippedEdit } from '../graph/edits/index.ts';
import type { AppState, EditSlice } from './types.ts';
import { followStack, nextStep, NO_STEPS, type StackSizes, type UndoKind } from './undoOrder.ts';

// The user's corrections as a list of operations on stable ids. The read graph stays as the extractor left it;
// views see it with the edits applied (selectGraph), so undo is dropping the last edit, and a re-read replays them.

/** No corrections: a new workspace, or one that replaced the documents the edits were made on. */
export const NO_EDITS: Pick<EditSlice, 'edits' | 'editFuture'> = { edits: [], editFuture: [] };

export const createEditSlice: StateCreator<AppState, [], [], EditSlice> = (set, get, store) => {
  followUndoStacks(store);
  return {
    ...NO_EDITS,
    undoOrder: NO_STEPS,

    undoLatest: () => {
      const state = get();
      const kind = nextStep(state.undoOrder, 'past', stackSizesOf(state));
      if (kind === 'filter') state.undoFilter();
      if (kind === 'edit') state.undoEdit();
    },

    redoLatest: () => {
      const state = get();
      const kind = nextStep(state.undoOrder, 'future', stackSizesOf(state));
      if (kind === 'filter') state.redoFilter();
      if (kind === 'edit') state.redoEdit();
    },

    applyEdit: (edit) => {
      const { load, edits, notify } = get();
      if (load.status !== 'ready') return;
      const [refused] = applyEdits(editedGraphOf(load.graph, edits).graph, [edit]).skipped;
      if (refused) return notify('problem', refused.reason);
      set((state) => ({
        edits: [...state.edits, edit],
        editFuture: [],
        ...pointersAfter(edit, state),
        workspaceRevision: state.workspaceRevision + 1,
      }));
    },

    undoEdit: () =>
      set((state) => {
        const last = state.edits.at(-1);
        if (!last) return {};
        return { edits: state.edits.slice(0, -1), editFuture: [last, ...state.editFuture], workspaceRevision: state.workspaceRevision + 1 };
      }),

    redoEdit: () =>
      set((state) => {
        const [next, ...rest] = state.editFuture;
        if (!next) return {};
        return {
          edits: [...state.edits, next],
          editFuture: rest,
          ...pointersAfter(next, state),
          workspaceRevision: state.workspaceRevision + 1,
        };
      }),
  };
};

function stackSizesOf(state: AppState): Record<UndoKind, StackSizes> {
  return {
    filter: { past: state.filterPast.length, future: state.filterFuture.length },
    edit: { past: state.edits.length, future: state.editFuture.length },
  };
}

/** Keeps `undoOrder` in step with the filter and edit stacks, whichever action (or reset) changed them. */
function followUndoStacks(store: StoreApi<AppState>): void {
  store.subscribe((state, previous) => {
    const [before, after] = [stackSizesOf(previous), stackSizesOf(state)];
    const kinds: UndoKind[] = ['filter', 'edit'];
    const undoOrder = kinds.reduce((order, kind) => followStack(order, kind, before[kind], after[kind]), state.undoOrder);
    if (undoOrder !== state.undoOrder) store.setState({ undoOrder });
  });
}

/** What points at actors by id outside the graph: the selection, the focus and the path's ends. */
type ActorPointers = Pick<AppState, 'selectedId' | 'focusId' | 'pathEnds'>;

/**
 * Each pointer follows a merged actor into the one it joined, and lets go of a deleted or hidden one, so no view
 * is left focused on, or pathing from, an actor that is no longer drawn. A split keeps the actor split from: the
 * user is at its details, and sees the alias leave its list.
 */
function pointersAfter(edit: GraphEdit, { selectedId, focusId, pathEnds }: ActorPointers): ActorPointers {
  const after = (actorId: string | null): string | null => {
    if (edit.kind === 'merge-actors' && edit.fromId === actorId) return edit.intoId;
    if ((edit.kind === 'delete-actor' || edit.kind === 'hide-actor') && edit.actorId === actorId) return null;
    return actorId;
  };
  const ends = { from: after(pathEnds.from), to: after(pathEnds.to) };
  const sameEnds = ends.from === pathEnds.from && ends.to === pathEnds.to;
  return { selectedId: after(selectedId), focusId: after(focusId), pathEnds: sameEnds ? pathEnds : ends };
}

let lastEdited: { graph: GraphDocument; edits: readonly GraphEdit[]; result: EditedGraph } | null = null;

/**
 * The graph with the edits applied, the same object while neither changes: views select it on every store
 * change (a hover, a zoom), and replaying the edits each time would redraw them for nothing.
 */
export function editedGraphOf(graph: GraphDocument, edits: readonly GraphEdit[]): EditedGraph {
  if (edits.length === 0) return { graph, skipped: [] };
  if (lastEdited?.graph !== graph || lastEdited.edits !== edits) lastEdited = { graph, edits, result: applyEdits(graph, edits) };
  return lastEdited.result;
}

let lastShown: { edited: GraphDocument; shown: GraphDocument } | null = null;

/** The edited graph without its hidden actors, what the views draw: the same object while the edited graph is. */
export function shownGraphOf(graph: GraphDocument, edits: readonly GraphEdit[]): GraphDocument {
  const edited = editedGraphOf(graph, edits).graph;
  if (lastShown?.edited !== edited) lastShown = { edited, shown: withoutHiddenActors(edited) };
  return lastShown.shown;
}

/** “1 correction no longer applies: …”: what the user is told when a re-read leaves some edits without effect. */
export function skippedEditsNotice(skipped: readonly SkippedEdit[]): string {
  const count = skipped.length === 1 ? '1 correction no longer applies' : `${skipped.length} corrections no longer apply`;
  return `${count}: ${skipped.map((entry) => entry.reason).join(' ')}`;
}

/** Tells the user about edits a newly read graph leaves without effect, once for each different set. They are kept. */
export function reportSkippedEdits(store: StoreApi<AppState>): void {
  let lastNotice = '';
  store.subscribe((state, previous) => {
    if (state.load === previous.load || state.load.status !== 'ready') return;
    const { skipped } = editedGraphOf(state.load.graph, state.edits);
    const notice = skipped.length > 0 ? skippedEditsNotice(skipped) : '';
    if (notice !== '' && notice !== lastNotice) state.notify('note', notice);
    lastNotice = notice;
  });
}
