import type { Actor, ActorType } from '../../extract/types.ts';
import type { FilterStep, ViewFilter } from '../../graph/viewFilters.ts';
import { POLARITY_STYLE } from '../../render/palette.ts';

// What a filter chip says, in plain words: what the filter does, then how much of the graph it hides.

/** The types' plural names, as "Hide countries" needs them. */
export const ACTOR_TYPE_PLURAL: Readonly<Record<ActorType, string>> = {
  person: 'people',
  country: 'countries',
  organization: 'organisations',
  'armed-group': 'armed groups',
  media: 'media',
  location: 'locations',
};

/** "Hide countries" or "Show countries": the legend's toggle for a type, by whether it is hidden now. */
export function typeToggleName(type: ActorType, hidden: boolean): string {
  return `${hidden ? 'Show' : 'Hide'} ${ACTOR_TYPE_PLURAL[type]}`;
}

/** What the filter does: "Hide countries", "Hide statement relations", "Around Kerry, Assad", "Search “Moscow”". */
export function describeFilter(filter: ViewFilter, actors: readonly Actor[]): string {
  switch (filter.kind) {
    case 'actor': {
      const labelOf = (id: string) => actors.find((actor) => actor.id === id)?.label ?? id;
      return `Around ${filter.actorIds.map(labelOf).join(', ')}`;
    }
    case 'actor-type':
      return `Hide ${filter.hidden.map((type) => ACTOR_TYPE_PLURAL[type]).join(', ')}`;
    case 'relation-type':
      // The vocabulary's own words, as the details and the links' titles name each relation.
      return `Hide ${filter.hidden.join(', ')} relations`;
    case 'polarity':
      return `Hide ${filter.hidden.map((polarity) => POLARITY_STYLE[polarity].label.toLowerCase()).join(', ')} relations`;
    case 'min-mentions':
      return `At least ${filter.min} mentions`;
    case 'text':
      return `Search “${filter.query.trim()}”`;
  }
}

/** How much the step hides: "−3 actors, −1 relation". */
export function describeRemoved(step: Pick<FilterStep, 'removedActors' | 'removedRelations'>): string {
  const count = (n: number, noun: string) => `−${n} ${noun}${n === 1 ? '' : 's'}`;
  return `${count(step.removedActors, 'actor')}, ${count(step.removedRelations, 'relation')}`;
}
