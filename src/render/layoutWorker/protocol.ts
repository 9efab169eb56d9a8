import type { LayoutEngineLink, LayoutEngineNode } from '../layoutEngine.ts';

// The messages between the page and the layout worker. Positions travel as transferred Float32Arrays
// (no copy) and come back to be reused: the page holds the latest one (a renderer may keep drawing
// from it) and hands the one before back when the next arrives, so two buffers go round in turn.
// At most one frame of positions is on its way at a time: the worker ticks one slice further while the
// page is busy and sends those positions once the page says it has taken the last ones.

/** `generation` counts start requests: replies and returns from an earlier graph are told apart by it. */
export type LayoutRequest =
  | {
      kind: 'start';
      generation: number;
      nodes: readonly LayoutEngineNode[];
      links: readonly LayoutEngineLink[];
      known: ReadonlyMap<string, { x: number; y: number }>;
    }
  | { kind: 'pin'; index: number; position: { x: number; y: number } | null }
  | { kind: 'unpin-all' }
  | { kind: 'reheat'; alpha: number }
  /** The page took the positions of `generation`; `buffer` is an earlier array it no longer needs. */
  | { kind: 'taken'; generation: number; buffer: Float32Array | null };

export interface LayoutReply {
  kind: 'positions';
  generation: number;
  positions: Float32Array;
  alpha: number;
  settled: boolean;
}
