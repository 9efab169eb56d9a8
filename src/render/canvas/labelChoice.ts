import type { LabelCandidate } from '../labelCulling.ts';
import type { DrawnGraph } from './drawnGraph.ts';

// Which labels compete for a place on a large graph. placeLabels (labelCulling.ts) is pairwise, and a
// screen holds a few hundred legible names at most, so only the most important actors in view take
// part, plus those that must show (pointed at, selected, focused, on a path): the rest stay unnamed
// until the user zooms in, where fewer actors are in view and smaller ones get their turn.

/** The most labels that compete at once, forced ones aside. */
export const LABEL_CANDIDATES = 250;
/** While the layout moves every actor each frame: names jump about then, and halos are dear to paint. */
export const LIVE_LABEL_CANDIDATES = 40;

/** A rectangle of the graph, in graph units. */
export interface GraphBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The candidates for placeLabels: the forced actors wherever they are, then the most important actors
 * whose disc lies in `box`, up to `limit`; `widthOf` gives a label's width at label scale 1.
 */
export function labelCandidates(
  graph: DrawnGraph,
  positions: Float32Array,
  box: GraphBox,
  forced: ReadonlySet<string>,
  widthOf: (label: string) => number,
  limit = LABEL_CANDIDATES,
): LabelCandidate[] {
  const candidateOf = (i: number): LabelCandidate => {
    const node = graph.nodes[i]!;
    return {
      id: node.id,
      x: positions[2 * i] ?? 0,
      y: positions[2 * i + 1] ?? 0,
      radius: node.radius,
      width: widthOf(node.label),
      preferAbove: false,
      size: node.size,
      mentions: node.mentions,
    };
  };
  const chosen = [...forced].flatMap((id) => {
    const i = graph.indexOf.get(id);
    return i === undefined ? [] : [candidateOf(i)];
  });
  let taken = 0;
  for (const i of graph.byImportance) {
    if (taken >= limit) break;
    const node = graph.nodes[i]!;
    if (forced.has(node.id)) continue;
    const x = positions[2 * i] ?? 0;
    const y = positions[2 * i + 1] ?? 0;
    if (x + node.radius < box.left || x - node.radius > box.right || y + node.radius < box.top || y - node.radius > box.bottom) continue;
    chosen.push(candidateOf(i));
    taken++;
  }
  return chosen;
}
