// Corrections as operations: the user's edits, kept as a list on stable ids and replayed on every extraction,
// so they survive the extractor improving. An edit that no longer applies is reported, never dropped in silence.
import type { GraphDocument } from '../../extract/types.ts';
import { deleteActor, mergeActors, renameActor, setActorHidden, setActorType } from './actorEdits.ts';
import { addRelation, deleteRelation, setRelationPolarity, setRelationType } from './relationEdits.ts';
import { splitAlias } from './splitAlias.ts';
import type { EditedGraph, EditOutcome, GraphEdit, SkippedEdit } from './types.ts';

export type { EditedGraph, EditOutcome, GraphEdit, GraphEditKind, HideableActor, RelationRef, SkippedEdit } from './types.ts';
export { withoutHiddenActors } from './actorEdits.ts';
export { findRelation, relationRefOf, USUAL_POLARITY } from './relationEdits.ts';

/**
 * Applies the edits in order, each to the graph the ones before it left. Pure: the graph given is not changed.
 * Never throws: an edit that cannot apply (its actor gone after re-extraction, an alias no longer there, a
 * malformed edit read back from storage) is listed in `skipped` with the reason, and the rest still apply.
 */
export function applyEdits(graph: GraphDocument, edits: readonly GraphEdit[]): EditedGraph {
  const skipped: SkippedEdit[] = [];
  let edited = graph;
  for (const edit of edits) {
    const outcome = applyEditSafely(edited, edit);
    if (outcome.ok) edited = outcome.graph;
    else skipped.push({ edit, reason: outcome.reason });
  }
  return { graph: edited, skipped };
}

function applyEditSafely(graph: GraphDocument, edit: GraphEdit): EditOutcome {
  try {
    return applyEdit(graph, edit);
  } catch (error) {
    return { ok: false, reason: `This edit could not be applied: ${error instanceof Error ? error.message : String(error)}.` };
  }
}

export function applyEdit(graph: GraphDocument, edit: GraphEdit): EditOutcome {
  switch (edit.kind) {
    case 'rename-actor':
      return renameActor(graph, edit.actorId, edit.label);
    case 'set-actor-type':
      return setActorType(graph, edit.actorId, edit.type);
    case 'merge-actors':
      return mergeActors(graph, edit.intoId, edit.fromId);
    case 'split-alias':
      return splitAlias(graph, edit.actorId, edit.alias);
    case 'hide-actor':
      return setActorHidden(graph, edit.actorId, true);
    case 'show-actor':
      return setActorHidden(graph, edit.actorId, false);
    case 'delete-actor':
      return deleteActor(graph, edit.actorId);
    case 'delete-relation':
      return deleteRelation(graph, edit.relation);
    case 'add-relation':
      return addRelation(graph, edit);
    case 'set-relation-type':
      return setRelationType(graph, edit.relation, edit.type);
    case 'set-relation-polarity':
      return setRelationPolarity(graph, edit.relation, edit.polarity);
    default:
      return { ok: false, reason: `ActorGraph does not know the edit “${(edit as { kind?: unknown }).kind}”.` };
  }
}
