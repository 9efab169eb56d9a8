import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../extract/types.ts';
import { graphFromSentences } from '../fixtures/build.ts';
import { splitAlias } from './splitAlias.ts';

// "Washington" and "Moscow" merged into their countries, as the extractor does with capitals.
const capitals = () =>
  graphFromSentences({
    title: 'Capitals',
    sentences: [
      'Washington warned Moscow over Crimea.',
      'The United States and Russia met in Geneva.',
      'Russia, or Moscow as diplomats say, backs Assad.',
    ],
    actors: [
      { id: 'united-states', label: 'United States', type: 'country', aliases: ['Washington'] },
      { id: 'russia', label: 'Russia', type: 'country', aliases: ['Moscow', 'Kremlin'] },
      { id: 'crimea', label: 'Crimea', type: 'location' },
      { id: 'assad', label: 'Assad', type: 'person' },
    ],
    relations: [
      ['united-states', 'russia', 'warn', 'conflictual', 0],
      ['united-states', 'russia', 'meet', 'cooperative', 1, { directed: false }],
      ['russia', 'assad', 'support', 'cooperative', 2],
    ],
  });

const surfaces = (graph: GraphDocument, id: string) => {
  const text = graph.documents[0]!.text;
  return graph.actors.find((a) => a.id === id)?.mentions.map((m) => text.slice(m.start, m.end));
};

describe('splitAlias', () => {
  const outcome = splitAlias(capitals(), 'russia', 'moscow');
  if (!outcome.ok) throw new Error(outcome.reason);
  const { graph } = outcome;

  it('makes the alias an actor of its own, same type, id from its slug, placed after the actor it left', () => {
    expect(graph.actors.map((a) => a.id)).toEqual(['united-states', 'russia', 'moscow', 'crimea', 'assad']);
    expect(graph.actors[2]).toMatchObject({ id: 'moscow', label: 'Moscow', type: 'country', aliases: [] });
    expect(graph.actors[1]).toMatchObject({ label: 'Russia', aliases: ['Kremlin'] });
  });

  it('moves the mentions that read the alias', () => {
    expect(surfaces(graph, 'moscow')).toEqual(['Moscow', 'Moscow']);
    expect(surfaces(graph, 'russia')).toEqual(['Russia', 'Russia']);
  });

  it('moves a relation only where its sentence names the alias and not the actor', () => {
    expect(graph.relations.map((r) => [r.source, r.type, r.target])).toEqual([
      ['united-states', 'warn', 'moscow'],
      ['united-states', 'meet', 'russia'],
      ['russia', 'support', 'assad'],
    ]);
  });

  it('gives the same id on every run, and a numbered one when the slug is taken', () => {
    const again = splitAlias(capitals(), 'russia', 'Moscow');
    expect(again.ok && again.graph).toEqual(graph);
    const taken = capitals();
    taken.actors.push({ id: 'moscow', label: 'Moscow', type: 'location', aliases: [], mentions: [] });
    const numbered = splitAlias(taken, 'russia', 'Moscow');
    expect(numbered.ok && numbered.graph.actors.map((a) => a.id)).toContain('moscow-2');
  });

  it('says why when the alias is gone or is the name itself', () => {
    expect(splitAlias(graph, 'russia', 'Moscow')).toEqual({ ok: false, reason: '“Moscow” is no longer an alias of Russia.' });
    expect(splitAlias(capitals(), 'russia', 'RUSSIA')).toEqual({
      ok: false,
      reason: '“RUSSIA” is the name of Russia, not an alias: rename the actor instead.',
    });
  });
});
