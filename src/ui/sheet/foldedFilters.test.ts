import { describe, expect, it } from 'vitest';
import type { ViewFilter } from '../../graph/viewFilters.ts';
import { countFoldedFilters } from './foldedFilters.ts';

describe('how many filters the "More filters" fold hides', () => {
  it('is none when only the actor box and the legend narrow the graph', () => {
    const filters: ViewFilter[] = [
      { kind: 'actor', actorIds: ['kerry'], depth: 1 },
      { kind: 'actor-type', hidden: ['country'] },
    ];
    expect(countFoldedFilters(filters)).toBe(0);
    expect(countFoldedFilters([])).toBe(0);
  });

  it('counts a search, a minimum, hidden polarities and hidden relation types once each', () => {
    const filters: ViewFilter[] = [
      { kind: 'text', query: 'Moscow' },
      { kind: 'actor', actorIds: ['assad'], depth: 2 },
      { kind: 'polarity', hidden: ['conflictual', 'neutral'] },
      { kind: 'min-mentions', min: 2 },
      { kind: 'relation-type', hidden: ['meet'] },
    ];
    expect(countFoldedFilters(filters)).toBe(4);
  });
});
