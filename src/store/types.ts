import type { ActorType, GraphDocument, Polarity, RelationType, SourceDocument, Span } from '../extract/types.ts';
import type { GraphEdit } from '../graph/edits/index.ts';
import type { UndoOrder } from './undoOrder.ts';
import type { NeighbourhoodDepth } from '../graph/neighbourhood.ts';
import type { ViewFilter, ViewFilterKind } from '../graph/viewFilters.ts';
import type { ExtractResult, ReadingControls, ReadProgress } from '../worker/client.ts';

// The app's state is what the user did and what the worker returned; everything drawn is derived.

/** Reads documents into a graph somewhere off the main thread; the worker client in the app, a stub in tests. */
export type ReadArticles = (documents: SourceDocument[], controls?: ReadingControls) => Promise<ExtractResult>;

export type ArticleLoad =
  | { status: 'loading' }
  | { status: 'ready'; graph: GraphDocument }
  | { status: 'failed'; message: string };

export interface DocumentSlice {
  /** The documents last asked for, kept so a failed read can be retried as is. */
  sources: SourceDocument[];
  load: ArticleLoad;
  readArticles: (documents: SourceDocument[]) => Promise<void>;
  retryReading: () => Promise<void>;
  /** How far the read in progress has got (UTF-8 bytes of its documents); null when nothing is being read. */
  readProgress: ReadProgress | null;
  /** Runs a read with its progress shown and Cancel offered: every read of the slices goes through here. */
  trackReading: (run: (controls: ReadingControls) => Promise<ExtractResult>) => Promise<ExtractResult>;
  /** Calls off the read in progress: it ends as cancelled and the workspace stays exactly as it was. */
  cancelReading: () => void;
}

export interface SelectionSlice {
  selectedId: string | null;
  /** The actor pointed at (a highlight in the article, a node under the pointer). */
  hoveredId: string | null;
  selectActor: (actorId: string | null) => void;
  hoverActor: (actorId: string | null) => void;
}

export interface FilterSlice {
  /** The stacked filters, applied in this order; at most one of each kind. */
  filters: ViewFilter[];
  /** Earlier filter lists, most recent last, for "Undo filter"; and the undone ones, next first. */
  filterPast: ViewFilter[][];
  filterFuture: ViewFilter[][];
  /** The kind last typed into (search, minimum), so a word typed is one undo step, not one per key. */
  lastFilterEdit: ViewFilterKind | null;
  addToFilter: (actorId: string) => void;
  removeFromFilter: (actorId: string) => void;
  clearFilter: () => void;
  setActorDepth: (depth: NeighbourhoodDepth) => void;
  toggleActorType: (type: ActorType) => void;
  togglePolarity: (polarity: Polarity) => void;
  toggleRelationType: (type: RelationType) => void;
  setMinMentions: (min: number) => void;
  setSearch: (query: string) => void;
  removeFilter: (kind: ViewFilterKind) => void;
  undoFilter: () => void;
  redoFilter: () => void;
}

/** What sizes the nodes: how often the text names an actor, or a measure of the visible graph. */
export type NodeSizing = 'mentions' | 'degree' | 'betweenness';
/** What colours the nodes: the actor's type, or the community the visible graph puts it in. */
export type NodeColouring = 'type' | 'community';

/** Where the graph view looks, in graph units (see the renderer's ViewPort); null: fitted to the graph. */
export interface ViewPortState {
  x: number;
  y: number;
  k: number;
}

/** The explorer's view beyond filters: focus, path, how nodes are drawn, story position and zoom. */
export interface ExploreSlice {
  /** The actor whose neighbourhood is the whole view; null: no focus. */
  focusId: string | null;
  /** The two ends of the path asked for; either may be unset while the user picks. */
  pathEnds: { from: string | null; to: string | null };
  sizeBy: NodeSizing;
  colourBy: NodeColouring;
  /** How far into the article the story has got (a sentence index from 0); null: the whole article. */
  storyStep: number | null;
  viewPort: ViewPortState | null;
  setFocus: (actorId: string | null) => void;
  setPathEnd: (end: 'from' | 'to', actorId: string | null) => void;
  clearPath: () => void;
  setSizeBy: (sizing: NodeSizing) => void;
  setColourBy: (colouring: NodeColouring) => void;
  setStoryStep: (step: number | null) => void;
  setViewPort: (viewPort: ViewPortState | null) => void;
}

/** Whether an opened article replaces the workspace's documents or joins them. */
export type OpenMode = 'replace' | 'add';

/** A sentence for the user about the workspace: a problem (refused, not saved) or a note (read, but beware). */
export interface WorkspaceNotice {
  id: number;
  tone: 'problem' | 'note';
  text: string;
}

/** What is kept across reloads: the documents, and the graph itself when it was imported rather than read. */
export interface StoredWorkspace {
  sources: SourceDocument[];
  importedGraph: GraphDocument | null;
  /** The user's corrections, replayed on the documents read again (absent in workspaces saved before edits). */
  edits: GraphEdit[];
  /** The documents hidden from the graph (absent in workspaces saved before documents could be hidden). */
  hiddenDocumentIds?: string[];
}

/** The user's corrections to what was read: kept as operations and replayed on every reading (see applyEdits). */
export interface EditSlice {
  /** In the order made; the graph every view shows is the read graph with these applied. */
  edits: GraphEdit[];
  /** Undone edits, the next to redo first. */
  editFuture: GraphEdit[];
  /** Adds an edit; one that cannot apply to the graph now is refused with a notice, not kept. */
  applyEdit: (edit: GraphEdit) => void;
  undoEdit: () => void;
  redoEdit: () => void;
  /** Which kind (filter, edit) each undoable and redoable step was, in order: see undoOrder.ts. */
  undoOrder: UndoOrder;
  /** Undoes the most recent change, a filter's or an edit's (Ctrl/⌘+Z); redoLatest the next undone one. */
  undoLatest: () => void;
  redoLatest: () => void;
}

export interface WorkspaceSlice {
  openMode: OpenMode;
  /** The graph as imported from a file (kept as is, not re-read); null when the graph was read from `sources`. */
  importedGraph: GraphDocument | null;
  /** Counts the user's changes to the workspace; persistence saves on each. */
  workspaceRevision: number;
  notices: WorkspaceNotice[];
  /** The titles being read for the user just now, or null. */
  reading: string | null;
  /** The document the article pane shows; null: the first. */
  shownDocumentId: string | null;
  /** The documents the user hid from the graph: every view leaves out what only they say (see withoutDocuments). */
  hiddenDocumentIds: string[];
  /** The sentence the user asked the article pane to show (an evidence sentence in the details); null: none. */
  shownSentence: Span | null;
  setOpenMode: (mode: OpenMode) => void;
  showDocument: (documentId: string) => void;
  /** Turns the article pane to the sentence's document and picks the sentence out there. */
  showSentence: (sentence: Span) => void;
  /** Hides a document from the graph or shows it again; nothing is read again. */
  setDocumentHidden: (documentId: string, hidden: boolean) => void;
  /** Reads the documents into the workspace (replacing or joining, by `openMode`); `notes` are shown after. */
  openArticles: (documents: SourceDocument[], notes?: string[]) => Promise<void>;
  importGraph: (graph: GraphDocument) => void;
  /** Gives a document a title of the user's own (a blank title is ignored); nothing is read again. */
  renameDocument: (documentId: string, title: string) => void;
  /** Takes a document out of the workspace and reads the rest again; the last one leaves the workspace empty. */
  removeDocument: (documentId: string) => Promise<void>;
  newWorkspace: () => void;
  restoreWorkspace: (stored: StoredWorkspace) => Promise<void>;
  notify: (tone: WorkspaceNotice['tone'], text: string) => void;
  dismissNotice: (id: number) => void;
}

export type AppState = DocumentSlice & SelectionSlice & FilterSlice & ExploreSlice & WorkspaceSlice & EditSlice;
