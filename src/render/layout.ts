import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { forceLabelBoxes } from './labelForce.ts';
import { forceFastManyBody } from './layoutWorker/fastManyBody.ts';
import { forceGridCollide } from './layoutWorker/gridCollide.ts';

// The force layout, free of the DOM so it runs (and is tested) in node. Determinism: the same graph
// gives the same layout on every load because nothing here reads Math.random or the clock — starting
// positions come from a hash of each actor's id and d3-force's own jiggle draws from a seeded LCG,
// so the sequence of ticks is the same whether they run in animation frames or all at once.

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  radius: number;
  /** Width of the node's label in graph units at zoom 1 (labelForce.ts estimates it). */
  labelWidth: number;
  /** Set by the layout: the label goes above the disc, clear of links that leave downwards. */
  labelAbove?: boolean;
}

export interface LayoutLink<N extends LayoutNode = LayoutNode> extends SimulationLinkDatum<N> {
  source: N;
  target: N;
}

/** Air between two discs; their labels are kept apart by forceLabelBoxes. */
const DISC_GAP = 6;
const LAYOUT_SEED = 0x5eed;
/** Above this many actors the layout's dearest forces run in their faster forms (createLayoutSimulation). */
const FAST_FORCES_ABOVE = 100;

/** A seeded random source with the constants of d3-force's own LCG (numbers in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** 32-bit FNV-1a hash of a string: the same id always gets the same number. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Where a node starts when it has no position yet: near the mean of its already placed neighbours
 * (so a node revealed by widening a filter appears beside them), else on a disc sized for the whole
 * graph; the exact spot is derived from the id.
 */
export function startingPosition(
  id: string,
  nodeCount: number,
  placedNeighbours: ReadonlyArray<{ x: number; y: number }>,
): { x: number; y: number } {
  const random = seededRandom(hashString(id));
  const angle = random() * 2 * Math.PI;
  if (placedNeighbours.length > 0) {
    const mean = (axis: 'x' | 'y') => placedNeighbours.reduce((sum, p) => sum + p[axis], 0) / placedNeighbours.length;
    return { x: mean('x') + 30 * Math.cos(angle), y: mean('y') + 30 * Math.sin(angle) };
  }
  const distance = 40 * Math.sqrt(nodeCount) * Math.sqrt(random());
  return { x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
}

/**
 * A stopped simulation over the given nodes (positions already set) and links: the caller either
 * animates it (`restart()`) or runs it to rest with `settle`. Centred on (0, 0); the view fits it.
 */
export function createLayoutSimulation<N extends LayoutNode>(
  nodes: N[],
  links: LayoutLink<N>[],
): Simulation<N, LayoutLink<N>> {
  const neighbours = new Map<string, N[]>();
  for (const { source, target } of links) {
    neighbours.set(source.id, [...(neighbours.get(source.id) ?? []), target]);
    neighbours.set(target.id, [...(neighbours.get(target.id) ?? []), source]);
  }
  // Actors the text relates to no one are drawn in close, around the others, rather than pushed to
  // the edges where they would shrink the fitted view of everything else.
  const pullToCentre = (node: N) => (neighbours.has(node.id) ? 0.06 : 0.18);
  // Above an article's size, the dearest forces of a tick in their faster forms: d3's many-body force (its formula,
  // theta 0.9 as d3's default) on a flat quadtree kept from tick to tick, d3's collision push with its pairs found
  // in a grid, the label boxes' pairs by a sweep. Each pushes in another order, so the layout comes out otherwise:
  // an article's graph keeps d3's own forces, and the layout it always had.
  const large = nodes.length > FAST_FORCES_ABOVE;
  return forceSimulation<N, LayoutLink<N>>()
    .stop()
    .randomSource(seededRandom(LAYOUT_SEED))
    .nodes(nodes)
    .force(
      'link',
      forceLink<N, LayoutLink<N>>(links).distance((link) => link.source.radius + link.target.radius + 70),
    )
    .force('charge', large ? forceFastManyBody<N>(-300, 450, 0.9) : forceManyBody<N>().strength(-300).distanceMax(450))
    .force('collide', large ? forceGridCollide<N>(DISC_GAP) : forceCollide<N>((node) => node.radius + DISC_GAP))
    .force('labels', forceLabelBoxes<N>(neighbours, large))
    // Pulls to the centre rather than forceCenter, so unconnected actors are not flung away.
    .force('x', forceX<N>(0).strength(pullToCentre))
    .force('y', forceY<N>(0).strength(pullToCentre));
}

/** Runs the simulation from its current alpha until it would stop by itself. */
export function settle<N extends LayoutNode>(simulation: Simulation<N, LayoutLink<N>>): void {
  if (simulation.alpha() <= simulation.alphaMin()) return;
  const ticks = Math.ceil(Math.log(simulation.alphaMin() / simulation.alpha()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(Math.max(0, ticks));
}

const PREWARM_TICKS = 60;
/** Above this many actors the prewarm is shortened in proportion: its ticks run in one go on the main thread. */
const PREWARM_FULL_UP_TO = 100;

/**
 * How many ticks to run before the first drawing, skipping the first, chaotic ones. Each tick of the label-box
 * force compares every pair of labels, so 60 ticks at 300 actors held the page for about a second on a busy
 * machine: a larger graph gets fewer (the same number for the same graph, so the layout stays deterministic), and
 * the animation does the rest.
 */
export function prewarmTicks(nodeCount: number): number {
  if (nodeCount <= PREWARM_FULL_UP_TO) return PREWARM_TICKS;
  // A tick costs more with more actors, so the ticks shrink as the square of the size: about the same time overall.
  return Math.max(10, Math.round(PREWARM_TICKS * (PREWARM_FULL_UP_TO / nodeCount) ** 2));
}
