import { describe, expect, it } from 'vitest';
import { assadAlliesGraph } from '../../graph/fixtures/assadAllies.ts';
import { chainGraph } from '../../graph/fixtures/chain.ts';
import { kerryTalksGraph } from '../../graph/fixtures/kerryTalks.ts';
import { twoBlocsGraph } from '../../graph/fixtures/twoBlocs.ts';
import { actorFigures, measureGraph, nodeGroups, nodeSizes } from './nodeMeasures.ts';

describe('nodeSizes', () => {
  it('scales each measure against the largest shown, linearly from 0 to 1', () => {
    const measured = measureGraph(chainGraph());
    const byBetweenness = nodeSizes('betweenness', measured);
    // Assad is on 4 of 6 paths between others, Lavrov and Nasrallah on 3: three quarters of Assad.
    expect(byBetweenness.get('assad')).toBe(1);
    expect(byBetweenness.get('lavrov')).toBeCloseTo(0.75);
    expect(byBetweenness.get('kerry')).toBe(0);
    const byDegree = nodeSizes('degree', measured);
    expect(byDegree.get('assad')).toBe(1);
    expect(byDegree.get('kerry')).toBe(0.5);
  });

  it('sizes by mentions as the text names each actor', () => {
    const graph = twoBlocsGraph();
    const sizes = nodeSizes('mentions', measureGraph(graph));
    // The United States is named in four sentences, Japan in one.
    const most = Math.max(...graph.actors.map((actor) => actor.mentions.length));
    expect(sizes.get('united-states')).toBe(1);
    expect(sizes.get('japan')).toBe(1 / most);
  });

  it('draws every node at the smallest size when no actor stands between others', () => {
    const graph = chainGraph();
    const pair = measureGraph({ actors: graph.actors.slice(0, 2), relations: graph.relations.slice(0, 1) });
    expect([...nodeSizes('betweenness', pair).values()]).toEqual([0, 0]);
  });
});

describe('groups', () => {
  it('colours by group only when asked, the largest group first', () => {
    const measured = measureGraph(twoBlocsGraph());
    expect(nodeGroups('type', measured)).toBeUndefined();
    expect(nodeGroups('community', measured)?.get('japan')).toBe(2);
    expect(measured.groups).toEqual([
      { group: 0, labels: ['United States', 'Britain', 'France'] },
      { group: 1, labels: ['Russia', 'Iran', 'Syria'] },
      { group: 2, labels: ['Japan'] },
    ]);
  });
});

describe('explanations', () => {
  it('has one sentence for each way of sizing and for the groups', () => {
    const { explanations } = measureGraph(chainGraph());
    expect(explanations.betweenness).toBe('Assad sits on most paths between the others.');
    expect(explanations.mentions).toBe('Lavrov, Assad and Nasrallah are named most often: 2 mentions each.');
    expect(measureGraph(kerryTalksGraph()).explanations.mentions).toBe('Russia is named most often: 4 mentions.');
    expect(measureGraph({ actors: [], relations: [] }).explanations.mentions).toBe('No actors are shown.');
  });
});

describe('actorFigures', () => {
  it("puts one actor's degree, betweenness and group in words", () => {
    const measured = measureGraph(twoBlocsGraph());
    expect(actorFigures('russia', measured)).toEqual({
      related: 'Related to 3 of the 6 other actors shown.',
      between: 'On 40% of the shortest paths between others.',
      group: 'Group 2, with Iran and Syria.',
    });
    expect(actorFigures('britain', measured)?.between).toBe('On none of the shortest paths between others.');
    expect(actorFigures('japan', measured)?.group).toBe('Group 3, on its own.');
  });

  it('names three group mates and counts the rest', () => {
    // Assad's allies all form one group with him.
    expect(actorFigures('assad', measureGraph(assadAlliesGraph()))?.group).toBe(
      'Group 1, with Russia, Iran, Hezbollah and 2 more.',
    );
    expect(actorFigures('russia', measureGraph(kerryTalksGraph()))?.group).toBe(
      'Group 1, with Assad, Pentagon and Peter Cook.',
    );
  });

  it('has no figures for an actor the graph does not show', () => {
    expect(actorFigures('nobody', measureGraph(chainGraph()))).toBeNull();
    const alone = measureGraph({ actors: chainGraph().actors.slice(0, 1), relations: [] });
    expect(actorFigures('kerry', alone)?.related).toBe('The only actor shown.');
  });
});
