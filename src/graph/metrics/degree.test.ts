import { describe, expect, it } from 'vitest';
import { assadAlliesGraph } from '../fixtures/assadAllies.ts';
import { kerryTalksGraph } from '../fixtures/kerryTalks.ts';
import { twoBlocsGraph } from '../fixtures/twoBlocs.ts';
import { toGraphology } from '../model.ts';
import { degreeByActor, explainDegree } from './degree.ts';

describe('degreeByActor', () => {
  it('counts the actors each one is related to, not the relations', () => {
    const degrees = degreeByActor(toGraphology(kerryTalksGraph()));
    // Kerry meets and warns Russia: two relations, one related actor (plus Abdullah bin Zayed).
    expect(degrees.get('kerry')).toBe(2);
    expect(degrees.get('russia')).toBe(3);
    expect(degrees.get('crimea')).toBe(0);
    expect([...degrees.keys()]).toEqual(kerryTalksGraph().actors.map((actor) => actor.id));
  });

  it('does not count a relation of an actor with itself', () => {
    const graph = assadAlliesGraph();
    const selfRelation = { ...graph.relations[0]!, id: 'self', source: 'assad', target: 'assad' };
    expect(degreeByActor(toGraphology({ ...graph, relations: [...graph.relations, selfRelation] })).get('assad')).toBe(5);
  });
});

describe('explainDegree', () => {
  const explain = (graph: Parameters<typeof toGraphology>[0]) => {
    const model = toGraphology(graph);
    return explainDegree(model, degreeByActor(model));
  };

  it('names the centre of a star as related to everyone', () => {
    expect(explain(assadAlliesGraph())).toBe('Assad is related to every other actor shown.');
  });

  it('names the most related actor with its count, and every actor on a tie', () => {
    expect(explain(kerryTalksGraph())).toBe('Russia is related to the most actors: 3 of the 10 others.');
    expect(explain(twoBlocsGraph())).toBe('United States and Russia are related to the most actors: 3 of the 6 others each.');
  });

  it('says so when nothing is related or nothing is shown', () => {
    const graph = kerryTalksGraph();
    expect(explain({ actors: graph.actors, relations: [] })).toBe('No actor shown is related to another.');
    expect(explain({ actors: [], relations: [] })).toBe('No actors are shown.');
  });
});
