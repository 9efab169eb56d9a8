import type { Polarity } from '../../extract/types.ts';
import type { Scene } from '../GraphRenderer.ts';
import { linkEnds, nodeRadius } from '../geometry.ts';
import { linkArrows, linkCueMark, linkCues, linkPolarity } from '../linkStyle.ts';
import { ACTOR_TYPE_STYLE, groupStyle, markInkOn } from '../palette.ts';

// What the Canvas renderer draws, worked out once per scene rather than once per frame: nodes with
// their radius, colours and type letter; links by node index with their polarity, arrows and cues;
// each node's neighbours (arrow keys, hover). Positions stay apart, in the layout's flat typed array.

export interface DrawnNode {
  id: string;
  label: string;
  radius: number;
  fill: string;
  /** `fill`'s place in the graph's `fills`: discs are batched by it. */
  fillIndex: number;
  /** The ink of the type letter on `fill`. */
  markInk: string;
  mark: string;
  size: number;
  mentions: number;
}

export interface DrawnLink {
  id: string;
  source: number;
  target: number;
  polarity: Polarity;
  arrows: { atSource: boolean; atTarget: boolean };
  /** The “ / ? / “? mark of a link only claimed or hedged; null for a plain one. */
  cueMark: string | null;
  claimed: boolean;
  hedged: boolean;
  /** How many relations the link stands for (a count badge above 1). */
  relationCount: number;
  /** How far the drawn line stops short of each centre (rim, gap, arrowhead), in graph units: see linkEnds. */
  startTrim: number;
  endTrim: number;
}

export interface DrawnGraph {
  nodes: DrawnNode[];
  links: DrawnLink[];
  indexOf: ReadonlyMap<string, number>;
  /** For each node index, the indices of the nodes it is linked to. */
  neighbours: number[][];
  /** Node indices, most important first (size, then mentions, then id): whose label is drawn first. */
  byImportance: number[];
  /** The distinct disc colours, in order of first use. */
  fills: string[];
}

/** How far linkEnds puts a line's ends from the two centres: read off once per link, not per frame. */
function trimsOf(sourceRadius: number, targetRadius: number, arrows: DrawnLink['arrows']): { startTrim: number; endTrim: number } {
  const far = 1e6;
  const ends = linkEnds({ x: 0, y: 0, radius: sourceRadius }, { x: far, y: 0, radius: targetRadius }, arrows);
  return { startTrim: ends?.start.x ?? 0, endTrim: ends ? far - ends.end.x : 0 };
}

/** The scene's nodes (in scene order: the layout's order too) and links, ready to draw. */
export function drawnGraphOf(scene: Pick<Scene, 'nodes' | 'links'>): DrawnGraph {
  // A handful of colours among thousands of actors: each one's index and letter ink worked out once.
  const fillIndex = new Map<string, number>();
  const inks: string[] = [];
  const nodes = scene.nodes.map((node): DrawnNode => {
    const fill = node.group === null ? ACTOR_TYPE_STYLE[node.type].color : groupStyle(node.group).color;
    if (!fillIndex.has(fill)) {
      fillIndex.set(fill, fillIndex.size);
      inks.push(markInkOn(fill));
    }
    const index = fillIndex.get(fill)!;
    return {
      id: node.id,
      label: node.label,
      radius: nodeRadius(node.size),
      fill,
      fillIndex: index,
      markInk: inks[index]!,
      mark: ACTOR_TYPE_STYLE[node.type].mark,
      size: node.size,
      mentions: node.mentions,
    };
  });
  const indexOf = new Map(nodes.map((node, i) => [node.id, i]));
  const neighbours = nodes.map((): number[] => []);
  // A plain loop: at 10,000 actors (15,000 links) this runs in the task that shows the graph.
  const links: DrawnLink[] = [];
  for (const link of scene.links) {
    const source = indexOf.get(link.source);
    const target = indexOf.get(link.target);
    if (source === undefined || target === undefined) continue;
    neighbours[source]!.push(target);
    neighbours[target]!.push(source);
    const { claimed, hedged } = linkCues(link);
    const arrows = linkArrows(link);
    const { startTrim, endTrim } = trimsOf(nodes[source]!.radius, nodes[target]!.radius, arrows);
    links.push({
      id: link.id,
      source,
      target,
      polarity: linkPolarity(link),
      arrows,
      cueMark: linkCueMark({ claimed, hedged }),
      claimed,
      hedged,
      relationCount: link.relations.length,
      startTrim,
      endTrim,
    });
  }
  const byImportance = nodes
    .map((_node, i) => i)
    .sort((a, b) => {
      const [nodeA, nodeB] = [nodes[a]!, nodes[b]!];
      return nodeB.size - nodeA.size || nodeB.mentions - nodeA.mentions || (nodeA.id < nodeB.id ? -1 : 1);
    });
  return { nodes, links, indexOf, neighbours, byImportance, fills: [...fillIndex.keys()] };
}
