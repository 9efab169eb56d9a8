import { describe, expect, it } from 'vitest';
import { kerryTalksGraph } from '../../graph/fixtures/kerryTalks.ts';
import { shortestPath } from '../../graph/path.ts';
import { pathView } from './pathView.ts';
import { hopRelations, listInWords, pathSummary } from './pathWords.ts';

describe('pathSummary', () => {
  const graph = kerryTalksGraph();
  const everything = { actors: graph.actors, relations: graph.relations };
  const labelOf = (id: string) => graph.actors.find((actor) => actor.id === id)?.label ?? id;
  const summary = (from: string | null, to: string | null, visible = everything) =>
    pathSummary(pathView(graph, visible, { from, to }), labelOf);

  it('says how far apart two linked actors are and through whom', () => {
    expect(summary('kerry', 'assad')).toBe('Kerry reaches Assad in 2 steps, through Russia.');
    expect(summary('peter-cook', 'assad')).toBe('Peter Cook reaches Assad in 3 steps, through Pentagon and Russia.');
    expect(summary('russia', 'assad')).toBe('Russia and Assad are directly related.');
  });

  it('says plainly when the article links no chain', () => {
    expect(summary('kerry', 'isis')).toBe('The article links no chain of relations between Kerry and ISIS.');
  });

  it('says when the chain is only among actors the view hides, naming a hidden end', () => {
    const people = { actors: graph.actors.filter((a) => a.type === 'person'), relations: graph.relations };
    expect(summary('kerry', 'assad', people)).toBe(
      'No path between Kerry and Assad among the actors shown. The article links them only through actors the current view hides.',
    );
    expect(summary('kerry', 'russia', people)).toBe(
      'No path between Kerry and Russia among the actors shown. Russia is not shown in the current view.',
    );
  });

  it('asks for what is missing', () => {
    expect(summary(null, null)).toBe('Pick two actors to see the shortest chain of relations between them.');
    expect(summary('kerry', null)).toBe('Now pick the actor to reach from Kerry.');
    expect(summary(null, 'assad')).toBe('Now pick the actor to start from, to reach Assad.');
    expect(summary('kerry', 'kerry')).toBe('Kerry is at both ends. Pick another actor for one of them.');
  });
});

describe('hopRelations', () => {
  const graph = kerryTalksGraph();

  it('points each relation as it reads along the path', () => {
    const [kerryRussia, russiaAssad] = shortestPath(graph, 'kerry', 'assad')?.hops ?? [];
    // "Kerry had previously warned Russia", "Kerry met Russia" (a meeting goes both ways).
    expect(kerryRussia && hopRelations(kerryRussia)).toEqual([
      { id: 'r3', type: 'warn', arrow: '→', direction: 'towards' },
      { id: 'r2', type: 'meet', arrow: '↔', direction: 'with' },
    ]);
    expect(russiaAssad && hopRelations(russiaAssad)).toMatchObject([{ type: 'support', arrow: '→' }]);
    // Walked the other way, Russia's support of Assad points back.
    const [assadRussia] = shortestPath(graph, 'assad', 'kerry')?.hops ?? [];
    expect(assadRussia && hopRelations(assadRussia)).toMatchObject([{ type: 'support', arrow: '←', direction: 'from' }]);
  });
});

describe('listInWords', () => {
  it('joins names as a sentence does', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['Russia'])).toBe('Russia');
    expect(listInWords(['Russia', 'Iran'])).toBe('Russia and Iran');
    expect(listInWords(['Russia', 'Iran', 'Turkey'])).toBe('Russia, Iran and Turkey');
  });
});
