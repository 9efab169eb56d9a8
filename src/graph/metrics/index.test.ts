import { describe, expect, it } from 'vitest';
import { chainGraph } from '../fixtures/chain.ts';
import { toGraphology } from '../model.ts';
import { ACTOR_METRICS, explainMetrics, measureActors } from './index.ts';

describe('measureActors', () => {
  it('measures every metric on one model and explains each', () => {
    const model = toGraphology(chainGraph());
    const metrics = measureActors(model);
    expect(Object.keys(metrics)).toEqual(Object.keys(ACTOR_METRICS));
    expect(metrics.degree.get('assad')).toBe(2);
    expect(metrics.community.size).toBe(5);
    const explained = explainMetrics(model, metrics);
    expect(explained.betweenness).toBe('Assad sits on most paths between the others.');
    expect(explained.degree).toBe('Lavrov, Assad and Nasrallah are related to the most actors: 2 of the 4 others each.');
  });
});
