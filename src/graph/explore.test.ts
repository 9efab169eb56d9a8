import { describe, expect, it } from 'vitest';
import { exploredGraph } from './explore.ts';
import { kerryTalksGraph } from './fixtures/kerryTalks.ts';
import { neighboursOf } from './relations.ts';

describe('exploredGraph', () => {
  const graph = kerryTalksGraph();

  it('shows the whole graph with no focus and no filter', () => {
    const view = exploredGraph(graph, { focusId: null, filters: [] });
    expect(view.actors).toHaveLength(graph.actors.length);
    expect(view.relations).toHaveLength(graph.relations.length);
  });

  it("narrows a focus to the actor and its direct neighbours, with every relation among them", () => {
    const view = exploredGraph(graph, { focusId: 'kerry', filters: [] });
    const expected = new Set(['kerry', ...neighboursOf(graph, 'kerry')]);
    expect(new Set(view.actors.map((actor) => actor.id))).toEqual(expected);
    for (const relation of view.relations) {
      expect(expected.has(relation.source) && expected.has(relation.target)).toBe(true);
    }
  });

  it('applies the filters to what the focus left, counting only what they remove from it', () => {
    const focused = exploredGraph(graph, { focusId: 'kerry', filters: [] });
    const view = exploredGraph(graph, { focusId: 'kerry', filters: [{ kind: 'actor-type', hidden: ['person'] }] });
    const people = focused.actors.filter((actor) => actor.type === 'person').length;
    expect(people).toBeGreaterThan(0);
    expect(view.steps[0]?.removedActors).toBe(people);
    expect(view.actors.some((actor) => actor.type === 'person')).toBe(false);
  });

  it('ignores a focus on an actor the graph does not have', () => {
    const view = exploredGraph(graph, { focusId: 'nobody', filters: [] });
    expect(view.actors).toHaveLength(graph.actors.length);
  });
});

describe('exploredGraph in story order', () => {
  const graph = kerryTalksGraph();

  it('tells the story first: the focus and filters act on the actors named so far', () => {
    const second = exploredGraph(graph, { storyStep: 1, focusId: null, filters: [] });
    expect(second.actors.map((actor) => actor.id).sort()).toEqual(['abdullah-bin-zayed', 'assad', 'kerry', 'russia']);
    const focused = exploredGraph(graph, { storyStep: 1, focusId: 'russia', filters: [] });
    // Assad is named by then, but Russia's support for him and its sever with the Pentagon come later.
    expect(focused.actors.map((actor) => actor.id).sort()).toEqual(['kerry', 'russia']);
    const filtered = exploredGraph(graph, { storyStep: 1, focusId: null, filters: [{ kind: 'actor-type', hidden: ['person'] }] });
    expect(filtered.actors.map((actor) => actor.id)).toEqual(['russia']);
    expect(filtered.steps[0]?.removedActors).toBe(3);
  });

  it('ignores a focus on an actor the story has not reached yet', () => {
    const view = exploredGraph(graph, { storyStep: 0, focusId: 'pentagon', filters: [] });
    expect(view.actors.map((actor) => actor.id).sort()).toEqual(['abdullah-bin-zayed', 'kerry']);
  });
});
