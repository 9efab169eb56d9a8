import type { ActorType, Polarity, RelationType } from '../extract/types.ts';
import type { NeighbourhoodDepth } from '../graph/neighbourhood.ts';
import type { ViewFilter, ViewFilterKind } from '../graph/viewFilters.ts';

// Pure old → new transitions of the stacked filter list. The list holds at most one filter of each
// kind: a new kind joins the end of the stack, a kind already there is changed where it stands, and a
// filter that would narrow nothing leaves the list (its chip goes).

export type FilterOf<K extends ViewFilterKind> = Extract<ViewFilter, { kind: K }>;

export function filterOfKind<K extends ViewFilterKind>(filters: readonly ViewFilter[], kind: K): FilterOf<K> | undefined {
  return filters.find((filter): filter is FilterOf<K> => filter.kind === kind);
}

/** Puts `next` in place of the filter of its kind (or at the end), or drops that kind when `next` is null. */
function withFilter(filters: readonly ViewFilter[], kind: ViewFilterKind, next: ViewFilter | null): ViewFilter[] {
  const index = filters.findIndex((filter) => filter.kind === kind);
  if (index < 0) return next ? [...filters, next] : [...filters];
  return next ? filters.map((filter, i) => (i === index ? next : filter)) : filters.filter((_, i) => i !== index);
}

export function withoutFilter(filters: readonly ViewFilter[], kind: ViewFilterKind): ViewFilter[] {
  return withFilter(filters, kind, null);
}

function toggled<T>(items: readonly T[], item: T): T[] {
  return items.includes(item) ? items.filter((other) => other !== item) : [...items, item];
}

/** Adds an actor to the actor filter (depth 1 when it is new); an actor already chosen changes nothing. */
export function withActor(filters: readonly ViewFilter[], actorId: string): ViewFilter[] {
  const current = filterOfKind(filters, 'actor');
  if (current?.actorIds.includes(actorId)) return [...filters];
  return withFilter(filters, 'actor', {
    kind: 'actor',
    actorIds: [...(current?.actorIds ?? []), actorId],
    depth: current?.depth ?? 1,
  });
}

export function withoutActor(filters: readonly ViewFilter[], actorId: string): ViewFilter[] {
  const current = filterOfKind(filters, 'actor');
  if (!current) return [...filters];
  const actorIds = current.actorIds.filter((id) => id !== actorId);
  return withFilter(filters, 'actor', actorIds.length > 0 ? { ...current, actorIds } : null);
}

export function withActorDepth(filters: readonly ViewFilter[], depth: NeighbourhoodDepth): ViewFilter[] {
  const current = filterOfKind(filters, 'actor');
  return current ? withFilter(filters, 'actor', { ...current, depth }) : [...filters];
}

/** The filters that hide a list of values: actor types, relation types, polarities. */
type HidingFilter = Extract<ViewFilter, { hidden: readonly string[] }>;

/**
 * Hides `value` under the filter of `kind`, or shows it again; the chip goes with the last value shown
 * again. Untyped inside: each caller below pairs a kind with the values of its own type.
 */
function withHiddenToggled(filters: readonly ViewFilter[], kind: HidingFilter['kind'], value: string): ViewFilter[] {
  const current = filters.find((filter): filter is HidingFilter => filter.kind === kind);
  const hidden = toggled<string>(current?.hidden ?? [], value);
  return withFilter(filters, kind, hidden.length > 0 ? ({ kind, hidden } as HidingFilter) : null);
}

export function withActorTypeToggled(filters: readonly ViewFilter[], type: ActorType): ViewFilter[] {
  return withHiddenToggled(filters, 'actor-type', type);
}

export function withRelationTypeToggled(filters: readonly ViewFilter[], type: RelationType): ViewFilter[] {
  return withHiddenToggled(filters, 'relation-type', type);
}

export function withPolarityToggled(filters: readonly ViewFilter[], polarity: Polarity): ViewFilter[] {
  return withHiddenToggled(filters, 'polarity', polarity);
}

/** Every actor is named at least once, so a minimum of 1 (or less, or not a number) filters nothing. */
export function withMinMentions(filters: readonly ViewFilter[], min: number): ViewFilter[] {
  const whole = Math.floor(min);
  return withFilter(filters, 'min-mentions', Number.isFinite(whole) && whole > 1 ? { kind: 'min-mentions', min: whole } : null);
}

export function withSearch(filters: readonly ViewFilter[], query: string): ViewFilter[] {
  return withFilter(filters, 'text', query.trim().length > 0 ? { kind: 'text', query } : null);
}
