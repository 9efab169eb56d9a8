// The contract between a renderer and whatever runs its force layout: on the main thread (small graphs, tests)
// or in a worker (large graphs: a d3-force tick costs ~8 ms at 2,000 actors and 50–60 ms at 10,000, too long for
// a frame). Positions travel as one flat typed array in node order, so a worker can transfer them without copying.

/** One actor as the layout sees it: its id (seeds its starting spot) and the radius it needs. */
export interface LayoutEngineNode {
  id: string;
  radius: number;
}

/** A link between two nodes, by their index in the node list. */
export interface LayoutEngineLink {
  source: number;
  target: number;
}

export interface LayoutTick {
  /**
   * x0, y0, x1, y1, … in the order of the nodes given to start(); graph units, centred on (0, 0). Valid
   * until the next tick is handed out: the engine then reuses the array (a worker gets it back), so
   * keep the newest one only, or copy it.
   */
  positions: Float32Array;
  /** The simulation's temperature, from 1 (just started) down to 0; useful as a progress figure. */
  alpha: number;
  /** The layout has come to rest: no more ticks until something reheats it. */
  settled: boolean;
}

export interface LayoutEngine {
  /**
   * Lays out these nodes and links from scratch (deterministically: the same graph gives the same layout).
   * `known` gives positions to keep for nodes already placed (by id), e.g. after a filter changed the graph.
   */
  start(
    nodes: readonly LayoutEngineNode[],
    links: readonly LayoutEngineLink[],
    known?: ReadonlyMap<string, { x: number; y: number }>,
  ): void;
  /** Called with fresh positions, at most once per animation frame; returns an unsubscribe function. */
  onTick(handler: (tick: LayoutTick) => void): () => void;
  /** Holds node `index` at (x, y) (a drag); null releases it. Reheats gently. */
  pin(index: number, position: { x: number; y: number } | null): void;
  /** Releases every pinned node and reheats. */
  unpinAll(): void;
  /** Warms the simulation up again by `alpha` (0..1), e.g. after a drag or a resize. */
  reheat(alpha: number): void;
  /** Stops and frees everything (terminates a worker); the engine is not used again. */
  destroy(): void;
}
