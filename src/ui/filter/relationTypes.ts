import type { Relation, RelationType } from '../../extract/types.ts';

// Which relation types the graph holds, for the "Relation types" filter: the graph format's vocabulary
// in its own order (cooperative types, then neutral, then conflictual), each with how many relations
// of it the graph has, so a reader sees what hiding one would take away.

/** The vocabulary of shared/graph-format.md, in the order it lists them. */
export const RELATION_TYPE_ORDER: readonly RelationType[] = [
  'meet',
  'cooperate',
  'support',
  'member',
  'statement',
  'oppose',
  'warn',
  'sever',
  'attack',
];

export interface RelationTypeCount {
  type: RelationType;
  count: number;
}

/** The types `relations` use, in vocabulary order (a type outside it last, by name), with their counts. */
export function relationTypesIn(relations: readonly Relation[]): RelationTypeCount[] {
  const counts = new Map<RelationType, number>();
  for (const relation of relations) counts.set(relation.type, (counts.get(relation.type) ?? 0) + 1);
  const rank = (type: RelationType) => {
    const at = RELATION_TYPE_ORDER.indexOf(type);
    return at < 0 ? RELATION_TYPE_ORDER.length : at;
  };
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => rank(a.type) - rank(b.type) || a.type.localeCompare(b.type));
}
