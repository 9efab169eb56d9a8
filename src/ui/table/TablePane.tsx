import { useMemo, useState } from 'react';
import type { GraphDocument } from '../../extract/types.ts';
import type { VisibleGraph } from '../../graph/filter.ts';
import { useAppStore } from '../../store/index.ts';
import { ACTOR_COLUMNS, RELATION_COLUMNS } from './columns.tsx';
import { SortableTable } from './SortableTable.tsx';
import { actorRowsOf, relationRowsOf, type RelationRow } from './tableRows.ts';
import './table.css';

// The table view: the same actors and relations the graph shows (the graph pane hands over what its
// filters leave), and the same selection both ways: a row selects its actor, a selection elsewhere marks it.
// The rows are worked out when the table shows, not behind the graph: a large graph's rows and their degrees are
// tens of milliseconds the graph's arrival need not wait for.

const relationLabel = (row: RelationRow) => `${row.source}: ${row.relationType} ${row.target}`;

export function TablePane({ graph, visible, active }: { graph: GraphDocument; visible: VisibleGraph; active: boolean }) {
  const selectedId = useAppStore((s) => s.selectedId);
  const selectActor = useAppStore((s) => s.selectActor);
  // What the table showed last: the current graph while the table shows, kept as it was while it hides.
  const [shown, setShown] = useState<{ graph: GraphDocument; visible: VisibleGraph } | null>(null);
  if (active && (shown?.graph !== graph || shown.visible !== visible)) setShown({ graph, visible });
  const actorRows = useMemo(() => (shown ? actorRowsOf(shown.visible) : []), [shown]);
  const relationRows = useMemo(() => (shown ? relationRowsOf(shown.graph, shown.visible) : []), [shown]);

  return (
    <div className="table-view">
      <SortableTable
        caption="Actors"
        columns={ACTOR_COLUMNS}
        rows={actorRows}
        selectedId={selectedId}
        onSelect={selectActor}
        rowLabel={(row) => row.name}
        active={active}
      />
      <SortableTable
        caption="Relations"
        columns={RELATION_COLUMNS}
        rows={relationRows}
        selectedId={selectedId}
        onSelect={selectActor}
        rowLabel={relationLabel}
        active={active}
      />
    </div>
  );
}
