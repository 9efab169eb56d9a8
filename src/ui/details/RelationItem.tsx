import { Fragment } from 'react';
import type { GraphDocument, Relation } from '../../extract/types.ts';
import { POLARITY_STYLE } from '../../render/palette.ts';
import { actorById, useAppStore } from '../../store/index.ts';
import { LineSample } from '../LineSample.tsx';
import { RelationEditor } from '../edit/RelationEditor.tsx';
import { EvidenceSource } from '../workspace/DocumentSource.tsx';
import { ShowMore, useLongList } from './ShowMore.tsx';
import './relationItem.css';

// One relation seen from the selected actor: what kind (its polarity drawn as the graph draws its link),
// which way, with whom, who says so and whether it is hedged (each with the graph's mark for it: “, ?),
// and the sentence that states it, quoted from the article as plain text.

interface Props {
  graph: GraphDocument;
  actorId: string;
  relation: Relation;
  otherId: string;
}

export function RelationItem({ graph, actorId, relation, otherId }: Props) {
  const selectActor = useAppStore((s) => s.selectActor);
  const other = actorById(graph, otherId);
  const claimant = actorById(graph, relation.attributedTo);
  const polarity = POLARITY_STYLE[relation.polarity];
  const direction = directionOf(relation, actorId);
  const evidence = useLongList(relation.evidence);

  return (
    <li className="relation">
      <p className="relation-head">
        <span className="relation-type" title={polarity.label}>
          <LineSample color={polarity.color} dash={polarity.dash} />
          {relation.type}
          <span className="visually-hidden"> ({polarity.label.toLowerCase()})</span>
        </span>
        <span className="relation-arrow" aria-hidden="true">
          {direction.arrow}
        </span>
        <span className="visually-hidden">{direction.words}</span>
        <button type="button" className="link-button" onClick={() => selectActor(otherId)}>
          {other?.label ?? otherId}
        </button>
      </p>
      {(relation.attributedTo !== null || relation.hedged) && (
        <p className="relation-qualifiers">
          {relation.attributedTo !== null && (
            <span className="relation-qualifier" data-claimed="true">
              <LineSample color={polarity.color} dash={polarity.dash} claimed />
              according to {claimant?.label ?? relation.attributedTo}
            </span>
          )}
          {relation.hedged && (
            <span className="relation-qualifier hedged" data-hedged="true">
              <LineSample color={polarity.color} dash={polarity.dash} hedged />
              hedged in the text
            </span>
          )}
        </p>
      )}
      {evidence.shown.map((span) => (
        <Fragment key={`${span.doc}:${span.start}`}>
          <blockquote className="evidence">{evidenceText(graph, span)}</blockquote>
          <EvidenceSource sentence={span} />
        </Fragment>
      ))}
      <ShowMore list={evidence} noun="sentences" />
      <RelationEditor relation={relation} otherLabel={other?.label ?? otherId} />
    </li>
  );
}

function directionOf(relation: Relation, actorId: string): { arrow: string; words: string } {
  if (!relation.directed) return { arrow: '↔', words: 'with' };
  return relation.source === actorId ? { arrow: '→', words: 'towards' } : { arrow: '←', words: 'from' };
}

function evidenceText(graph: GraphDocument, span: Relation['evidence'][number]): string {
  const text = graph.documents.find((doc) => doc.id === span.doc)?.text ?? '';
  return text.slice(span.start, span.end).trim();
}
