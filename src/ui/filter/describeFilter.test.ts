import { describe, expect, it } from 'vitest';
import type { Actor } from '../../extract/types.ts';
import { describeFilter, describeRemoved, typeToggleName } from './describeFilter.ts';

const ACTORS: Actor[] = [
  { id: 'kerry', label: 'Kerry', type: 'person', aliases: [], mentions: [] },
  { id: 'assad', label: 'Assad', type: 'person', aliases: [], mentions: [] },
];

describe('what a filter chip says', () => {
  it('names each kind of filter in plain words', () => {
    expect(describeFilter({ kind: 'actor-type', hidden: ['country', 'armed-group'] }, ACTORS)).toBe('Hide countries, armed groups');
    expect(describeFilter({ kind: 'actor', actorIds: ['kerry', 'assad'], depth: 2 }, ACTORS)).toBe('Around Kerry, Assad');
    expect(describeFilter({ kind: 'polarity', hidden: ['conflictual'] }, ACTORS)).toBe('Hide conflictual relations');
    expect(describeFilter({ kind: 'relation-type', hidden: ['statement'] }, ACTORS)).toBe('Hide statement relations');
    expect(describeFilter({ kind: 'relation-type', hidden: ['statement', 'attack'] }, ACTORS)).toBe('Hide statement, attack relations');
    expect(describeFilter({ kind: 'min-mentions', min: 3 }, ACTORS)).toBe('At least 3 mentions');
    expect(describeFilter({ kind: 'text', query: ' Moscow ' }, ACTORS)).toBe('Search “Moscow”');
  });

  it('counts what a step hides, one or many', () => {
    expect(describeRemoved({ removedActors: 3, removedRelations: 1 })).toBe('−3 actors, −1 relation');
    expect(describeRemoved({ removedActors: 1, removedRelations: 0 })).toBe('−1 actor, −0 relations');
  });

  it('names the legend toggle by what pressing it does', () => {
    expect(typeToggleName('country', false)).toBe('Hide countries');
    expect(typeToggleName('country', true)).toBe('Show countries');
  });
});
