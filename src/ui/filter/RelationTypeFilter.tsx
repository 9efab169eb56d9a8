import { useId, useMemo, useRef, useState } from 'react';
import type { RelationType } from '../../extract/types.ts';
import { filterOfKind } from '../../store/filterList.ts';
import { selectGraph, useAppStore } from '../../store/index.ts';
import { useDismiss } from '../popover/useDismiss.ts';
import { relationTypesIn } from './relationTypes.ts';

// "Relation types": a button that opens a short list of checkboxes, one per relation type the graph
// holds (checked = shown, as a pressed polarity toggle is shown). Unchecking one adds or widens the
// stack's relation-type filter; its chip says what it hides.

const NONE_HIDDEN: readonly RelationType[] = [];

export function RelationTypeFilter() {
  const id = useId();
  const graph = useAppStore(selectGraph);
  const hidden = useAppStore((s) => filterOfKind(s.filters, 'relation-type')?.hidden ?? NONE_HIDDEN);
  const toggleRelationType = useAppStore((s) => s.toggleRelationType);
  const removeFilter = useAppStore((s) => s.removeFilter);
  const types = useMemo(() => relationTypesIn(graph?.relations ?? []), [graph]);
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useDismiss(container, open, (by) => {
    setOpen(false);
    if (by === 'escape') button.current?.focus();
  });

  const showAll = () => {
    removeFilter('relation-type');
    // The button goes with the filter: the focus goes to the list, not to the page's start.
    container.current?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
  };

  if (types.length === 0) return null;
  const hiddenCount = types.filter(({ type }) => hidden.includes(type)).length;
  const summary = hiddenCount === 0 ? 'All shown' : `${hiddenCount} of ${types.length} hidden`;
  return (
    <div className="filter-field relation-type-filter" ref={container}>
      <span id={`${id}-label`} className="field-label">
        Relation types
      </span>
      <button
        ref={button}
        id={`${id}-button`}
        type="button"
        className="toggle popover-button"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-labelledby={`${id}-label ${id}-button`}
        onClick={() => setOpen((was) => !was)}
      >
        {summary}
        <svg className="popover-caret" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
          <path d="M1.5 3.5 5 7l3.5-3.5" />
        </svg>
      </button>
      <div id={`${id}-list`} className="popover relation-type-list" role="group" aria-labelledby={`${id}-label`} hidden={!open}>
        <ul>
          {types.map(({ type, count }) => (
            <li key={type}>
              <label className="check-row">
                <input type="checkbox" checked={!hidden.includes(type)} onChange={() => toggleRelationType(type)} />
                <span className="check-label">{type}</span>
                <span className="check-count">
                  {count}
                  <span className="visually-hidden">{count === 1 ? ' relation' : ' relations'}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {hiddenCount > 0 && (
          <button type="button" className="button-quiet" onClick={showAll}>
            Show all
          </button>
        )}
      </div>
    </div>
  );
}
