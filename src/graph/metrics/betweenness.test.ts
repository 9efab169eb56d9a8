import { describe, expect, it } from 'vitest';
import { assadAlliesGraph } from '../fixtures/assadAllies.ts';
import { chainGraph } from '../fixtures/chain.ts';
import { twoBlocsGraph } from '../fixtures/twoBlocs.ts';
import { toGraphology, type ActorsAndRelations } from '../model.ts';
import { betweennessByActor, explainBetweenness } from './betweenness.ts';

const measure = (graph: ActorsAndRelations) => betweennessByActor(toGraphology(graph));
const explain = (graph: ActorsAndRelations) => {
  const model = toGraphology(graph);
  return explainBetweenness(model, betweennessByActor(model));
};

describe('betweennessByActor', () => {
  it('puts the centre of a star on every path, the others on none', () => {
    expect(Object.fromEntries(measure(assadAlliesGraph()))).toEqual({
      russia: 0,
      assad: 1,
      iran: 0,
      hezbollah: 0,
      china: 0,
      turkey: 0,
    });
  });

  it('ranks a chain from the middle out: the middle actor, then its neighbours, then the ends', () => {
    // Of the 6 pairs of other actors, 4 pass through Assad and 3 through Lavrov or Nasrallah.
    const shares = measure(chainGraph());
    expect(shares.get('assad')).toBeCloseTo(4 / 6);
    expect(shares.get('lavrov')).toBeCloseTo(3 / 6);
    expect(shares.get('nasrallah')).toBeCloseTo(3 / 6);
    expect(shares.get('kerry')).toBe(0);
    expect(shares.get('hezbollah')).toBe(0);
  });

  it('counts a link the text states twice as one step', () => {
    // United States and Russia bridge the two blocs: 6 of the 15 pairs of others (Japan is on none).
    const shares = measure(twoBlocsGraph());
    expect(shares.get('united-states')).toBeCloseTo(6 / 15);
    expect(shares.get('russia')).toBeCloseTo(6 / 15);
    expect(shares.get('britain')).toBe(0);
  });
});

describe('explainBetweenness', () => {
  it("says the star's centre sits on most paths", () => {
    expect(explain(assadAlliesGraph())).toBe('Assad sits on most paths between the others.');
    expect(explain(chainGraph())).toBe('Assad sits on most paths between the others.');
  });

  it('gives the share when no actor holds most paths, naming every actor on a tie', () => {
    expect(explain(twoBlocsGraph())).toBe(
      'United States and Russia sit on more paths between the others than any other actor (40% of them each).',
    );
  });

  it('says so when no actor stands between others', () => {
    const pair = { actors: chainGraph().actors.slice(0, 2), relations: chainGraph().relations.slice(0, 1) };
    expect(explain(pair)).toBe('No actor stands between two others: actors that are linked at all are linked directly.');
    expect(explain({ actors: [], relations: [] })).toBe('No actors are shown.');
  });
});
