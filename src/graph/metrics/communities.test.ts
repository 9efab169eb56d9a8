import { describe, expect, it } from 'vitest';
import { assadAlliesGraph } from '../fixtures/assadAllies.ts';
import { kerryTalksGraph } from '../fixtures/kerryTalks.ts';
import { twoBlocsGraph } from '../fixtures/twoBlocs.ts';
import { toGraphology, type ActorsAndRelations } from '../model.ts';
import { communityByActor, explainCommunities, groupsOf } from './communities.ts';

const explain = (graph: ActorsAndRelations) => {
  const model = toGraphology(graph);
  return explainCommunities(model, communityByActor(model));
};

describe('communityByActor', () => {
  it('splits two blocs into two groups, though the text links their bridge twice, and sets the lone actor apart', () => {
    const communities = communityByActor(toGraphology(twoBlocsGraph()));
    expect(groupsOf(communities)).toEqual([['united-states', 'britain', 'france'], ['russia', 'iran', 'syria'], ['japan']]);
    expect(communities.get('united-states')).toBe(0);
    expect(communities.get('japan')).toBe(2);
  });

  it('finds the same groups, numbered the same, on every run and for any seed', () => {
    const model = toGraphology(kerryTalksGraph());
    const first = [...communityByActor(model, { seed: 3 })];
    for (let run = 0; run < 5; run += 1) expect([...communityByActor(model, { seed: 3 })]).toEqual(first);
    const blocs = toGraphology(twoBlocsGraph());
    const groupsFor = (seed: number) => groupsOf(communityByActor(blocs, { seed }));
    expect(groupsFor(2)).toEqual(groupsFor(1));
    expect(groupsFor(99)).toEqual(groupsFor(1));
  });

  it('keeps separate stories apart and does not change the model', () => {
    const model = toGraphology(kerryTalksGraph());
    const communities = communityByActor(model);
    // Turkey and the armed groups never touch Kerry's side of the graph.
    expect(communities.get('turkey')).toBe(communities.get('isis'));
    expect(communities.get('turkey')).not.toBe(communities.get('kerry'));
    expect(model.getNodeAttributes('kerry')).toEqual({ actor: kerryTalksGraph().actors[0] });
  });

  it('gives each actor its own group when none is related', () => {
    const graph = kerryTalksGraph();
    const communities = communityByActor(toGraphology({ actors: graph.actors.slice(0, 3), relations: [] }));
    expect([...communities.values()]).toEqual([0, 1, 2]);
  });
});

describe('explainCommunities', () => {
  it('counts the groups, names the centre of the largest, and the actors standing apart', () => {
    expect(explain(twoBlocsGraph())).toBe(
      'The actors fall into 2 groups, each more tightly linked inside than to the others; ' +
        'the largest, around United States, has 3 actors. 1 actor stands apart.',
    );
  });

  it('says so when the actors form one group', () => {
    expect(explain(assadAlliesGraph())).toBe('The related actors form one group of 6.');
  });

  it('says so when no actor is related or none is shown', () => {
    expect(explain({ actors: kerryTalksGraph().actors, relations: [] })).toBe(
      'No actor shown is related to another, so there are no groups.',
    );
    expect(explain({ actors: [], relations: [] })).toBe('No actors are shown.');
  });
});
