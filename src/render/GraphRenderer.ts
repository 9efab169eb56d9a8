import type { ActorType, Relation } from '../extract/types.ts';

// The contract between the app and whatever draws the graph. The scene is plain data built by the
// pure `toScene` (scene.ts); a renderer only draws it and reports what the user points at, so an SVG
// renderer today and a Canvas one later are interchangeable without touching the UI or the store.

export interface SceneNode {
  id: string;
  label: string;
  type: ActorType;
  mentions: number;
}

/** One drawn link per unordered pair of actors; the relations it stands for are listed inside. */
export interface SceneLink {
  /** The unordered pair, `a|b` with a < b. */
  id: string;
  source: string;
  target: string;
  relations: ReadonlyArray<Pick<Relation, 'id' | 'source' | 'target' | 'type' | 'polarity' | 'directed'>>;
}

export interface Scene {
  /** Identifies the graph being drawn; a new key means a new layout, the same key keeps positions. */
  layoutKey: string;
  nodes: SceneNode[];
  links: SceneLink[];
  selectedId: string | null;
  /** The actor pointed at from elsewhere (a highlight in the article): lit up with its neighbourhood. */
  hoveredId: string | null;
}

export interface GraphRenderer {
  mount(container: HTMLElement): void;
  update(scene: Scene): void;
  /** Click, Enter or Space on an actor; null when the background is clicked. */
  onActorPick(handler: (actorId: string | null) => void): () => void;
  /** Pointer enters (id) or leaves (null) an actor. */
  onActorHover(handler: (actorId: string | null) => void): () => void;
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
