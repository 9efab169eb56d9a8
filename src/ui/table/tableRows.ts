import type { Actor, ActorType, GraphDocument, Polarity, Relation, RelationType, Span } from '../../extract/types.ts';
import type { VisibleGraph } from '../../graph/filter.ts';
import { degreeByActor } from '../../graph/metrics/degree.ts';
import { toGraphology } from '../../graph/model.ts';

// The table view's rows: what the graph shows, one row per visible actor or relation, with the values
// the columns display and sort by already worked out, so the components only lay them out.

export interface ActorRow {
  id: string;
  /** The actor a click on the row selects: the actor itself. */
  actorId: string;
  name: string;
  type: ActorType;
  mentions: number;
  /** Distinct actors it is related to among the visible relations. */
  degree: number;
  aliases: string;
}

export interface RelationRow {
  id: string;
  /** The actor a click on the row selects: the relation's source. */
  actorId: string;
  source: string;
  relationType: RelationType;
  target: string;
  polarity: Polarity;
  attributedTo: string;
  hedged: boolean;
  /** The sentence of the first evidence span, as the article has it. */
  evidence: string;
}

export function actorRowsOf(visible: VisibleGraph): ActorRow[] {
  const degrees = degreeByActor(toGraphology(visible));
  return visible.actors.map((actor) => ({
    id: actor.id,
    actorId: actor.id,
    name: actor.label,
    type: actor.type,
    mentions: actor.mentions.length,
    degree: degrees.get(actor.id) ?? 0,
    aliases: actor.aliases.join(', '),
  }));
}

/** Names come from the whole graph: whoever a relation is attributed to may be filtered out of view. */
export function relationRowsOf(graph: GraphDocument, visible: VisibleGraph): RelationRow[] {
  const labels = new Map(graph.actors.map((actor: Actor) => [actor.id, actor.label]));
  const labelOf = (id: string | null) => (id === null ? '' : (labels.get(id) ?? id));
  return visible.relations.map((relation: Relation) => ({
    id: relation.id,
    actorId: relation.source,
    source: labelOf(relation.source),
    relationType: relation.type,
    target: labelOf(relation.target),
    polarity: relation.polarity,
    attributedTo: labelOf(relation.attributedTo),
    hedged: relation.hedged === true,
    evidence: relation.evidence[0] ? sentenceOf(graph, relation.evidence[0]) : '',
  }));
}

function sentenceOf(graph: GraphDocument, span: Span): string {
  const text = graph.documents.find((doc) => doc.id === span.doc)?.text ?? '';
  return text.slice(span.start, span.end).trim();
}

export type SortDirection = 'ascending' | 'descending';

export interface SortOrder<Key extends string> {
  column: Key;
  direction: SortDirection;
}

/**
 * The order after a click on a column's header: the same column flips; another starts with the largest
 * first for numbers (most mentions is what an analyst looks for) and A to Z for words.
 */
export function nextSortOrder<Key extends string>(
  current: SortOrder<Key> | null,
  column: Key,
  numeric: boolean,
): SortOrder<Key> {
  if (current?.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: numeric ? 'descending' : 'ascending' };
}

export type SortValue = string | number | boolean;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A sorted copy; rows that tie keep their order (the text's), whichever the direction. */
export function sortedRows<Row>(rows: readonly Row[], valueOf: (row: Row) => SortValue, direction: SortDirection): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row) }))
    .sort((a, b) => sign * compareValues(a.value, b.value) || a.index - b.index)
    .map(({ row }) => row);
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return Number(a) - Number(b);
}

/** The rows any of whose cells contains the query, ignoring case; an empty query keeps them all. */
export function rowsMatching<Row>(rows: readonly Row[], cellsOf: (row: Row) => readonly string[], query: string): Row[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [...rows];
  return rows.filter((row) => cellsOf(row).some((cell) => cell.toLocaleLowerCase().includes(needle)));
}

/**
 * How far to scroll a table's box so a row shows below its sticky header: 0 when it already does, negative
 * to scroll up. Only the table's own box moves, so the view around it does not jump to a row.
 */
export function scrollToShow(row: { top: number; bottom: number }, box: { top: number; bottom: number }, headerHeight: number): number {
  const visibleTop = box.top + headerHeight;
  if (row.top < visibleTop) return row.top - visibleTop;
  if (row.bottom > box.bottom) return Math.min(row.bottom - box.bottom, row.top - visibleTop);
  return 0;
}
