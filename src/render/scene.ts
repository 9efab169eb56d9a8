import type { Actor, Relation } from '../extract/types.ts';
import type { Scene, SceneLink, SceneNode } from './GraphRenderer.ts';

export interface SceneView {
  layoutKey: string;
  selectedId: string | null;
  hoveredId: string | null;
  focusId?: string | null;
  path?: Scene['path'];
  /** Each actor's size from 0 to 1 by the chosen measure; by default, its mentions against the most named. */
  sizes?: ReadonlyMap<string, number>;
  /** Each actor's colour group (community) when colouring by community. */
  groups?: ReadonlyMap<string, number>;
  /** Labels of every actor in the graph, drawn or not: a claimant filtered out of view is still named. */
  actorLabels?: ReadonlyMap<string, string>;
}

/**
 * What the renderer draws for a visible graph: one node per actor, and one link per pair of actors
 * however many relations the text states between them (drawn once, with a count), so parallel
 * relations never lie on top of each other. Relations whose ends are not both visible are dropped,
 * and so are relations of an actor with itself, which have no line to draw. Nodes and links are
 * sorted by id so the same graph always makes the same scene, whatever order it came in.
 */
export function toScene(visible: { actors: Actor[]; relations: Relation[] }, view: SceneView): Scene {
  const mostMentions = Math.max(1, ...visible.actors.map((actor) => actor.mentions.length));
  const nodes: SceneNode[] = visible.actors
    .map((actor) => ({
      id: actor.id,
      label: actor.label,
      type: actor.type,
      mentions: actor.mentions.length,
      size: view.sizes?.get(actor.id) ?? actor.mentions.length / mostMentions,
      group: view.groups?.get(actor.id) ?? null,
    }))
    .sort(byId);
  const drawnLabels = new Map(nodes.map((node) => [node.id, node.label]));
  const visibleIds = new Set(drawnLabels.keys());
  const labelOf = (id: string | null) =>
    id === null ? null : (drawnLabels.get(id) ?? view.actorLabels?.get(id) ?? null);
  const linksByPair = new Map<string, SceneLink & { relations: SceneLink['relations'][number][] }>();
  for (const relation of visible.relations) {
    const { source, target } = relation;
    if (source === target || !visibleIds.has(source) || !visibleIds.has(target)) continue;
    const [a, b] = source < target ? [source, target] : [target, source];
    const id = `${a}|${b}`;
    const link = linksByPair.get(id) ?? { id, source: a, target: b, relations: [] };
    link.relations.push({
      id: relation.id,
      source,
      target,
      type: relation.type,
      polarity: relation.polarity,
      directed: relation.directed,
      attributedTo: relation.attributedTo,
      claimant: labelOf(relation.attributedTo),
      hedged: relation.hedged,
    });
    linksByPair.set(id, link);
  }
  const shown = (id: string | null) => (id !== null && visibleIds.has(id) ? id : null);
  return {
    layoutKey: view.layoutKey,
    nodes,
    links: [...linksByPair.values()].sort(byId),
    selectedId: shown(view.selectedId),
    hoveredId: shown(view.hoveredId),
    focusId: shown(view.focusId ?? null),
    path: view.path ?? null,
  };
}

// Plain code-unit order, not localeCompare: the same on every machine and locale.
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
