import type { Actor } from '../../extract/types.ts';
import { NEIGHBOURHOOD_DEPTHS, type NeighbourhoodDepth } from '../../graph/neighbourhood.ts';
import type { FilterStep } from '../../graph/viewFilters.ts';
import { useAppStore } from '../../store/index.ts';
import { describeFilter, describeRemoved } from './describeFilter.ts';

// The stacked filters as chips, in the order they apply: each says what it does and what it hides, and
// has a remove button; the actor filter's chip also sets how far its neighbourhood reaches.

export function FilterChips({ steps, actors }: { steps: readonly FilterStep[]; actors: readonly Actor[] }) {
  const removeFilter = useAppStore((s) => s.removeFilter);
  const setActorDepth = useAppStore((s) => s.setActorDepth);
  const undoFilter = useAppStore((s) => s.undoFilter);
  const canUndo = useAppStore((s) => s.filterPast.length > 0);

  if (steps.length === 0 && !canUndo) return null;
  return (
    <div className="filter-chips">
      <ul className="chip-list" aria-label="Active filters">
        {steps.map(({ filter, removedActors, removedRelations }) => {
          const name = describeFilter(filter, actors);
          return (
            <li key={filter.kind} className="chip filter-chip">
              <span>
                {`${name} `}
                <span className="chip-removed">· {describeRemoved({ removedActors, removedRelations })}</span>
              </span>
              {filter.kind === 'actor' && (
                <label className="chip-depth">
                  <span>Depth</span>
                  <select
                    value={filter.depth}
                    onChange={(event) => setActorDepth(Number(event.target.value) as NeighbourhoodDepth)}
                  >
                    {NEIGHBOURHOOD_DEPTHS.map((depth) => (
                      <option key={depth} value={depth}>
                        {depth}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove filter: ${name}`}
                onClick={() => removeFilter(filter.kind)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button-quiet" onClick={undoFilter} disabled={!canUndo}>
        Undo filter
      </button>
    </div>
  );
}
