import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { POLARITIES, type Actor, type GraphDocument, type Polarity, type RelationType, type Span } from '../../extract/types.ts';
import { USUAL_POLARITY } from '../../graph/edits/index.ts';
import { POLARITY_STYLE } from '../../render/palette.ts';
import { useAppStore } from '../../store/index.ts';
import { RELATION_TYPE_ORDER } from '../filter/relationTypes.ts';
import { ActorPicker } from '../path/ActorPicker.tsx';
import { evidenceChoices, type SentenceReach } from './evidenceSentences.ts';

// A relation the extractor missed, between the selected actor and one the user picks, with a sentence of the
// text as its evidence: the sentences naming both come first, then those naming either; a search narrows them.

/** How many sentences the list shows at once; the search reaches the rest. */
const SHOWN_SENTENCES = 40;

type Direction = 'from-actor' | 'to-actor' | 'both';

const REACH_WORDS: Readonly<Record<SentenceReach, string>> = { both: 'Names both', one: 'Names one', neither: 'Names neither' };

const spanKey = (span: Span) => `${span.doc}:${span.start}-${span.end}`;

export function AddRelationForm({ graph, actor, onDone }: { graph: GraphDocument; actor: Actor; onDone: () => void }) {
  const applyEdit = useAppStore((s) => s.applyEdit);
  const id = useId();
  const [otherId, setOtherId] = useState<string | null>(null);
  const [type, setType] = useState<RelationType>('meet');
  // null: the type's usual polarity, until the user picks one.
  const [polarity, setPolarity] = useState<Polarity | null>(null);
  const [direction, setDirection] = useState<Direction>('from-actor');
  const [query, setQuery] = useState('');
  const [evidence, setEvidence] = useState<Span | null>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('[role="combobox"]')?.focus();
  }, []);

  const others = useMemo(() => graph.actors.filter((candidate) => candidate.id !== actor.id), [graph, actor.id]);
  const other = others.find((candidate) => candidate.id === otherId) ?? null;
  const choices = useMemo(() => evidenceChoices(graph, actor, other, query), [graph, actor, other, query]);
  const shown = choices.slice(0, SHOWN_SENTENCES);
  const chosenPolarity = polarity ?? USUAL_POLARITY[type];
  const otherName = other?.label ?? 'the other actor';

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!other || !evidence) return;
    const [source, target] = direction === 'to-actor' ? [other.id, actor.id] : [actor.id, other.id];
    applyEdit({ kind: 'add-relation', source, target, type, polarity: chosenPolarity, directed: direction !== 'both', evidence });
    onDone();
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Handled here, so the app-wide Escape does not also clear the selection.
    event.preventDefault();
    onDone();
  };

  return (
    <form ref={form} className="add-relation-form" aria-label={`Add a relation of ${actor.label}`} onSubmit={add} onKeyDown={closeOnEscape}>
      <ActorPicker label="Other actor" actors={others} value={otherId} onPick={setOtherId} />
      <div className="edit-row">
        <label htmlFor={`${id}-type`}>Relation type</label>
        <select id={`${id}-type`} value={type} onChange={(event) => setType(event.target.value as RelationType)}>
          {RELATION_TYPE_ORDER.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <div className="edit-row">
        <label htmlFor={`${id}-polarity`}>Polarity</label>
        <select id={`${id}-polarity`} value={chosenPolarity} onChange={(event) => setPolarity(event.target.value as Polarity)}>
          {POLARITIES.map((option) => (
            <option key={option} value={option}>
              {POLARITY_STYLE[option].label}
              {option === USUAL_POLARITY[type] ? ` (usual for ${type})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="edit-row">
        <label htmlFor={`${id}-direction`}>Direction</label>
        <select id={`${id}-direction`} value={direction} onChange={(event) => setDirection(event.target.value as Direction)}>
          <option value="from-actor">
            {actor.label} → {otherName}
          </option>
          <option value="to-actor">
            {otherName} → {actor.label}
          </option>
          <option value="both">Both ways (undirected)</option>
        </select>
      </div>
      <fieldset className="evidence-picker">
        <legend>Sentence that states it</legend>
        <label className="visually-hidden" htmlFor={`${id}-search`}>
          Find a sentence
        </label>
        <input
          id={`${id}-search`}
          type="search"
          placeholder="Find a sentence…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p className="evidence-count" aria-live="polite">
          {sentenceCountWords(choices.length, shown.length, query)}
        </p>
        {shown.length > 0 && (
          <ul className="evidence-choices">
            {shown.map((choice) => (
              <li key={spanKey(choice.span)}>
                <label>
                  <input
                    type="radio"
                    name={`${id}-evidence`}
                    checked={evidence !== null && spanKey(evidence) === spanKey(choice.span)}
                    onChange={() => setEvidence(choice.span)}
                  />
                  <span className="evidence-reach" data-reach={choice.reach}>
                    {REACH_WORDS[choice.reach]}
                  </span>
                  <span className="evidence-text">{choice.text}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div className="edit-row">
        <button type="submit" className="button-primary" disabled={!other || !evidence}>
          Add relation
        </button>
        <button type="button" className="button-quiet" onClick={onDone}>
          Cancel
        </button>
        {(!other || !evidence) && <span className="edit-hint">{!other ? 'Pick the other actor.' : 'Choose the sentence that states it.'}</span>}
      </div>
    </form>
  );
}

function sentenceCountWords(total: number, shown: number, query: string): string {
  if (total === 0) return query.trim() === '' ? 'No sentence names either actor: search the text.' : `No sentence contains “${query.trim()}”.`;
  const count = total === 1 ? '1 sentence' : `${total} sentences`;
  return shown < total ? `${count}; the first ${shown} shown: search to narrow.` : count;
}
