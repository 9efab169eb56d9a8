import {
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { seededRandom, startingPosition } from '../layout.ts';
import type { LayoutEngineLink, LayoutEngineNode } from '../layoutEngine.ts';
import { forceFastManyBody } from './fastManyBody.ts';
import { forceGridCollide } from './gridCollide.ts';
import { radialTreePositions } from './prePlacement.ts';

// The force layout both engines run, on the main thread or in a worker: d3-force's simulation over
// plain nodes and links, so its ticks are the same wherever they run and can be tested in node. Its
// settings depend on the graph's size, because every tick saved counts at 10,000 actors (measurements
// in forceSettings), and its two costly forces, charge and collision, are d3's own formulas on flat
// typed arrays (fastManyBody.ts, gridCollide.ts): a tick at 10,000 costs ~28 ms of CPU where d3's
// forces took ~200 (node, this machine under load; the issue measured 50–60 ms unloaded).

export interface EngineNode extends SimulationNodeDatum {
  radius: number;
}

type EngineLink = SimulationLinkDatum<EngineNode>;

export interface ForceSettings {
  /** Barnes–Hut accuracy of the charge: larger is cheaper and coarser (d3's default is 0.9). */
  theta: number;
  /** Share of alpha lost per tick: ticks to rest ≈ log(alphaMin) / log(1 − alphaDecay). */
  alphaDecay: number;
  /** Share of velocity lost per tick (d3's default 0.4): friction. */
  velocityDecay: number;
  /** Start from a radial tree of the graph rather than from each id's spot. */
  prePlace: boolean;
  /** Pull of a linked node towards the centre (isolated ones get three times as much). */
  centrePull: number;
}

const LAYOUT_SEED = 0x5eed;
const ALPHA_MIN = 0.001;
/** Air between two discs. */
const DISC_GAP = 6;
/** How hot a layout starts: from scratch, or with most nodes already placed (`known`). */
const FRESH_ALPHA = 1;
const KNOWN_ALPHA = 0.3;

/** Up to this size d3's own settings serve: a tick costs under 2 ms, 300 of them are quickly run. */
const SMALL_GRAPH = 500;

/**
 * The settings for a graph of `nodeCount` nodes. Above SMALL_GRAPH, measured in node on synthetic
 * graphs (src/graph/synthetic.ts): from a radial tree the layout reaches the same spread, link lengths
 * and (at 2,000) no overlaps in 83 ticks rather than 300, with less friction and faster cooling; a
 * coarser Barnes–Hut (theta 1.2, 1.5 from 5,000) takes a quarter or more off the charge's cost; and the
 * pull to the centre weakens with size, else large graphs are packed tight (discs overlapping at rest out
 * of 10,000: 4,500 at d3's pull, under 3,000 at this one).
 */
export function forceSettings(nodeCount: number): ForceSettings {
  if (nodeCount <= SMALL_GRAPH) {
    return { theta: 0.9, alphaDecay: 1 - Math.pow(ALPHA_MIN, 1 / 300), velocityDecay: 0.4, prePlace: false, centrePull: 0.06 };
  }
  return {
    theta: nodeCount > 5000 ? 1.5 : 1.2,
    alphaDecay: 0.08,
    velocityDecay: 0.3,
    prePlace: true,
    centrePull: 0.06 * Math.sqrt(SMALL_GRAPH / nodeCount),
  };
}

export interface ForceLayout {
  readonly nodeCount: number;
  alpha(): number;
  /** Below the minimum temperature and nothing holding it warm: no more ticks are needed. */
  settled(): boolean;
  tick(): void;
  /** Writes x0, y0, x1, y1, … into `target` (length 2 × nodeCount) and returns it. */
  writePositions(target: Float32Array): Float32Array;
  /** Holds node `index` at a spot, or lets it go (null); warms the layout up to at least `alpha`. */
  pin(index: number, position: { x: number; y: number } | null, alpha: number): void;
  unpinAll(alpha: number): void;
  reheat(alpha: number): void;
}

/** Starting spots: kept ones from `known`, the rest from the pre-placement or beside placed neighbours. */
function startingNodes(
  nodes: readonly LayoutEngineNode[],
  links: readonly LayoutEngineLink[],
  known: ReadonlyMap<string, { x: number; y: number }>,
  prePlace: boolean,
): EngineNode[] {
  const placed: Array<{ x: number; y: number } | undefined> = nodes.map((node) => known.get(node.id));
  if (known.size === 0 && prePlace) {
    const tree = radialTreePositions(nodes.length, links);
    return nodes.map((node, i) => ({ radius: node.radius, x: tree[2 * i]!, y: tree[2 * i + 1]! }));
  }
  const neighbours: number[][] = nodes.map(() => []);
  for (const { source, target } of links) {
    neighbours[source]!.push(target);
    neighbours[target]!.push(source);
  }
  return nodes.map((node, i) => {
    const at =
      placed[i] ??
      startingPosition(
        node.id,
        nodes.length,
        neighbours[i]!.flatMap((j) => (placed[j] ? [placed[j]] : [])),
      );
    return { radius: node.radius, x: at.x, y: at.y };
  });
}

export function createForceLayout(
  nodes: readonly LayoutEngineNode[],
  links: readonly LayoutEngineLink[],
  known: ReadonlyMap<string, { x: number; y: number }> = new Map(),
  settings: ForceSettings = forceSettings(nodes.length),
): ForceLayout {
  const simNodes = startingNodes(nodes, links, known, settings.prePlace);
  const simLinks: EngineLink[] = links.map(({ source, target }) => ({ source, target }));
  const linked = new Uint8Array(nodes.length);
  for (const { source, target } of links) linked[source] = linked[target] = 1;
  // Actors the text relates to no one are drawn in close, around the others, rather than pushed to
  // the edges where they would shrink the fitted view of everything else.
  const pullToCentre = (_: EngineNode, i: number) => (linked[i] ? 1 : 3) * settings.centrePull;
  const simulation: Simulation<EngineNode, EngineLink> = forceSimulation<EngineNode, EngineLink>()
    .stop()
    .randomSource(seededRandom(LAYOUT_SEED))
    .alphaMin(ALPHA_MIN)
    .alphaDecay(settings.alphaDecay)
    .velocityDecay(settings.velocityDecay)
    .nodes(simNodes)
    .force(
      'link',
      forceLink<EngineNode, EngineLink>(simLinks).distance(
        (link) => (link.source as EngineNode).radius + (link.target as EngineNode).radius + 70,
      ),
    )
    .force('charge', forceFastManyBody<EngineNode>(-300, 450, settings.theta))
    .force('collide', forceGridCollide<EngineNode>(DISC_GAP))
    .force('x', forceX<EngineNode>(0).strength(pullToCentre))
    .force('y', forceY<EngineNode>(0).strength(pullToCentre));
  simulation.alpha(known.size > 0 ? KNOWN_ALPHA : FRESH_ALPHA);

  const warm = (alpha: number) => simulation.alpha(Math.max(simulation.alpha(), alpha));
  return {
    nodeCount: nodes.length,
    alpha: () => simulation.alpha(),
    settled: () => simulation.alpha() < ALPHA_MIN,
    tick: () => void simulation.tick(),
    writePositions(target) {
      simNodes.forEach((node, i) => {
        target[2 * i] = node.x!;
        target[2 * i + 1] = node.y!;
      });
      return target;
    },
    pin(index, position, alpha) {
      const node = simNodes[index];
      if (!node) return;
      node.fx = position?.x ?? null;
      node.fy = position?.y ?? null;
      // Drawn where the pointer is at once, not a tick later.
      if (position) Object.assign(node, position);
      warm(alpha);
    },
    unpinAll(alpha) {
      for (const node of simNodes) node.fx = node.fy = null;
      warm(alpha);
    },
    reheat: warm,
  };
}
