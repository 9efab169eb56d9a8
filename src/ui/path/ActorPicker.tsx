import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Actor } from '../../extract/types.ts';
import { ACTOR_TYPE_STYLE } from '../../render/palette.ts';
import { suggestActors } from '../filter/actorSuggestions.ts';
import '../filter/filter.css';

// One actor chosen from a list: an ARIA 1.2 combobox (type-ahead on names and aliases, arrows, Enter,
// Escape, click) whose field shows the chosen actor's name until the user types over it. The filter's
// suggestion ranking and list styles are reused; what a pick does is the caller's.

const EVERY_ACTOR = Number.POSITIVE_INFINITY;
const NONE_LEFT_OUT: readonly string[] = [];

interface Props {
  label: string;
  actors: readonly Actor[];
  /** The chosen actor's id, or null when none is. */
  value: string | null;
  onPick: (actorId: string) => void;
  /** A word or two after an actor's type in the list (e.g. that the view hides it), or null. */
  noteOf?: (actor: Actor) => string | null;
}

export function ActorPicker({ label, actors, value, onPick, noteOf }: Props) {
  const id = useId();
  const listboxId = `${id}-listbox`;
  const optionId = (actorId: string) => `${id}-option-${actorId}`;
  // null while the user is not typing: the field then shows the chosen actor's name.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const chosenLabel = actors.find((actor) => actor.id === value)?.label ?? '';

  const suggestions = useMemo(() => suggestActors(actors, query ?? '', NONE_LEFT_OUT, EVERY_ACTOR), [actors, query]);
  const expanded = open && suggestions.length > 0;
  const active = expanded ? suggestions[Math.min(activeIndex, suggestions.length - 1)] : undefined;

  const openAt = (index: number) => {
    setOpen(true);
    setActiveIndex(index);
  };
  // Opening on the whole list starts at the actor already chosen, if any.
  const chosenIndex = Math.max(0, suggestions.findIndex((actor) => actor.id === value));
  const pick = (actor: Actor) => {
    onPick(actor.id);
    setQuery(null);
    setOpen(false);
  };

  // The list holds every actor, more than it shows at once: keep the active one in its view.
  const activeOptionId = active ? optionId(active.id) : undefined;
  useEffect(() => {
    if (activeOptionId) document.getElementById(activeOptionId)?.scrollIntoView({ block: 'nearest' });
  }, [activeOptionId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      if (!expanded) openAt(step > 0 ? chosenIndex : suggestions.length - 1);
      else setActiveIndex((i) => (Math.min(i, suggestions.length - 1) + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && (expanded || query !== null)) {
      // Handled here, so the app-wide Escape (clear the selection) does not also fire.
      event.preventDefault();
      if (expanded) setOpen(false);
      else setQuery(null);
    }
  };

  return (
    <div className="path-picker">
      <label className="field-label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="combobox">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder="Type a name…"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeOptionId}
          value={query ?? chosenLabel}
          onChange={(event) => {
            setQuery(event.target.value);
            openAt(0);
          }}
          onKeyDown={onKeyDown}
          // Typing replaces the chosen name rather than adding to it.
          onFocus={(event) => event.target.select()}
          onClick={() => {
            if (!expanded) openAt(chosenIndex);
          }}
          onBlur={() => {
            setOpen(false);
            setQuery(null);
          }}
        />
        <ul id={listboxId} role="listbox" aria-label={`${label}: actors`} className="combobox-list" hidden={!expanded}>
          {expanded &&
            suggestions.map((actor) => {
              const note = noteOf?.(actor) ?? null;
              return (
                <li
                  key={actor.id}
                  id={optionId(actor.id)}
                  role="option"
                  aria-selected={actor === active}
                  data-chosen={actor.id === value ? 'true' : undefined}
                  className="combobox-option"
                  // Keep the focus in the input, so the click below still lands.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(actor)}
                >
                  <span className="option-label">{actor.label}</span>
                  <span className="option-type">
                    {ACTOR_TYPE_STYLE[actor.type].label}
                    {note && `, ${note}`}
                  </span>
                </li>
              );
            })}
        </ul>
      </div>
    </div>
  );
}
