import type { ActorType, GraphDocument, Polarity, SourceDocument } from '../extract/types.ts';
import type { NeighbourhoodDepth } from '../graph/neighbourhood.ts';
import type { ViewFilter, ViewFilterKind } from '../graph/viewFilters.ts';
import type { ExtractResult } from '../worker/client.ts';

// The app's state is what the user did and what the worker returned; everything drawn is derived.

/** Reads documents into a graph somewhere off the main thread; the worker client in the app, a stub in tests. */
export type ReadArticles = (documents: SourceDocument[]) => Promise<ExtractResult>;

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
  setMinMentions: (min: number) => void;
  setSearch: (query: string) => void;
  removeFilter: (kind: ViewFilterKind) => void;
  undoFilter: () => void;
  redoFilter: () => void;
}

export type AppState = DocumentSlice & SelectionSlice & FilterSlice;
