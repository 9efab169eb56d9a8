import type { Actor, ActorType, GraphDocument, Polarity, RelationType, Span } from '../../extract/types.ts';

/**
 * Names one relation across extractions. Relation ids (r1, r2, …) number relations in the order found, so they
 * shift when the extractor changes; who relates to whom, in which sentence, does not. `type` only tells apart
 * two relations one sentence states between the same actors ("Russia met and then criticised Turkey").
 */
export interface RelationRef {
  source: string;
  target: string;
  type: RelationType;
  /** The relation's first evidence span. */
  evidence: Span;
}

/**
 * One correction the user made, on stable ids: actor ids are slugs of canonical names, the same on every run,
 * and relations are named by `RelationRef`. Kept as a list and replayed on each new extraction.
 */
export type GraphEdit =
  | { kind: 'rename-actor'; actorId: string; label: string }
  | { kind: 'set-actor-type'; actorId: string; type: ActorType }
  /** `fromId` joins `intoId`, which keeps its id, label and type; relations between the two are dropped. */
  | { kind: 'merge-actors'; intoId: string; fromId: string }
  /** The alias and the mentions that read it become an actor of their own (see splitAlias). */
  | { kind: 'split-alias'; actorId: string; alias: string }
  /** Hidden actors stay in the document, marked `hidden: true` (see HideableActor). */
  | { kind: 'hide-actor'; actorId: string }
  | { kind: 'show-actor'; actorId: string }
  /** The actor and every relation it is a side of; claims it made stay, with no claimant. */
  | { kind: 'delete-actor'; actorId: string }
  | { kind: 'delete-relation'; relation: RelationRef }
  | {
      kind: 'add-relation';
      source: string;
      target: string;
      type: RelationType;
      polarity: Polarity;
      directed: boolean;
      /** The sentence that states it: must lie inside one of the documents. */
      evidence: Span;
    }
  /** Sets the type and the polarity that type usually has (see USUAL_POLARITY); set-relation-polarity after it overrides. */
  | { kind: 'set-relation-type'; relation: RelationRef; type: RelationType }
  | { kind: 'set-relation-polarity'; relation: RelationRef; polarity: Polarity };

export type GraphEditKind = GraphEdit['kind'];

/**
 * An actor as the edits leave it. The graph format allows fields beyond its own, so a hidden actor keeps its
 * place, mentions and relations in the document (exported and imported as is) and only carries `hidden: true`;
 * views leave it out with `withoutHiddenActors`.
 */
export interface HideableActor extends Actor {
  hidden?: boolean;
}

/** An edit that no longer applies, and why, in words for the user. */
export interface SkippedEdit {
  edit: GraphEdit;
  reason: string;
}

export interface EditedGraph {
  graph: GraphDocument;
  skipped: SkippedEdit[];
}

/** What one edit does to the graph: a new graph, or why it cannot apply. */
export type EditOutcome = { ok: true; graph: GraphDocument } | { ok: false; reason: string };
