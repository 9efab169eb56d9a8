// Corrections to relations: delete, add, retype, change polarity. Relations are found by RelationRef, not by id.
import type { GraphDocument, Polarity, Relation, RelationType, Span } from '../../extract/types.ts';
import { findActor } from './actorEdits.ts';
import type { EditOutcome, GraphEdit, RelationRef } from './types.ts';

/** The polarity each relation type has unless the text says otherwise (see shared/graph-format.md). */
export const USUAL_POLARITY: Readonly<Record<RelationType, Polarity>> = {
  meet: 'cooperative',
  cooperate: 'cooperative',
  support: 'cooperative',
  member: 'neutral',
  statement: 'neutral',
  oppose: 'conflictual',
  warn: 'conflictual',
  sever: 'conflictual',
  attack: 'conflictual',
};

/** How an edit names this relation; build it from the graph the user sees, edits before it applied. */
export function relationRefOf(relation: Relation): RelationRef {
  const evidence = relation.evidence[0] ?? { doc: '', start: 0, end: 0 };
  return { source: relation.source, target: relation.target, type: relation.type, evidence };
}

/**
 * The relation a ref names: same actors (either way round when undirected) stated in the same sentence, or, should
 * a new extraction split sentences differently, in a sentence overlapping it. When one sentence states several
 * relations between the two, the type tells them apart.
 */
export function findRelation(graph: GraphDocument, ref: RelationRef): { ok: true; relation: Relation } | { ok: false; reason: string } {
  const between = graph.relations.filter(
    (relation) =>
      (relation.source === ref.source && relation.target === ref.target) ||
      (!relation.directed && relation.source === ref.target && relation.target === ref.source),
  );
  const sameSentence = between.filter((relation) => sameSpan(relation.evidence[0], ref.evidence));
  const candidates = sameSentence.length > 0 ? sameSentence : between.filter((relation) => relation.evidence.some((span) => overlaps(span, ref.evidence)));
  const sameType = candidates.filter((relation) => relation.type === ref.type);
  const relation = candidates.length === 1 ? candidates[0] : sameType[0];
  if (relation) return { ok: true, relation };
  const [source, target] = [labelOf(graph, ref.source), labelOf(graph, ref.target)];
  return { ok: false, reason: `The “${ref.type}” relation between ${source} and ${target} is no longer found in that sentence.` };
}

export function deleteRelation(graph: GraphDocument, ref: RelationRef): EditOutcome {
  const found = findRelation(graph, ref);
  if (!found.ok) return found;
  return { ok: true, graph: { ...graph, relations: graph.relations.filter((relation) => relation !== found.relation) } };
}

export function setRelationType(graph: GraphDocument, ref: RelationRef, type: RelationType): EditOutcome {
  return updateRelation(graph, ref, { type, polarity: USUAL_POLARITY[type] });
}

export function setRelationPolarity(graph: GraphDocument, ref: RelationRef, polarity: Polarity): EditOutcome {
  return updateRelation(graph, ref, { polarity });
}

function updateRelation(graph: GraphDocument, ref: RelationRef, change: Partial<Pick<Relation, 'type' | 'polarity'>>): EditOutcome {
  const found = findRelation(graph, ref);
  if (!found.ok) return found;
  const relations = graph.relations.map((relation) => (relation === found.relation ? { ...relation, ...change } : relation));
  return { ok: true, graph: { ...graph, relations } };
}

/**
 * A relation the extractor missed, with the sentence the user chose as its evidence. Its id is the first free
 * "added-N", as extracted ones are "rN"; edits after it name it by RelationRef all the same.
 */
export function addRelation(graph: GraphDocument, edit: Extract<GraphEdit, { kind: 'add-relation' }>): EditOutcome {
  const source = findActor(graph, edit.source);
  if (!source.ok) return source;
  const target = findActor(graph, edit.target);
  if (!target.ok) return target;
  if (edit.source === edit.target) return { ok: false, reason: `A relation needs two actors: ${source.actor.label} cannot relate to itself.` };
  const spanProblem = evidenceProblem(graph, edit.evidence);
  if (spanProblem !== null) return { ok: false, reason: spanProblem };
  const ids = new Set(graph.relations.map((relation) => relation.id));
  let n = 1;
  while (ids.has(`added-${n}`)) n++;
  const relation: Relation = {
    id: `added-${n}`,
    source: edit.source,
    target: edit.target,
    type: edit.type,
    polarity: edit.polarity,
    directed: edit.directed,
    attributedTo: null,
    evidence: [{ doc: edit.evidence.doc, start: edit.evidence.start, end: edit.evidence.end }],
  };
  return { ok: true, graph: { ...graph, relations: [...graph.relations, relation] } };
}

/** Why a span cannot be evidence (no such document, outside its text, empty), or null when it can. */
function evidenceProblem(graph: GraphDocument, span: Span): string | null {
  const document = graph.documents.find((candidate) => candidate.id === span.doc);
  if (!document) return `The sentence given as evidence is in a document “${span.doc}” that is no longer open.`;
  const whole = Number.isInteger(span.start) && Number.isInteger(span.end);
  if (!whole || span.start < 0 || span.end > document.text.length || span.start >= span.end) {
    return `The evidence ${span.start}–${span.end} does not lie inside “${document.title}” (${document.text.length} characters).`;
  }
  return null;
}

function labelOf(graph: GraphDocument, actorId: string): string {
  return graph.actors.find((actor) => actor.id === actorId)?.label ?? `“${actorId}”`;
}

function sameSpan(a: Span | undefined, b: Span): boolean {
  return a !== undefined && a.doc === b.doc && a.start === b.start && a.end === b.end;
}

function overlaps(a: Span, b: Span): boolean {
  return a.doc === b.doc && a.start < b.end && b.start < a.end;
}
