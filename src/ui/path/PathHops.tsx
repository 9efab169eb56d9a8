import type { ActorPath } from '../../graph/path.ts';
import { Fragment } from 'react';
import { useAppStore } from '../../store/index.ts';
import { EvidenceSource } from '../workspace/DocumentSource.tsx';
import { hopRelations } from './pathWords.ts';

// A found path hop by hop: "Kerry (warn →, meet ↔) Russia", each actor a button that selects it, and
// under each hop the article's sentences that state it, quoted as plain text.

export function PathHops({ path, labelOf }: { path: ActorPath; labelOf: (actorId: string) => string }) {
  const selectActor = useAppStore((s) => s.selectActor);
  const actorButton = (actorId: string) => (
    <button type="button" className="link-button" onClick={() => selectActor(actorId)}>
      {labelOf(actorId)}
    </button>
  );

  return (
    <ol className="path-hops" aria-label="Hops of the path">
      {path.hops.map((hop) => (
        <li key={`${hop.fromId}|${hop.toId}`} className="path-hop">
          <p className="hop-head">
            {actorButton(hop.fromId)}
            <span className="hop-relations">
              (
              {hopRelations(hop).map((relation, index) => (
                <span key={relation.id} className="hop-relation">
                  {index > 0 && ', '}
                  {relation.arrow === '←' && <span aria-hidden="true">← </span>}
                  {relation.type}
                  {relation.arrow !== '←' && <span aria-hidden="true"> {relation.arrow}</span>}
                  <span className="visually-hidden"> {relation.direction}</span>
                </span>
              ))}
              )
            </span>
            {actorButton(hop.toId)}
          </p>
          {hop.evidence.map((sentence) => (
            <Fragment key={`${sentence.span.doc}:${sentence.span.start}`}>
              <p className="evidence hop-evidence">{sentence.text.trim()}</p>
              <EvidenceSource sentence={sentence.span} />
            </Fragment>
          ))}
        </li>
      ))}
    </ol>
  );
}
