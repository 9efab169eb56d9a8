import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../extract/types.ts';
import { kerryTalksGraph, KERRY_TALKS_TEXT } from './fixtures/kerryTalks.ts';
import { neighboursOf, relationsOf } from './relations.ts';

describe('relationsOf', () => {
  const graph = kerryTalksGraph();

  it("lists Kerry's relations in the order the article states them, with the actor at the other end", () => {
    const kerry = relationsOf(graph, 'kerry');
    expect(kerry.map(({ relation, otherId }) => [relation.type, otherId])).toEqual([
      ['meet', 'abdullah-bin-zayed'],
      ['warn', 'russia'],
      ['meet', 'russia'],
    ]);
    const [, warn] = kerry;
    const evidence = warn?.relation.evidence[0];
    expect(evidence && KERRY_TALKS_TEXT.slice(evidence.start, evidence.end)).toBe(
      'Kerry had previously warned Russia over its military build-up on behalf of Assad.',
    );
  });

  it('includes relations where the actor is the target', () => {
    const russia = relationsOf(graph, 'russia');
    expect(russia.map(({ relation, otherId }) => `${relation.type}:${otherId}`)).toEqual([
      'warn:kerry',
      'support:assad',
      'sever:pentagon',
      'meet:kerry',
    ]);
  });

  it('orders by the earliest evidence span, across documents in document order', () => {
    const twoDocs: GraphDocument = {
      ...graph,
      documents: [...graph.documents, { id: 'd2', title: 'Follow-up', text: 'Kerry met Lavrov.' }],
      relations: [
        { ...graph.relations[0]!, id: 'late', evidence: [{ doc: 'd2', start: 0, end: 17 }] },
        // Evidence not sorted: its second span, early in d1, decides.
        { ...graph.relations[0]!, id: 'early', evidence: [{ doc: 'd2', start: 0, end: 17 }, { doc: 'd1', start: 5, end: 9 }] },
        { ...graph.relations[0]!, id: 'middle', evidence: [{ doc: 'd1', start: 300, end: 320 }] },
      ],
    };
    expect(relationsOf(twoDocs, 'kerry').map(({ relation }) => relation.id)).toEqual(['early', 'middle', 'late']);
  });

  it('returns nothing for an actor without relations or an unknown id', () => {
    expect(relationsOf(graph, 'crimea')).toEqual([]);
    expect(relationsOf(graph, 'nobody')).toEqual([]);
  });
});

describe('neighboursOf', () => {
  it('collects actors related in either direction, without the actor itself', () => {
    const graph = kerryTalksGraph();
    expect([...neighboursOf(graph, 'russia')].sort()).toEqual(['assad', 'kerry', 'pentagon']);
    const withSelfLoop = { relations: [...graph.relations, { source: 'crimea', target: 'crimea' }] };
    expect(neighboursOf(withSelfLoop, 'crimea')).toEqual(new Set());
  });
});
