import { useId, useState, type ReactNode } from 'react';
import { useAppStore } from '../../store/index.ts';
import { countFoldedFilters } from './foldedFilters.ts';
import './fold.css';

/**
 * "More filters": the controls inside are folded behind a disclosure button that says how many of them
 * are narrowing the graph, so the actor box, the chips, the count and the graph keep the screen at every
 * width (unfolded, the filter bar took four rows and squeezed the drawing at laptop sizes).
 */
export function FilterFold({ children }: { children: ReactNode }) {
  const bodyId = useId();
  const [open, setOpen] = useState(false);
  const active = useAppStore((s) => countFoldedFilters(s.filters));

  return (
    <div className="filter-fold" data-open={open ? 'true' : undefined}>
      <button
        type="button"
        className="filter-fold-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <svg className="filter-fold-chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M3 4.5l3 3 3-3" />
        </svg>
        More filters
        {active > 0 && (
          <span className="filter-fold-active">
            {active}
            <span className="visually-hidden"> active</span>
          </span>
        )}
      </button>
      <div id={bodyId} className="filter-fold-body">
        {children}
      </div>
    </div>
  );
}
