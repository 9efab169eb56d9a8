import { describe, expect, it } from 'vitest';
import { visibleGraph } from './filter.ts';
import { kerryTalksGraph } from './fixtures/kerryTalks.ts';

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

describe('visibleGraph', () => {
  const graph = kerryTalksGraph();

  it('shows everything when no actor is chosen', () => {
    const visible = visibleGraph(graph, { actorIds: [] });
    expect(ids(visible.actors)).toEqual(ids(graph.actors));
    expect(ids(visible.relations)).toEqual(ids(graph.relations));
  });

  it('shows Kerry with the actors the text relates him to, and only the relations among them', () => {
    const visible = visibleGraph(graph, { actorIds: ['kerry'] });
    expect(ids(visible.actors)).toEqual(['kerry', 'abdullah-bin-zayed', 'russia']);
    // Both Kerry–Russia relations stay; Russia's support for Assad goes with Assad.
    expect(ids(visible.relations)).toEqual(['r1', 'r2', 'r3']);
  });

  it('finds neighbours whichever end of a relation the chosen actor is on', () => {
    // Pentagon is the target of Peter Cook's membership and the source of the severed talks.
    const visible = visibleGraph(graph, { actorIds: ['pentagon'] });
    expect(ids(visible.actors).sort()).toEqual(['pentagon', 'peter-cook', 'russia']);
  });

  it('keeps a relation between two neighbours of the chosen actors', () => {
    // Turkey supports both ISIS and Nusra Front; choosing Nusra Front shows Turkey and al Qaeda,
    // but ISIS is two steps away and stays hidden.
    const visible = visibleGraph(graph, { actorIds: ['nusra-front', 'kerry'] });
    expect(ids(visible.actors)).toEqual(['kerry', 'abdullah-bin-zayed', 'russia', 'turkey', 'nusra-front', 'al-qaeda']);
    expect(ids(visible.relations)).toEqual(['r1', 'r2', 'r3', 'r5', 'r6']);
  });

  it('unions the neighbourhoods of several chosen actors, keeping document order', () => {
    const visible = visibleGraph(graph, { actorIds: ['assad', 'peter-cook'] });
    expect(ids(visible.actors)).toEqual(['russia', 'assad', 'pentagon', 'peter-cook']);
    expect(ids(visible.relations)).toEqual(['r7', 'r8', 'r9']);
  });

  it('shows an actor without relations alone, and ignores ids the graph does not have', () => {
    expect(ids(visibleGraph(graph, { actorIds: ['crimea'] }).actors)).toEqual(['crimea']);
    const visible = visibleGraph(graph, { actorIds: ['no-such-actor'] });
    expect(visible).toEqual({ actors: [], relations: [] });
  });

  it('does not change the graph it reads', () => {
    const before = JSON.stringify(graph);
    visibleGraph(graph, { actorIds: ['kerry'] }).actors.pop();
    visibleGraph(graph, { actorIds: [] }).relations.pop();
    expect(JSON.stringify(graph)).toBe(before);
  });
});
