import { describe, expect, it, vi } from 'vitest';
import { chainGraph } from '../../graph/fixtures/chain.ts';
import * as metrics from '../../graph/metrics/index.ts';
import { measureGraph, nodeSizes } from './nodeMeasures.ts';

// The measures are worked out when first read: a large graph drawn by mentions and type costs no Brandes, no Louvain.
vi.mock('../../graph/metrics/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../graph/metrics/index.ts')>();
  return {
    ...original,
    betweennessByActor: vi.fn(original.betweennessByActor),
    communityByActor: vi.fn(original.communityByActor),
  };
});

describe('measureGraph', () => {
  it('measures betweenness and groups only when they are read, and each once', () => {
    const measured = measureGraph(chainGraph());
    expect(measured.explanations.mentions).toMatch(/named most often/);
    nodeSizes('mentions', measured);
    expect(metrics.betweennessByActor).not.toHaveBeenCalled();
    expect(metrics.communityByActor).not.toHaveBeenCalled();

    expect(measured.metrics.betweenness.get('assad')).toBeCloseTo(4 / 6);
    expect(measured.explanations.betweenness).toBe('Assad sits on most paths between the others.');
    expect(measured.groups.length).toBeGreaterThan(0);
    expect(measured.groups).toBe(measured.groups);
    expect(metrics.betweennessByActor).toHaveBeenCalledTimes(1);
    expect(metrics.communityByActor).toHaveBeenCalledTimes(1);
  });
});
