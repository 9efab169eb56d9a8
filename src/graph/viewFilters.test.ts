import { describe, expect, it } from 'vitest';
import { kerryTalksGraph } from './fixtures/kerryTalks.ts';
import { twoBlocsGraph } from './fixtures/twoBlocs.ts';
import { applyFilters, type ViewFilter } from './viewFilters.ts';

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);
const counts = (steps: ReadonlyArray<{ removedActors: number; removedRelations: number }>) =>
  steps.map(({ removedActors, removedRelations }) => [removedActors, removedRelations]);

describe('applyFilters', () => {
  const graph = kerryTalksGraph();

  it('shows the whole graph, with no steps, when no filter is set', () => {
    const filtered = applyFilters(graph, []);
    expect(ids(filtered.actors)).toEqual(ids(graph.actors));
    expect(ids(filtered.relations)).toEqual(ids(graph.relations));
    expect(filtered.steps).toEqual([]);
  });

  it('hides armed groups with their relations, and says how many of each it hid', () => {
    const filtered = applyFilters(graph, [{ kind: 'actor-type', hidden: ['armed-group'] }]);
    expect(ids(filtered.actors)).not.toContain('isis');
    // ISIS, Nusra Front, al Qaeda; Turkey's two supports and the al Qaeda link.
    expect(counts(filtered.steps)).toEqual([[3, 3]]);
    expect(ids(filtered.actors)).toContain('turkey');
  });

  it('hides relations by type or polarity but keeps their actors', () => {
    const byType = applyFilters(graph, [{ kind: 'relation-type', hidden: ['support', 'member'] }]);
    expect(ids(byType.relations)).toEqual(['r1', 'r2', 'r3', 'r8']);
    expect(counts(byType.steps)).toEqual([[0, 5]]);
    const byPolarity = applyFilters(graph, [{ kind: 'polarity', hidden: ['cooperative', 'neutral'] }]);
    expect(byPolarity.relations.map((relation) => relation.type)).toEqual(['warn', 'sever']);
    expect(byPolarity.actors).toHaveLength(graph.actors.length);
  });

  it('hides actors named fewer times than the minimum', () => {
    // Kerry (3), Russia (3), Assad (3) and Pentagon (2) are named more than once.
    const filtered = applyFilters(graph, [{ kind: 'min-mentions', min: 2 }]);
    expect(ids(filtered.actors)).toEqual(['kerry', 'russia', 'assad', 'pentagon']);
    expect(ids(filtered.relations)).toEqual(['r2', 'r3', 'r7', 'r8']);
    expect(counts(filtered.steps)).toEqual([[7, 5]]);
  });

  it('keeps the chosen actor and its neighbourhood up to the depth asked', () => {
    const depthOf = (depth: 1 | 2 | 3) => ids(applyFilters(graph, [{ kind: 'actor', actorIds: ['peter-cook'], depth }]).actors);
    expect(depthOf(1)).toEqual(['pentagon', 'peter-cook']);
    expect(depthOf(2)).toEqual(['russia', 'pentagon', 'peter-cook']);
    expect(depthOf(3)).toEqual(['kerry', 'russia', 'assad', 'pentagon', 'peter-cook']);
    expect(applyFilters(graph, [{ kind: 'actor', actorIds: [], depth: 1 }]).steps[0]).toMatchObject({
      removedActors: 0,
      removedRelations: 0,
    });
  });

  it('stacks filters in order: each step counts only what the steps before it left', () => {
    const filters: ViewFilter[] = [
      { kind: 'polarity', hidden: ['conflictual'] },
      { kind: 'actor', actorIds: ['kerry'], depth: 2 },
      { kind: 'actor-type', hidden: ['person'] },
    ];
    const filtered = applyFilters(graph, filters);
    // Without the Pentagon's severed talks, Kerry's neighbourhood stops at Russia's ally Assad.
    expect(counts(filtered.steps)).toEqual([
      [0, 2],
      [7, 4],
      [3, 3],
    ]);
    expect(ids(filtered.actors)).toEqual(['russia']);
    expect(filtered.relations).toEqual([]);
    expect(filtered.steps.map((step) => step.filter)).toEqual(filters);
  });

  it('gives a different result when the same filters come in another order', () => {
    const typeFirst = applyFilters(graph, [
      { kind: 'actor-type', hidden: ['country'] },
      { kind: 'actor', actorIds: ['kerry'], depth: 3 },
    ]);
    // With Russia hidden, Kerry reaches only Abdullah bin Zayed.
    expect(ids(typeFirst.actors)).toEqual(['kerry', 'abdullah-bin-zayed']);
    const actorFirst = applyFilters(graph, [
      { kind: 'actor', actorIds: ['kerry'], depth: 3 },
      { kind: 'actor-type', hidden: ['country'] },
    ]);
    expect(ids(actorFirst.actors)).toEqual(['kerry', 'abdullah-bin-zayed', 'assad', 'pentagon', 'peter-cook']);
  });

  describe('text search', () => {
    const search = (query: string, on = graph) => applyFilters(on, [{ kind: 'text', query }]);

    it("finds an actor by name, with its relations and the actors at their other end", () => {
      const filtered = search('pentagon');
      expect(ids(filtered.actors)).toEqual(['russia', 'pentagon', 'peter-cook']);
      expect(ids(filtered.relations)).toEqual(['r8', 'r9']);
    });

    it('finds relations by the words of their evidence sentence', () => {
      // "Kerry had previously warned Russia over its military build-up on behalf of Assad."
      const filtered = search('Military BUILD-UP');
      expect(ids(filtered.relations)).toEqual(['r3']);
      expect(ids(filtered.actors)).toEqual(['kerry', 'russia']);
    });

    it('needs every word, in any order', () => {
      expect(ids(search('zayed bin').actors)).toEqual(['kerry', 'abdullah-bin-zayed']);
      expect(search('zayed pentagon').actors).toEqual([]);
    });

    it('finds an actor by an alias, ignoring accents', () => {
      const blocs = twoBlocsGraph();
      const filtered = search('Wáshington', blocs);
      expect(ids(filtered.actors)).toEqual(['united-states', 'britain', 'france', 'russia']);
      expect(filtered.relations.map((relation) => relation.type)).toEqual(['cooperate', 'cooperate', 'warn', 'meet']);
    });

    it('narrows nothing for a blank query, and everything for words the article lacks', () => {
      expect(counts(search('   ').steps)).toEqual([[0, 0]]);
      expect(counts(search('Ukraine').steps)).toEqual([[11, 9]]);
    });
  });

  it('does not change the graph it reads', () => {
    const before = JSON.stringify(graph);
    const filtered = applyFilters(graph, [{ kind: 'min-mentions', min: 1 }]);
    filtered.actors.pop();
    filtered.relations.pop();
    expect(JSON.stringify(graph)).toBe(before);
  });
});
