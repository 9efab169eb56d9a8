import { describe, expect, it } from 'vitest';
import { chainGraph } from './fixtures/chain.ts';
import { kerryTalksGraph } from './fixtures/kerryTalks.ts';
import { actorsWithin, egoNetwork } from './neighbourhood.ts';

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

describe('actorsWithin', () => {
  const chain = chainGraph(); // kerry – lavrov – assad – nasrallah – hezbollah

  it('reaches one more actor along the chain for each step of depth', () => {
    expect([...actorsWithin(chain, ['kerry'], 0)]).toEqual(['kerry']);
    expect([...actorsWithin(chain, ['kerry'], 1)]).toEqual(['kerry', 'lavrov']);
    expect([...actorsWithin(chain, ['kerry'], 2)]).toEqual(['kerry', 'lavrov', 'assad']);
    expect([...actorsWithin(chain, ['kerry'], 3)]).toEqual(['kerry', 'lavrov', 'assad', 'nasrallah']);
  });

  it('follows relations against their direction: Nasrallah supports Assad, yet Assad reaches him', () => {
    expect([...actorsWithin(chain, ['assad'], 1)].sort()).toEqual(['assad', 'lavrov', 'nasrallah']);
  });

  it('unions the reach of several chosen actors and ignores ids the graph does not have', () => {
    expect([...actorsWithin(chain, ['kerry', 'hezbollah', 'nobody'], 1)].sort()).toEqual([
      'hezbollah',
      'kerry',
      'lavrov',
      'nasrallah',
    ]);
    expect(actorsWithin(chain, ['nobody'], 3).size).toBe(0);
  });

  it('only walks the relations it is given', () => {
    const withoutMiddle = { actors: chain.actors, relations: chain.relations.filter((r) => r.target !== 'assad') };
    expect([...actorsWithin(withoutMiddle, ['kerry'], 3)]).toEqual(['kerry', 'lavrov']);
  });
});

describe('egoNetwork', () => {
  const graph = kerryTalksGraph();

  it("focuses on Kerry: depth 1 shows his contacts, depth 2 adds Russia's", () => {
    const near = egoNetwork(graph, 'kerry', 1);
    expect(ids(near.actors)).toEqual(['kerry', 'abdullah-bin-zayed', 'russia']);
    expect(ids(near.relations)).toEqual(['r1', 'r2', 'r3']);
    const wider = egoNetwork(graph, 'kerry', 2);
    expect(ids(wider.actors)).toEqual(['kerry', 'abdullah-bin-zayed', 'russia', 'assad', 'pentagon']);
    expect(ids(wider.relations)).toEqual(['r1', 'r2', 'r3', 'r7', 'r8']);
    expect(ids(egoNetwork(graph, 'kerry', 3).actors)).toContain('peter-cook');
  });

  it('shows an actor without relations alone, and nothing for an unknown actor', () => {
    expect(egoNetwork(graph, 'crimea', 3)).toEqual({ actors: [graph.actors[10]], relations: [] });
    expect(egoNetwork(graph, 'nobody', 1)).toEqual({ actors: [], relations: [] });
  });
});
