import type { Polarity } from '../extract/types.ts';
import type { Scene, SceneLink, SceneNode } from './GraphRenderer.ts';
import { nodeRadius } from './geometry.ts';
import { estimatedLabelWidth } from './labelForce.ts';
import { createLayoutSimulation, settle, startingPosition, type LayoutLink, type LayoutNode } from './layout.ts';
import { linkArrows, linkCues, linkPolarity } from './linkStyle.ts';

// Turns a scene into the objects the simulation moves and the DOM binds to, carrying positions over
// from the previous placement of the same layout so a filter change leaves every node where it was.

export interface PlacedNode extends LayoutNode {
  scene: SceneNode;
}

export interface PlacedLink extends LayoutLink<PlacedNode> {
  id: string;
  scene: SceneLink;
  polarity: Polarity;
  arrows: { atSource: boolean; atTarget: boolean };
  /** Whether the link is drawn as only claimed, or as hedged (linkCues). */
  cues: { claimed: boolean; hedged: boolean };
}

export interface Placement {
  nodes: PlacedNode[];
  links: PlacedLink[];
}

/**
 * Nodes for the scene with positions (and pins) kept from `previous` where the id was already
 * placed; the others start beside their placed neighbours or at their id's spot.
 */
export function placeScene(scene: Scene, previous: ReadonlyMap<string, PlacedNode>): Placement {
  const nodes = new Map<string, PlacedNode>();
  for (const sceneNode of scene.nodes) {
    const before = previous.get(sceneNode.id);
    const placed: PlacedNode = {
      id: sceneNode.id,
      scene: sceneNode,
      radius: nodeRadius(sceneNode.size),
      labelWidth: estimatedLabelWidth(sceneNode.label),
      x: before?.x,
      y: before?.y,
      labelAbove: before?.labelAbove,
      fx: before?.fx ?? null,
      fy: before?.fy ?? null,
    };
    nodes.set(sceneNode.id, placed);
  }
  for (const node of nodes.values()) {
    if (node.x !== undefined && node.y !== undefined) continue;
    const placedNeighbours = scene.links
      .filter((link) => link.source === node.id || link.target === node.id)
      .map((link) => previous.get(link.source === node.id ? link.target : link.source))
      .flatMap((neighbour) =>
        neighbour?.x !== undefined && neighbour.y !== undefined ? [{ x: neighbour.x, y: neighbour.y }] : [],
      );
    Object.assign(node, startingPosition(node.id, scene.nodes.length, placedNeighbours));
  }
  const links = scene.links.flatMap((sceneLink): PlacedLink[] => {
    const source = nodes.get(sceneLink.source);
    const target = nodes.get(sceneLink.target);
    if (!source || !target) return [];
    const style = { polarity: linkPolarity(sceneLink), arrows: linkArrows(sceneLink), cues: linkCues(sceneLink) };
    return [{ id: sceneLink.id, source, target, scene: sceneLink, ...style }];
  });
  return { nodes: [...nodes.values()], links };
}

/** The resting layout of a scene from scratch: what a first load (or reduced motion) shows. */
export function restingPositions(scene: Scene): Map<string, { x: number; y: number }> {
  const { nodes, links } = placeScene(scene, new Map());
  settle(createLayoutSimulation(nodes, links));
  return new Map(nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }]));
}
