import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { windowedRowBox } from './rowWindow.ts';
import { nextSortOrder, rowsMatching, scrollToShow, sortedRows, type SortOrder, type SortValue } from './tableRows.ts';
import { useRowWindow } from './useRowWindow.ts';

// One table of the table view: a caption, a "Filter rows" box, headers that sort, and rows that select
// an actor. Both tables (actors, relations) are this one with their own columns. A long table draws only the rows
// near its scroll position (useRowWindow); aria-rowcount and aria-rowindex tell a screen reader where they stand.

export interface Column<Row> {
  key: string;
  label: string;
  /** What the column sorts by; numbers sort as numbers and start with the largest. */
  sortValue: (row: Row) => SortValue;
  /** The words the "Filter rows" box looks in. */
  text: (row: Row) => string;
  /** How the cell shows; its text when not given. */
  render?: (row: Row) => ReactNode;
}

interface Props<Row extends { id: string; actorId: string }> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  selectedId: string | null;
  onSelect: (actorId: string) => void;
  /** The accessible name of the button that starts each row, beginning with its visible text. */
  rowLabel: (row: Row) => string;
  /** False while the table view is hidden: a selection made meanwhile is scrolled to once it shows. */
  active: boolean;
}

export function SortableTable<Row extends { id: string; actorId: string }>({
  caption,
  columns,
  rows,
  selectedId,
  onSelect,
  rowLabel,
  active,
}: Props<Row>) {
  const [order, setOrder] = useState<SortOrder<string> | null>(null);
  const [query, setQuery] = useState('');
  const filterId = useId();
  const captionId = useId();
  const scrollBox = useRef<HTMLDivElement>(null);

  const shownRows = useMemo(() => {
    const matching = rowsMatching(rows, (row) => columns.map((column) => column.text(row)), query);
    const column = columns.find((c) => c.key === order?.column);
    return column && order ? sortedRows(matching, column.sortValue, order.direction) : matching;
  }, [rows, columns, query, order]);
  const { windowed, range, rowHeight } = useRowWindow(scrollBox, shownRows.length);

  // A selection made in the graph or the article brings its (first) row into sight, without moving focus. In a
  // windowed table the row may not be drawn: its place comes from its index.
  useEffect(() => {
    const box = scrollBox.current;
    if (!active || !box || selectedId === null) return;
    const headerHeight = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const boxRect = box.getBoundingClientRect();
    let rowRect: { top: number; bottom: number } | undefined = box.querySelector('tbody [data-selected]')?.getBoundingClientRect();
    if (windowed) {
      const index = shownRows.findIndex((row) => row.actorId === selectedId);
      const inBox = index < 0 ? undefined : windowedRowBox(index, rowHeight, headerHeight);
      rowRect = inBox && { top: boxRect.top + inBox.top - box.scrollTop, bottom: boxRect.top + inBox.bottom - box.scrollTop };
    }
    if (rowRect) box.scrollTop += scrollToShow(rowRect, boxRect, headerHeight);
    // Only a new selection, the table showing or its rows' height first measured scrolls: sorting or filtering
    // leaves the reader's place alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, active, rowHeight]);

  return (
    <div className="data-table" role="group" aria-labelledby={captionId} data-windowed={windowed || undefined}>
      <h3 className="data-table-title" id={captionId}>
        {caption}
      </h3>
      <div className="data-table-filter">
        <label htmlFor={filterId}>Filter rows</label>
        <input
          id={filterId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
        />
        <span className="data-table-count" aria-live="polite">
          {shownRows.length} of {rows.length}
        </span>
      </div>
      <div className="data-table-scroll" ref={scrollBox}>
        <table aria-rowcount={windowed ? shownRows.length + 1 : undefined}>
          {/* The table's own name for screen readers; the heading above shows it, outside the scrolling box. */}
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr aria-rowindex={windowed ? 1 : undefined}>
              {columns.map((column) => {
                const sorted = order?.column === column.key ? order.direction : undefined;
                const numeric = rows[0] !== undefined && typeof column.sortValue(rows[0]) === 'number';
                return (
                  <th key={column.key} scope="col" aria-sort={sorted ?? 'none'} data-column={column.key}>
                    <button type="button" onClick={() => setOrder(nextSortOrder(order, column.key, numeric))}>
                      {column.label}
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {range.start > 0 && <RowSpacer height={range.start * rowHeight} columns={columns.length} />}
            {shownRows.slice(range.start, range.end).map((row, offset) => {
              const selected = row.actorId === selectedId;
              return (
                <tr
                  key={row.id}
                  aria-rowindex={windowed ? range.start + offset + 2 : undefined}
                  data-selected={selected || undefined}
                  onClick={() => onSelect(row.actorId)}
                >
                  {columns.map((column, index) => {
                    const content = column.render ? column.render(row) : column.text(row);
                    return index === 0 ? (
                      <th key={column.key} scope="row">
                        {/* The row's keyboard way in; a click anywhere on the row does the same. */}
                        <button
                          type="button"
                          className="row-select"
                          aria-label={rowLabel(row)}
                          aria-current={selected || undefined}
                        >
                          {content}
                        </button>
                      </th>
                    ) : (
                      <td key={column.key}>{content}</td>
                    );
                  })}
                </tr>
              );
            })}
            {range.end < shownRows.length && (
              <RowSpacer height={(shownRows.length - range.end) * rowHeight} columns={columns.length} />
            )}
          </tbody>
        </table>
        {shownRows.length === 0 && <p className="empty-note">No rows match “{query.trim()}”.</p>}
      </div>
    </div>
  );
}

/** The room of the rows a windowed table does not draw, so its scroll bar stands for the whole table. */
function RowSpacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="row-spacer" aria-hidden="true" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}
