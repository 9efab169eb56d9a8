import { describe, expect, it } from 'vitest';
import { chainGraph } from '../fixtures/chain.ts';
import { twoBlocsGraph } from '../fixtures/twoBlocs.ts';
import { toGraphology } from '../model.ts';
import { syntheticGraph } from '../synthetic.ts';
import { betweennessByActor, explainBetweenness } from './betweenness.ts';
import { betweennessSources, brandesBetweenness } from './brandes.ts';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

describe('brandesBetweenness', () => {
  it('gives the exact shares when the budget lets every actor be a source', () => {
    for (const graph of [chainGraph(), twoBlocsGraph()]) {
      const model = toGraphology(graph);
      const exact = betweennessCentrality(model, { getEdgeWeight: null, normalized: true });
      const sampled = brandesBetweenness(model);
      for (const id of model.nodes()) expect(sampled.get(id)).toBeCloseTo(exact[id] ?? 0, 10);
    }
  });

  it('estimates a large graph closely enough to rank its go-betweens, the same way every time', () => {
    const model = toGraphology(syntheticGraph(2000, 3));
    expect(betweennessSources(model)).toBeLessThan(model.order);
    const exact = betweennessCentrality(model, { getEdgeWeight: null, normalized: true });
    const sampled = brandesBetweenness(model);
    const byExact = model.nodes().sort((a, b) => exact[b]! - exact[a]!);
    const bySample = model.nodes().sort((a, b) => sampled.get(b)! - sampled.get(a)!);
    expect(bySample.slice(0, 3)).toContain(byExact[0]);
    for (const id of byExact.slice(0, 10)) expect(Math.abs(sampled.get(id)! - exact[id]!)).toBeLessThan(0.05);
    expect(brandesBetweenness(model)).toEqual(sampled);
  });

  it('says when the figures are an estimate, and only then', () => {
    const small = toGraphology(chainGraph());
    expect(explainBetweenness(small, betweennessByActor(small))).not.toMatch(/Estimated/);
    const model = toGraphology(syntheticGraph(2000, 5));
    expect(explainBetweenness(model, betweennessByActor(model))).toMatch(/Estimated from a sample of paths: the graph is large\.\)$/);
  });
});
