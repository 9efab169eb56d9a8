import { useState } from 'react';
import './showMore.css';

// A long list in the details (a relation that a 20 MB text states in 3,000 sentences) shows its first items and
// grows on request: drawing them all would hold the page for seconds and bury the rest of the panel.

/** How many items a long list shows at first, and how many more each "Show more" adds. */
export const LIST_STEP = 20;

export interface LongList<T> {
  shown: readonly T[];
  total: number;
  showMore: () => void;
  showAll: () => void;
}

/** The first items of `items`, LIST_STEP more each time more are asked for. */
export function useLongList<T>(items: readonly T[]): LongList<T> {
  const [count, setCount] = useState(LIST_STEP);
  return {
    shown: items.length > count ? items.slice(0, count) : items,
    total: items.length,
    showMore: () => setCount((shown) => shown + LIST_STEP),
    showAll: () => setCount(items.length),
  };
}

/** "Show 20 more sentences" and "Show all 3,000 sentences", while some are not shown; nothing otherwise. */
export function ShowMore<T>({ list, noun }: { list: LongList<T>; noun: string }) {
  const hidden = list.total - list.shown.length;
  if (hidden <= 0) return null;
  const more = Math.min(LIST_STEP, hidden);
  return (
    <p className="show-more">
      <span>
        {list.shown.length} of {list.total.toLocaleString('en')} {noun} shown.
      </span>
      <button type="button" className="button-quiet" onClick={list.showMore}>
        Show {more} more {noun}
      </button>
      {hidden > more && (
        <button type="button" className="button-quiet" onClick={list.showAll}>
          Show all {list.total.toLocaleString('en')} {noun}
        </button>
      )}
    </p>
  );
}
