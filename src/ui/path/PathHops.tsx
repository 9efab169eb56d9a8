import type { ActorPath } from '../../graph/path.ts';
import { useAppStore } from '../../store/index.ts';
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
            <p key={`${sentence.span.doc}:${sentence.span.start}`} className="evidence hop-evidence">
              {sentence.text.trim()}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
