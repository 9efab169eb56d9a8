import { useId, useMemo } from 'react';
import type { Actor, GraphDocument } from '../../extract/types.ts';
import { relationsOf } from '../../graph/relations.ts';
import { ACTOR_TYPE_STYLE } from '../../render/palette.ts';
import { selectSelectedActor, useAppStore } from '../../store/index.ts';
import { TypeSwatch } from '../TypeSwatch.tsx';
import { FocusButton } from '../graph/FocusBar.tsx';
import { PathEndButtons } from '../path/PathEndButtons.tsx';
import { PathPanel } from '../path/PathPanel.tsx';
import { RelationItem } from './RelationItem.tsx';
import { ActorFigures } from '../metrics/ActorFigures.tsx';
import { ActorEditor } from '../edit/ActorEditor.tsx';
import { EditHistory } from '../edit/EditHistory.tsx';
import { AddRelation } from '../edit/AddRelation.tsx';
import { MentionsByDocument } from '../workspace/DocumentSource.tsx';
import './details.css';

/** The selected actor: who it is, how often the text names it, and every relation with its evidence. */
export function DetailsPanel({ graph }: { graph: GraphDocument | null }) {
  const headingId = useId();
  const actor = useAppStore(selectSelectedActor);
  const selectActor = useAppStore((s) => s.selectActor);

  return (
    <aside className="pane details-pane" aria-labelledby={headingId}>
      {graph && graph.actors.length > 0 && <PathPanel graph={graph} />}
      <h2 id={headingId} className="pane-title">
        Details
      </h2>
      <EditHistory />
      {graph && actor ? (
        <ActorDetails graph={graph} actor={actor} onClose={() => selectActor(null)} />
      ) : (
        <p className="empty-note">Select an actor in the graph or the article.</p>
      )}
    </aside>
  );
}

function ActorDetails({ graph, actor, onClose }: { graph: GraphDocument; actor: Actor; onClose: () => void }) {
  const relations = useMemo(() => relationsOf(graph, actor.id), [graph, actor.id]);
  const mentionCount = actor.mentions.length;

  return (
    <div className="actor-details">
      <div className="actor-heading">
        <h3 className="actor-name">{actor.label}</h3>
        <button type="button" className="button-quiet" onClick={onClose}>
          Clear selection
        </button>
      </div>
      <FocusButton actorId={actor.id} />
      <PathEndButtons actorId={actor.id} />
      <ActorEditor graph={graph} actor={actor} />
      <dl className="facts">
        <dt>Type</dt>
        <dd>
          <TypeSwatch type={actor.type} />
          {ACTOR_TYPE_STYLE[actor.type].label}
        </dd>
        <dt>Also called</dt>
        <dd>{actor.aliases.length > 0 ? actor.aliases.join(', ') : '—'}</dd>
        <dt>Mentions</dt>
        <dd>
          {mentionCount} {mentionCount === 1 ? 'mention' : 'mentions'}
          <MentionsByDocument mentions={actor.mentions} />
        </dd>
      </dl>
      <ActorFigures graph={graph} actor={actor} />
      <h4 className="section-title">
        Relations <span className="count">({relations.length})</span>
      </h4>
      {relations.length > 0 ? (
        <ol className="relation-list">
          {relations.map(({ relation, otherId }) => (
            <RelationItem key={relation.id} graph={graph} actorId={actor.id} relation={relation} otherId={otherId} />
          ))}
        </ol>
      ) : (
        <p className="empty-note">The article states no relation of {actor.label} with another actor.</p>
      )}
      <AddRelation graph={graph} actor={actor} />
    </div>
  );
}
