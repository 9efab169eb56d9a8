// A long table draws only the rows near its scroll position (a window), with a spacer above and below that keeps
// the scroll bar true to the whole table: 10,000 rows cost what 60 do. Rows in a windowed table are one line each
// (table.css), so one measured row height places every row.

/** Up to this many rows a table draws them all, as they are (wrapping text and all). */
export const WINDOWED_ABOVE = 250;

/** Rows drawn beyond each edge of the box's view, so Tab, arrows and a quick scroll meet rows already there. */
const OVERSCAN = 15;

/** The rows drawn: from `start` up to (not including) `end`. */
export interface RowWindow {
  start: number;
  end: number;
}

/**
 * The rows to draw for a box scrolled to `scrollTop` that shows `viewHeight` pixels of rows `rowHeight` tall.
 * A hidden box (height 0) still draws a screenful, so the first look at it shows rows at once.
 */
export function rowWindow(total: number, scrollTop: number, viewHeight: number, rowHeight: number): RowWindow {
  if (total <= WINDOWED_ABOVE) return { start: 0, end: total };
  const height = Math.max(rowHeight, 1);
  const shown = Math.ceil((viewHeight > 0 ? viewHeight : 600) / height);
  const first = Math.min(Math.max(0, Math.floor(scrollTop / height)), Math.max(0, total - shown));
  return { start: Math.max(0, first - OVERSCAN), end: Math.min(total, first + shown + OVERSCAN) };
}

/** Where row `index` of a windowed table sits, in the box's own coordinates, below a header `headerHeight` tall. */
export function windowedRowBox(index: number, rowHeight: number, headerHeight: number): { top: number; bottom: number } {
  const top = headerHeight + index * rowHeight;
  return { top, bottom: top + rowHeight };
}
