import { useCallback, useState } from 'react';
import type { Actor } from '../../extract/types.ts';
import { ActorCombobox } from '../filter/ActorCombobox.tsx';
import { suggestActors } from '../filter/actorSuggestions.ts';

// One actor chosen from a list (the shared ActorCombobox): type-ahead on names and aliases over every actor,
// and the field shows the chosen actor's name until the user types over it. What a pick does is the caller's.

/** Actors the list offers at once: every actor of an article's graph; of a larger one, typing narrows the rest. */
const LISTED = 50;
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
  // null while the user is not typing: the field then shows the chosen actor's name.
  const [query, setQuery] = useState<string | null>(null);
  const chosenLabel = actors.find((actor) => actor.id === value)?.label ?? '';
  const suggest = useCallback(() => suggestActors(actors, query ?? '', NONE_LEFT_OUT, LISTED), [actors, query]);
  return (
    <ActorCombobox
      className="path-picker"
      label={label}
      listLabel={`${label}: actors`}
      suggest={suggest}
      text={query ?? chosenLabel}
      onType={setQuery}
      onPick={(actor) => {
        onPick(actor.id);
        setQuery(null);
      }}
      typed={query !== null}
      onClearTyped={() => setQuery(null)}
      chosenId={value}
      noteOf={noteOf}
      selectOnFocus
      onBlur={() => setQuery(null)}
    />
  );
}
