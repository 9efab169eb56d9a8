import { UndirectedGraph } from 'graphology';
import type { Actor, Relation } from '../extract/types.ts';

/** What the explorer shows: a whole graph document or the part of it the filters leave. */
export interface ActorsAndRelations {
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
}

export interface ActorNodeAttributes {
  actor: Actor;
}

export interface ActorLinkAttributes {
  /** Every relation between the two actors, whichever way it points, in the graph's order. */
  relations: Relation[];
}

/**
 * One node per actor (keyed by actor id) and one undirected link per related pair of actors.
 * Undirected because the explorer's questions (who connects whom, which actors cluster, how do I get
 * from Kerry to Assad) hold whichever way a relation points; the relations keep their direction.
 */
export type ActorGraph = UndirectedGraph<ActorNodeAttributes, ActorLinkAttributes>;

/**
 * The graphology model of what is shown. Nodes keep the actors' order; a relation with an end that is
 * not among the actors (a filter hid it) is left out, so the model never holds an actor it was not given.
 */
export function toGraphology(visible: ActorsAndRelations): ActorGraph {
  const graph: ActorGraph = new UndirectedGraph({ allowSelfLoops: true });
  for (const actor of visible.actors) graph.mergeNode(actor.id, { actor });
  // Each pair's relations gathered first, then one edge per pair with its own key: asking graphology for the edge
  // of every relation and letting it make up keys was most of the 100 ms this took at 10,000 actors.
  const pairs = new Map<string, { source: string; target: string; relations: Relation[] }>();
  for (const relation of visible.relations) {
    const { source, target } = relation;
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const pair = pairs.get(key);
    if (pair) pair.relations.push(relation);
    else pairs.set(key, { source, target, relations: [relation] });
  }
  let index = 0;
  for (const { source, target, relations } of pairs.values()) graph.addEdgeWithKey(String(index++), source, target, { relations });
  return graph;
}
