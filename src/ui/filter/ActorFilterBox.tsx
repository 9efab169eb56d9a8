import { useCallback, useState, type Ref } from 'react';
import type { Actor } from '../../extract/types.ts';
import { filterOfKind } from '../../store/filterList.ts';
import { useAppStore } from '../../store/index.ts';
import { ActorCombobox } from './ActorCombobox.tsx';
import { suggestActors } from './actorSuggestions.ts';

// "Filter by actor": the shared ActorCombobox, its field emptied after each pick and its list leaving out the
// actors chosen already, with the chosen actors as removable chips. The chosen ids are the stack's actor filter.

const NONE_CHOSEN: readonly string[] = [];

/** `inputRef` reaches the text field, for the `/` shortcut that focuses it. */
export function ActorFilterBox({ actors, inputRef }: { actors: readonly Actor[]; inputRef?: Ref<HTMLInputElement> }) {
  const chosenIds = useAppStore((s) => filterOfKind(s.filters, 'actor')?.actorIds ?? NONE_CHOSEN);
  const addToFilter = useAppStore((s) => s.addToFilter);
  const removeFromFilter = useAppStore((s) => s.removeFromFilter);
  const clearFilter = useAppStore((s) => s.clearFilter);
  const [query, setQuery] = useState('');
  const suggest = useCallback(() => suggestActors(actors, query, chosenIds), [actors, query, chosenIds]);

  return (
    <ActorCombobox
      className="actor-filter"
      label="Filter by actor"
      listLabel="Actors"
      suggest={suggest}
      text={query}
      onType={setQuery}
      onPick={(actor) => {
        addToFilter(actor.id);
        setQuery('');
      }}
      typed={query !== ''}
      onClearTyped={() => setQuery('')}
      inputRef={inputRef}
    >
      {chosenIds.length > 0 && (
        <div className="chips">
          <ul className="chip-list" aria-label="Chosen actors">
            {chosenIds.map((actorId) => {
              const label = actors.find((actor) => actor.id === actorId)?.label ?? actorId;
              return (
                <li key={actorId} className="chip">
                  <span>{label}</span>
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={`Remove ${label} from filter`}
                    onClick={() => removeFromFilter(actorId)}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" className="button-quiet" onClick={clearFilter}>
            Clear
          </button>
        </div>
      )}
    </ActorCombobox>
  );
}
