import { describe, expect, it } from 'vitest';
import { twoBlocsGraph } from './fixtures/twoBlocs.ts';
import { kerryTalksGraph } from './fixtures/kerryTalks.ts';
import { toGraphology } from './model.ts';

describe('toGraphology', () => {
  it('has one node per actor, in the graph order, holding the actor', () => {
    const graph = kerryTalksGraph();
    const model = toGraphology(graph);
    expect(model.nodes()).toEqual(graph.actors.map((actor) => actor.id));
    expect(model.getNodeAttribute('assad', 'actor').label).toBe('Assad');
    // Crimea is named but related to no one: still a node.
    expect(model.degree('crimea')).toBe(0);
  });

  it('links the United States and Russia once, carrying both relations the text states', () => {
    const model = toGraphology(twoBlocsGraph());
    expect(model.size).toBe(7);
    const link = model.edge('russia', 'united-states');
    expect(link).toBeDefined();
    const relations = model.getEdgeAttribute(link, 'relations');
    expect(relations.map((relation) => relation.type)).toEqual(['warn', 'meet']);
    // Undirected: the link is found from either end, and the relations keep their direction.
    expect(model.edge('united-states', 'russia')).toBe(link);
    expect(relations.every((relation) => relation.source === 'united-states')).toBe(true);
  });

  it('builds a visible subset, leaving out relations to actors that are not shown', () => {
    const graph = twoBlocsGraph();
    const model = toGraphology({ actors: graph.actors.filter((actor) => actor.id !== 'russia'), relations: graph.relations });
    expect(model.hasNode('russia')).toBe(false);
    expect(model.size).toBe(4);
    expect(model.neighbors('united-states').sort()).toEqual(['britain', 'france']);
  });

  it('keeps a relation of an actor with itself as a self-loop', () => {
    const graph = kerryTalksGraph();
    const selfRelation = { ...graph.relations[0]!, id: 'self', source: 'kerry', target: 'kerry' };
    const model = toGraphology({ actors: graph.actors, relations: [selfRelation] });
    expect(model.selfLoopCount).toBe(1);
    expect(model.degreeWithoutSelfLoops('kerry')).toBe(0);
  });
});
