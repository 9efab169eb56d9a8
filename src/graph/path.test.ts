import { describe, expect, it } from 'vitest';
import { chainGraph } from './fixtures/chain.ts';
import { kerryTalksGraph } from './fixtures/kerryTalks.ts';
import { twoBlocsGraph } from './fixtures/twoBlocs.ts';
import { shortestPath } from './path.ts';
import { applyFilters } from './viewFilters.ts';

describe('shortestPath', () => {
  const graph = kerryTalksGraph();

  it('links Kerry to Assad through Russia, with the sentences of every hop in text order', () => {
    const path = shortestPath(graph, 'kerry', 'assad');
    expect(path?.actorIds).toEqual(['kerry', 'russia', 'assad']);
    const [first, second] = path?.hops ?? [];
    expect(first?.relations.map((relation) => relation.type)).toEqual(['warn', 'meet']);
    expect(first?.evidence.map((sentence) => sentence.text)).toEqual([
      'Kerry had previously warned Russia over its military build-up on behalf of Assad.',
      'Kerry met Russia again in New York.',
    ]);
    expect(second).toMatchObject({ fromId: 'russia', toId: 'assad' });
    expect(second?.evidence.map((sentence) => sentence.text)).toEqual(['Russia continues to support its long-time ally Assad.']);
    const span = second?.evidence[0]?.span;
    expect(span && graph.documents[0]?.text.slice(span.start, span.end)).toBe(second?.evidence[0]?.text);
  });

  it('walks relations against their direction', () => {
    // Peter Cook is a member of the Pentagon, which severed talks with Russia, who supports Assad.
    expect(shortestPath(graph, 'assad', 'peter-cook')?.actorIds).toEqual(['assad', 'russia', 'pentagon', 'peter-cook']);
  });

  it('takes the shortest of several chains', () => {
    // Kerry … Hezbollah is four hops along the chain; a direct meeting makes it one.
    const chain = chainGraph();
    expect(shortestPath(chain, 'kerry', 'hezbollah')?.hops).toHaveLength(4);
    const shortcut = { ...chain, relations: [...chain.relations, { ...chain.relations[0]!, id: 'r9', target: 'hezbollah' }] };
    expect(shortestPath(shortcut, 'kerry', 'hezbollah')?.actorIds).toEqual(['kerry', 'hezbollah']);
  });

  it('lists a sentence stating two relations of one hop once', () => {
    const blocs = twoBlocsGraph();
    const sameSentence = {
      ...blocs,
      relations: blocs.relations.map((relation) =>
        relation.type === 'meet' ? { ...relation, evidence: blocs.relations[6]!.evidence } : relation,
      ),
    };
    const hop = shortestPath(sameSentence, 'britain', 'russia')?.hops[1];
    expect(hop?.relations).toHaveLength(2);
    expect(hop?.evidence.map((sentence) => sentence.text)).toEqual(['The United States warned Russia.']);
  });

  it('says there is no path between actors no chain of relations links', () => {
    expect(shortestPath(graph, 'kerry', 'turkey')).toBeNull();
    expect(shortestPath(graph, 'kerry', 'crimea')).toBeNull();
    expect(shortestPath(graph, 'kerry', 'nobody')).toBeNull();
  });

  it('finds no path through what the filters hide', () => {
    const visible = applyFilters(graph, [{ kind: 'actor-type', hidden: ['country'] }]);
    expect(shortestPath({ ...graph, ...visible }, 'kerry', 'assad')).toBeNull();
    expect(shortestPath({ ...graph, ...visible }, 'kerry', 'russia')).toBeNull();
  });

  it('gives an actor a path to itself with no hops', () => {
    expect(shortestPath(graph, 'crimea', 'crimea')).toEqual({ actorIds: ['crimea'], hops: [] });
  });
});
