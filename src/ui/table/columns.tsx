import { ACTOR_TYPE_STYLE, POLARITY_STYLE } from '../../render/palette.ts';
import { LineSample } from '../LineSample.tsx';
import { TypeSwatch } from '../TypeSwatch.tsx';
import type { Column } from './SortableTable.tsx';
import type { ActorRow, RelationRow } from './tableRows.ts';

// The columns of the two tables, as data: what each shows, sorts by and filters on. A type and a polarity
// show as the graph draws them (swatch with its letter, line with its dash) and always in words too.

export const ACTOR_COLUMNS: readonly Column<ActorRow>[] = [
  { key: 'name', label: 'Name', sortValue: (row) => row.name, text: (row) => row.name },
  {
    key: 'type',
    label: 'Type',
    sortValue: (row) => ACTOR_TYPE_STYLE[row.type].label,
    text: (row) => ACTOR_TYPE_STYLE[row.type].label,
    render: (row) => (
      <span className="cell-with-mark">
        <TypeSwatch type={row.type} />
        {ACTOR_TYPE_STYLE[row.type].label}
      </span>
    ),
  },
  { key: 'mentions', label: 'Mentions', sortValue: (row) => row.mentions, text: (row) => String(row.mentions) },
  { key: 'degree', label: 'Degree', sortValue: (row) => row.degree, text: (row) => String(row.degree) },
  { key: 'aliases', label: 'Aliases', sortValue: (row) => row.aliases, text: (row) => row.aliases },
];

export const RELATION_COLUMNS: readonly Column<RelationRow>[] = [
  { key: 'source', label: 'Source', sortValue: (row) => row.source, text: (row) => row.source },
  { key: 'type', label: 'Relation', sortValue: (row) => row.relationType, text: (row) => row.relationType },
  { key: 'target', label: 'Target', sortValue: (row) => row.target, text: (row) => row.target },
  {
    key: 'polarity',
    label: 'Polarity',
    sortValue: (row) => row.polarity,
    text: (row) => POLARITY_STYLE[row.polarity].label,
    render: (row) => (
      <span className="cell-with-mark">
        <LineSample color={POLARITY_STYLE[row.polarity].color} dash={POLARITY_STYLE[row.polarity].dash} />
        {POLARITY_STYLE[row.polarity].label}
      </span>
    ),
  },
  { key: 'attributedTo', label: 'Attributed to', sortValue: (row) => row.attributedTo, text: (row) => row.attributedTo },
  { key: 'hedged', label: 'Hedged', sortValue: (row) => row.hedged, text: (row) => (row.hedged ? 'hedged' : 'no') },
  {
    key: 'evidence',
    label: 'Evidence',
    sortValue: (row) => row.evidence,
    text: (row) => row.evidence,
    render: (row) => <q className="table-evidence">{row.evidence}</q>,
  },
];
