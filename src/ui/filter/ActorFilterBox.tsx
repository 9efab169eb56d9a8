import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import type { Actor } from '../../extract/types.ts';
import { ACTOR_TYPE_STYLE } from '../../render/palette.ts';
import { filterOfKind } from '../../store/filterList.ts';
import { useAppStore } from '../../store/index.ts';
import { suggestActors } from './actorSuggestions.ts';
import './filter.css';

// "Filter by actor": an ARIA 1.2 combobox with a list of suggestions (type-ahead, arrows, Enter,
// Escape, click), and the chosen actors as removable chips. The chosen ids are the stack's actor filter.

const NONE_CHOSEN: readonly string[] = [];

/** `inputRef` reaches the text field, for the `/` shortcut that focuses it. */
export function ActorFilterBox({ actors, inputRef }: { actors: readonly Actor[]; inputRef?: Ref<HTMLInputElement> }) {
  const chosenIds = useAppStore((s) => filterOfKind(s.filters, 'actor')?.actorIds ?? NONE_CHOSEN);
  const addToFilter = useAppStore((s) => s.addToFilter);
  const removeFromFilter = useAppStore((s) => s.removeFromFilter);
  const clearFilter = useAppStore((s) => s.clearFilter);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const id = useId();
  const listboxId = `${id}-listbox`;
  const optionId = (actorId: string) => `${id}-option-${actorId}`;

  const suggestions = useMemo(() => suggestActors(actors, query, chosenIds), [actors, query, chosenIds]);
  const expanded = open && suggestions.length > 0;
  const active = expanded ? suggestions[Math.min(activeIndex, suggestions.length - 1)] : undefined;

  const pick = (actor: Actor) => {
    addToFilter(actor.id);
    setQuery('');
    setOpen(false);
    setActiveIndex(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActiveIndex(step > 0 ? 0 : suggestions.length - 1);
      } else {
        setActiveIndex((i) => (Math.min(i, suggestions.length - 1) + step + suggestions.length) % suggestions.length);
      }
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && (expanded || query)) {
      // Handled here, so the app-wide Escape (clear the selection) does not also fire.
      event.preventDefault();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="actor-filter">
      <label className="field-label" htmlFor={`${id}-input`}>
        Filter by actor
      </label>
      <div className="combobox">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder="Type a name…"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={active ? optionId(active.id) : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
          // A click lists the actors to choose from without typing; Tab into the field stays quiet.
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <ul id={listboxId} role="listbox" aria-label="Actors" className="combobox-list" hidden={!expanded}>
          {expanded &&
            suggestions.map((actor) => (
              <li
                key={actor.id}
                id={optionId(actor.id)}
                role="option"
                aria-selected={actor === active}
                className="combobox-option"
                // Keep the focus in the input, so the click below still lands and typing can go on.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(actor)}
              >
                <span className="option-label">{actor.label}</span>
                <span className="option-type">{ACTOR_TYPE_STYLE[actor.type].label}</span>
              </li>
            ))}
        </ul>
      </div>
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
    </div>
  );
}
