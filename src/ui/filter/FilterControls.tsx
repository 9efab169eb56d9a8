import { useId } from 'react';
import { POLARITIES } from '../../extract/types.ts';
import { filterOfKind } from '../../store/filterList.ts';
import { useAppStore } from '../../store/index.ts';
import { POLARITY_STYLE } from '../../render/palette.ts';
import { LineSample } from '../LineSample.tsx';
import { RelationTypeFilter } from './RelationTypeFilter.tsx';

// The filters beside the actor filter: a text search, a minimum number of mentions, which polarities
// of relation to show, and which relation types. Each writes one filter of the stack; the chips show them all.

export function FilterControls() {
  const id = useId();
  const filters = useAppStore((s) => s.filters);
  const setSearch = useAppStore((s) => s.setSearch);
  const setMinMentions = useAppStore((s) => s.setMinMentions);
  const togglePolarity = useAppStore((s) => s.togglePolarity);
  const query = filterOfKind(filters, 'text')?.query ?? '';
  const minMentions = filterOfKind(filters, 'min-mentions')?.min ?? 1;
  const hiddenPolarities = filterOfKind(filters, 'polarity')?.hidden ?? [];

  return (
    <div className="filter-controls">
      <div className="filter-field">
        <label className="field-label" htmlFor={`${id}-search`}>
          Search
        </label>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder="Names or words…"
          value={query}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div className="filter-field">
        <label className="field-label" htmlFor={`${id}-min`}>
          Minimum mentions
        </label>
        <input
          id={`${id}-min`}
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          value={minMentions}
          onChange={(event) => setMinMentions(event.target.valueAsNumber)}
        />
      </div>
      <div className="filter-field" role="group" aria-labelledby={`${id}-polarity`}>
        <span id={`${id}-polarity`} className="field-label">
          Relations shown
        </span>
        <div className="toggle-group">
          {POLARITIES.map((polarity) => {
            const shown = !hiddenPolarities.includes(polarity);
            return (
              <button
                key={polarity}
                type="button"
                className="toggle"
                aria-pressed={shown}
                onClick={() => togglePolarity(polarity)}
              >
                <LineSample color={POLARITY_STYLE[polarity].color} dash={POLARITY_STYLE[polarity].dash} />
                {POLARITY_STYLE[polarity].label}
              </button>
            );
          })}
        </div>
      </div>
      <RelationTypeFilter />
    </div>
  );
}
