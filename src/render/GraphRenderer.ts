import type { ActorType, Relation } from '../extract/types.ts';

// The contract between the app and whatever draws the graph. The scene is plain data built by the
// pure `toScene` (scene.ts); a renderer only draws it and reports what the user points at, so an SVG
// renderer today and a Canvas one later are interchangeable without touching the UI or the store.

export interface SceneNode {
  id: string;
  label: string;
  type: ActorType;
  mentions: number;
  /**
   * How big to draw the actor, from 0 (smallest) to 1 (largest), by whatever measure the user chose
   * (mentions, degree, betweenness); the renderer maps it to a radius.
   */
  size: number;
  /** The colour group (a community's index) when colouring by community; null: coloured by type. */
  group: number | null;
}

/** One drawn link per unordered pair of actors; the relations it stands for are listed inside. */
export interface SceneLink {
  /** The unordered pair, `a|b` with a < b. */
  id: string;
  source: string;
  target: string;
  relations: ReadonlyArray<
    Pick<Relation, 'id' | 'source' | 'target' | 'type' | 'polarity' | 'directed' | 'attributedTo' | 'hedged'> & {
      /** The label of the actor who claims it (attributedTo), even when that actor is not drawn; null if unknown. */
      claimant: string | null;
    }
  >;
}

export interface Scene {
  /** Identifies the graph being drawn; a new key means a new layout, the same key keeps positions. */
  layoutKey: string;
  nodes: SceneNode[];
  links: SceneLink[];
  selectedId: string | null;
  /** The actor pointed at from elsewhere (a highlight in the article): lit up with its neighbourhood. */
  hoveredId: string | null;
  /** The actor whose neighbourhood is the view (focus), drawn as its centre; null when none. */
  focusId: string | null;
  /** A picked path: its actors and links stand out, the rest recede; null when no path is shown. */
  path: { nodeIds: readonly string[]; linkIds: readonly string[] } | null;
}

/**
 * Where the view looks, in graph units: the point at the centre of the drawing and the zoom scale.
 * Independent of the window's size, so a shared view opens on the same spot on another screen.
 */
export interface ViewPort {
  x: number;
  y: number;
  k: number;
}

export interface GraphRenderer {
  mount(container: HTMLElement): void;
  update(scene: Scene): void;
  /** Click, Enter or Space on an actor; null when the background is clicked. */
  onActorPick(handler: (actorId: string | null) => void): () => void;
  /** Pointer enters (id) or leaves (null) an actor. */
  onActorHover(handler: (actorId: string | null) => void): () => void;
  /** Double-click on an actor, or Enter on the selected one: the user asks to focus on it. */
  onActorFocus(handler: (actorId: string) => void): () => void;
  /** The user zoomed or panned (a view port), or the view went back to fitting the graph (null). */
  onViewChange(handler: (view: ViewPort | null) => void): () => void;
  /** Where the view looks now; null while it fits the whole graph. */
  getView(): ViewPort | null;
  /** Looks at `view` (null: fit the whole graph and follow the layout), at once, without telling onViewChange. */
  setView(view: ViewPort | null): void;
  /** The current view as a standalone SVG document (styles inlined), or null before anything is drawn. */
  exportSvg(): string | null;
  /** Zooms about the centre of the view by `factor`: above 1 closer, below 1 farther. */
  zoomBy(factor: number): void;
  /** Shows the whole graph, and keeps it in view while the layout still moves. */
  fitToView(): void;
  /** Lets every actor the user dragged (pinned) move with the layout again. */
  unpinAll(): void;
  /** Forgets every position and pin and lays the drawn graph out from the start, as on first load. */
  relayout(): void;
  destroy(): void;
}
