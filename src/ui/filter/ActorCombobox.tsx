import { useEffect, useId, useMemo, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { Actor } from '../../extract/types.ts';
import { ACTOR_TYPE_STYLE } from '../../render/palette.ts';
import type { ActorSuggestions } from './actorSuggestions.ts';
import './filter.css';

// The one actor combobox (ARIA 1.2, list autocomplete): a text field and a list of actors to pick from, with
// arrows, Enter, Escape and the mouse. What the field shows, which actors the list holds and what a pick does are
// the caller's: the actor filter (a field that empties after each pick), the path's ends and Add relation… (a
// field that shows the chosen actor). The list is short (the best matches); a line under it says how many more match
// and to type to narrow them.

interface Props {
  label: string;
  /** The list's accessible name. */
  listLabel: string;
  /**
   * The actors the list offers, in order, and how many more match: asked for when the list opens and while it is
   * open, so a closed picker costs nothing as a 10,000-actor graph arrives.
   */
  suggest: () => ActorSuggestions;
  /** What the field shows. */
  text: string;
  onType: (text: string) => void;
  onPick: (actor: Actor) => void;
  /** Escape with the list closed takes back what was typed; `typed` says whether there is any. */
  typed: boolean;
  onClearTyped: () => void;
  /** The chosen actor (marked in the list, and where it opens), if the field stands for one. */
  chosenId?: string | null;
  /** A word or two after an actor's type in the list, or null. */
  noteOf?: (actor: Actor) => string | null;
  /** Selects the field's text on focus, so typing replaces a chosen name rather than adding to it. */
  selectOnFocus?: boolean;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  className: string;
  /** Shown after the field (the filter's chips). */
  children?: ReactNode;
}

const NOTHING_SUGGESTED: ActorSuggestions = { actors: [], more: 0 };

export function ActorCombobox(props: Props) {
  const { label, listLabel, suggest, text, onType, onPick, typed, onClearTyped, chosenId = null, noteOf } = props;
  const id = useId();
  const listboxId = `${id}-listbox`;
  const moreId = `${id}-more`;
  const optionId = (actorId: string) => `${id}-option-${actorId}`;
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const { actors: suggestions, more } = useMemo(() => (open ? suggest() : NOTHING_SUGGESTED), [open, suggest]);
  const expanded = open && suggestions.length > 0;
  const active = expanded ? suggestions[Math.min(activeIndex, suggestions.length - 1)] : undefined;

  const openAt = (index: number) => {
    setOpen(true);
    setActiveIndex(index);
  };
  // Opening on the whole list starts at the actor already chosen, if any; ArrowUp opens it on its last actor.
  const openOn = (where: 'chosen' | 'last') => {
    const listed = suggest().actors;
    openAt(where === 'last' ? listed.length - 1 : Math.max(0, listed.findIndex((actor) => actor.id === chosenId)));
  };
  const pick = (actor: Actor) => {
    onPick(actor);
    setOpen(false);
    setActiveIndex(0);
  };

  // A long list shows only some of its actors at once: keep the active one in its view.
  const activeOptionId = active ? optionId(active.id) : undefined;
  useEffect(() => {
    if (activeOptionId) document.getElementById(activeOptionId)?.scrollIntoView({ block: 'nearest' });
  }, [activeOptionId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      if (!expanded) openOn(step > 0 ? 'chosen' : 'last');
      else setActiveIndex((i) => (Math.min(i, suggestions.length - 1) + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && (expanded || typed)) {
      // Handled here, so the app-wide Escape (clear the selection) does not also fire.
      event.preventDefault();
      if (expanded) setOpen(false);
      else onClearTyped();
    }
  };

  return (
    <div className={props.className}>
      <label className="field-label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="combobox">
        <input
          ref={props.inputRef}
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
          aria-describedby={expanded && more > 0 ? moreId : undefined}
          value={text}
          onChange={(event) => {
            onType(event.target.value);
            openAt(0);
          }}
          onKeyDown={onKeyDown}
          onFocus={props.selectOnFocus ? (event) => event.target.select() : undefined}
          // A click lists the actors to choose from without typing; Tab into the field stays quiet.
          onClick={() => {
            if (!expanded) openOn('chosen');
          }}
          onBlur={() => {
            setOpen(false);
            props.onBlur?.();
          }}
        />
        <div className="combobox-popup" hidden={!expanded}>
          <ul id={listboxId} role="listbox" aria-label={listLabel} className="combobox-list">
            {expanded &&
              suggestions.map((actor) => {
                const note = noteOf?.(actor) ?? null;
                return (
                  <li
                    key={actor.id}
                    id={optionId(actor.id)}
                    role="option"
                    aria-selected={actor === active}
                    data-chosen={actor.id === chosenId ? 'true' : undefined}
                    className="combobox-option"
                    // Keep the focus in the input, so the click below still lands and typing can go on.
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
          {expanded && more > 0 && (
            <p id={moreId} className="combobox-more">
              {more.toLocaleString('en')} more {more === 1 ? 'matches' : 'match'}: type to narrow the list.
            </p>
          )}
        </div>
      </div>
      {props.children}
    </div>
  );
}
