import { describe, expect, it } from 'vitest';
import { parseGraphDocument } from '../../../src/graph/formats/json.ts';
import { benchGraph } from './graphs.ts';

describe('benchGraph', () => {
  it('writes a graph file the app’s own parser accepts, with 1.5 relations per actor', () => {
    const graph = benchGraph(2000);
    const parsed = parseGraphDocument(graph.json);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.graph.actors).toHaveLength(2000);
    expect(graph.relations / graph.actors).toBeCloseTo(1.5, 1);
    expect(graph.fileName).toBe('synthetic-2000.json');
  });

  it('hands the reference the same actors and relations, and watches an actor that exists', () => {
    const graph = benchGraph(200);
    const parsed = parseGraphDocument(graph.json);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(graph.reference.nodes.map((node) => node.id)).toEqual(parsed.graph.actors.map((actor) => actor.id));
    expect(graph.reference.links).toEqual(parsed.graph.relations.map(({ source, target }) => ({ source, target })));
    expect(graph.reference.nodes.some((node) => node.id === graph.watchId)).toBe(true);
  });

  it('draws the same graph on every run', () => {
    expect(benchGraph(200).json).toBe(benchGraph(200).json);
  });
});
