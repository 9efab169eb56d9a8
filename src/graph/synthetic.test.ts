import { describe, expect, it } from 'vitest';
import { parseGraphDocument } from './formats/json.ts';
import { seededRandom } from './random.ts';
import { preferentialAttachmentPairs, syntheticGraph } from './synthetic.ts';

describe('syntheticGraph', () => {
  it('is a valid graph document whose spans point at the names and sentences they stand for', () => {
    const graph = syntheticGraph(200);
    expect(parseGraphDocument(JSON.stringify(graph))).toEqual({ ok: true, graph });
    const text = graph.documents[0]!.text;
    for (const actor of graph.actors) {
      expect(actor.mentions.length).toBeGreaterThan(0);
      for (const mention of actor.mentions) expect(text.slice(mention.start, mention.end)).toBe(actor.label);
    }
    const labelOf = new Map(graph.actors.map((actor) => [actor.id, actor.label]));
    for (const relation of graph.relations) {
      const sentence = text.slice(relation.evidence[0]!.start, relation.evidence[0]!.end);
      expect(sentence.startsWith(`${labelOf.get(relation.source)} `)).toBe(true);
      expect(sentence.endsWith(` ${labelOf.get(relation.target)}.`)).toBe(true);
    }
  });

  it('has the asked number of actors, unique ids, and about 1.5 relations per actor', () => {
    for (const size of [200, 2000]) {
      const graph = syntheticGraph(size);
      expect(graph.actors).toHaveLength(size);
      expect(new Set(graph.actors.map((actor) => actor.id)).size).toBe(size);
      expect(graph.relations.length / size).toBeGreaterThan(1.4);
      expect(graph.relations.length / size).toBeLessThan(1.6);
    }
  });

  it('gives the same graph for the same size and seed, another for another seed', () => {
    expect(syntheticGraph(300, 7)).toEqual(syntheticGraph(300, 7));
    expect(syntheticGraph(300, 8).actors[0]!.label).not.toBe(syntheticGraph(300, 7).actors[0]!.label);
  });
});

describe('preferentialAttachmentPairs', () => {
  const pairs = preferentialAttachmentPairs(2000, seededRandom(3));

  it('relates each actor to distinct earlier ones, never twice to the same, never to itself', () => {
    const seen = new Set<string>();
    for (const [later, earlier] of pairs) {
      expect(earlier).toBeLessThan(later);
      const key = `${later}|${earlier}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('grows hubs: the best-connected actor has far more relations than the median one', () => {
    const degree = new Array<number>(2000).fill(0);
    for (const [a, b] of pairs) {
      degree[a]!++;
      degree[b]!++;
    }
    const sorted = [...degree].sort((a, b) => a - b);
    expect(sorted[1000]).toBeLessThanOrEqual(2);
    expect(sorted[1999]).toBeGreaterThan(40);
  });
});
