import { useId, useState } from 'react';
import { POLARITIES, type Polarity, type Relation, type RelationType } from '../../extract/types.ts';
import { relationRefOf } from '../../graph/edits/index.ts';
import { POLARITY_STYLE } from '../../render/palette.ts';
import { useAppStore } from '../../store/index.ts';
import { RELATION_TYPE_ORDER } from '../filter/relationTypes.ts';
import { DeleteRelationButton } from './DeleteRelationButton.tsx';

// A relation's corrections, behind its own "Edit" toggle so the list of relations stays a list to read: its
// type (which brings the type's usual polarity) and its polarity, each one edit, and Delete relation.

export function RelationEditor({ relation, otherLabel }: { relation: Relation; otherLabel: string }) {
  const applyEdit = useAppStore((s) => s.applyEdit);
  const [open, setOpen] = useState(false);
  const id = useId();
  const ref = relationRefOf(relation);
  return (
    <div className="relation-editor">
      <div className="relation-actions">
        <button
          type="button"
          className="button-quiet relation-edit-toggle"
          aria-expanded={open}
          aria-controls={`${id}-form`}
          aria-label={`Edit the ${relation.type} relation with ${otherLabel}`}
          onClick={() => setOpen(!open)}
        >
          Edit
        </button>
        <DeleteRelationButton relation={relation} />
      </div>
      {open && (
        <div id={`${id}-form`} className="relation-edit-form">
          <label htmlFor={`${id}-type`}>Relation type</label>
          <select
            id={`${id}-type`}
            value={relation.type}
            onChange={(event) => applyEdit({ kind: 'set-relation-type', relation: ref, type: event.target.value as RelationType })}
          >
            {RELATION_TYPE_ORDER.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-polarity`}>Polarity</label>
          <select
            id={`${id}-polarity`}
            value={relation.polarity}
            onChange={(event) => applyEdit({ kind: 'set-relation-polarity', relation: ref, polarity: event.target.value as Polarity })}
          >
            {POLARITIES.map((polarity) => (
              <option key={polarity} value={polarity}>
                {POLARITY_STYLE[polarity].label}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
