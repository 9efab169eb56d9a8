import { describe, expect, it } from 'vitest';
import type { ViewFilter } from '../graph/viewFilters.ts';
import {
  filterOfKind,
  withActor,
  withActorDepth,
  withActorTypeToggled,
  withMinMentions,
  withoutActor,
  withPolarityToggled,
  withRelationTypeToggled,
  withSearch,
} from './filterList.ts';

describe('the stacked filter list', () => {
  it('changes a kind already there where it stands, and adds a new kind at the end', () => {
    let filters: ViewFilter[] = withActor([], 'kerry');
    filters = withActorTypeToggled(filters, 'country');
    filters = withActor(filters, 'assad');
    expect(filters.map((filter) => filter.kind)).toEqual(['actor', 'actor-type']);
    expect(filterOfKind(filters, 'actor')?.actorIds).toEqual(['kerry', 'assad']);
  });

  it('keeps the actor filter depth as actors come and go, and drops it with its last actor', () => {
    let filters = withActorDepth(withActor([], 'kerry'), 3);
    filters = withActor(filters, 'assad');
    expect(filterOfKind(filters, 'actor')?.depth).toBe(3);
    filters = withoutActor(withoutActor(filters, 'kerry'), 'assad');
    expect(filters).toEqual([]);
  });

  it('drops a filter that would narrow nothing', () => {
    expect(withActorTypeToggled(withActorTypeToggled([], 'person'), 'person')).toEqual([]);
    expect(withPolarityToggled(withPolarityToggled([], 'neutral'), 'neutral')).toEqual([]);
    expect(withMinMentions([], 1)).toEqual([]);
    expect(withMinMentions([], Number.NaN)).toEqual([]);
    expect(withMinMentions([], 2.7)).toEqual([{ kind: 'min-mentions', min: 2 }]);
    expect(withSearch([], '   ')).toEqual([]);
    expect(withActorDepth([], 2)).toEqual([]);
  });

  it('hides relation types one by one, in the order chosen, and drops the chip when all show again', () => {
    let filters = withRelationTypeToggled(withPolarityToggled([], 'neutral'), 'statement');
    filters = withRelationTypeToggled(filters, 'attack');
    expect(filters).toEqual([
      { kind: 'polarity', hidden: ['neutral'] },
      { kind: 'relation-type', hidden: ['statement', 'attack'] },
    ]);
    filters = withRelationTypeToggled(filters, 'statement');
    expect(filterOfKind(filters, 'relation-type')?.hidden).toEqual(['attack']);
    expect(withRelationTypeToggled(filters, 'attack')).toEqual([{ kind: 'polarity', hidden: ['neutral'] }]);
  });
});
