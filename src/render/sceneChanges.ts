import type { Scene } from './GraphRenderer.ts';

// What changed between two scenes of the same graph, for the renderer to do no more than that asks:
// nothing new drawn → only re-highlight; same actors and pairs → no movement; new sizes → a nudge so
// grown discs make room; other actors or pairs (a filter) → a gentle re-layout.

export type LayoutChange = 'structure' | 'sizes' | 'none';

/** How the drawn graph changed from `previous` (null: nothing drawn yet) to `next`. */
export function layoutChange(previous: Scene | null, next: Scene): LayoutChange {
  if (previous === null || structureOf(previous) !== structureOf(next)) return 'structure';
  return sizesOf(previous) !== sizesOf(next) ? 'sizes' : 'none';
}

/** Everything drawn except selection, hover, focus and path: when it is unchanged, only highlights change. */
export function drawnContentOf(scene: Scene): string {
  // A new selection, hover or focus comes in a scene sharing the last one's node and link lists (GraphView works
  // out what is drawn once per graph shown): writing those lists out again took ~57 ms at 10,000 actors, at every
  // actor a pointer crossed.
  const known = contentByNodes.get(scene.nodes);
  if (known && known.links === scene.links && known.layoutKey === scene.layoutKey) return known.content;
  const content = JSON.stringify([scene.layoutKey, scene.nodes, scene.links]);
  contentByNodes.set(scene.nodes, { links: scene.links, layoutKey: scene.layoutKey, content });
  return content;
}

const contentByNodes = new WeakMap<Scene['nodes'], { links: Scene['links']; layoutKey: string; content: string }>();

function structureOf(scene: Scene): string {
  return `${scene.nodes.map((node) => node.id).join(',')}/${scene.links.map((link) => link.id).join(',')}`;
}

// Sizes to a thousandth: a re-measured betweenness that moves a disc by a hair need not stir the layout.
function sizesOf(scene: Scene): string {
  return scene.nodes.map((node) => node.size.toFixed(3)).join(',');
}
