// Is this value a graph document (shared/graph-format.md)? The first thing wrong, said so the user can find it.
import { ACTOR_TYPES, GRAPH_FORMAT, POLARITIES, type GraphDocument } from '../../extract/types.ts';
import { USUAL_POLARITY } from '../edits/relationEdits.ts';
import { runSteps } from '../../lib/steps.ts';

const RELATION_TYPES: readonly string[] = Object.keys(USUAL_POLARITY);

type Fields = Record<string, unknown>;

/** Actors or relations checked in one step of graphDocumentProblemSteps. */
const ITEMS_PER_STEP = 2000;

/**
 * Checks every field the format promises: the format tag, documents, actors with their mentions, relations with
 * their evidence, ids unique, every reference to an actor or document resolved, every span inside its text.
 * Fields beyond these are allowed and kept. Returns the first problem found, or null when there is none.
 */
export function graphDocumentProblem(value: unknown): string | null {
  return runSteps(graphDocumentProblemSteps(value));
}

/**
 * graphDocumentProblem a few thousand actors or relations at a time, yielding in between, so a caller can let the
 * page paint: checking a 10,000-actor graph in one go held it for ~60 ms.
 */
export function* graphDocumentProblemSteps(value: unknown): Generator<void, string | null> {
  if (!isFields(value)) return `A graph document is a JSON object, and this is ${describe(value)}.`;
  if (value.format !== GRAPH_FORMAT) {
    const found = value.format === undefined ? 'has no "format"' : `has the format ${JSON.stringify(value.format)}`;
    return `This is not an ActorGraph graph: it ${found}, where "${GRAPH_FORMAT}" was expected.`;
  }
  for (const list of ['documents', 'actors', 'relations']) {
    if (!Array.isArray(value[list])) return `"${list}" must be a list, and it is ${describe(value[list])}.`;
  }
  const textLengths = new Map<string, number>();
  const actorIds = new Set<string>();
  return (
    documentsProblem(value.documents as unknown[], textLengths) ??
    (yield* actorsProblem(value.actors as unknown[], textLengths, actorIds)) ??
    (yield* relationsProblem(value.relations as unknown[], textLengths, actorIds))
  );
}

/** Checks the documents, noting each one's text length for the spans. */
function documentsProblem(documents: unknown[], textLengths: Map<string, number>): string | null {
  for (const [index, document] of documents.entries()) {
    const problem = fieldProblem(document, itemName('document', index, document), { id: 'id', title: 'string', text: 'string' });
    if (problem) return problem;
    const { id, text } = document as { id: string; text: string };
    if (textLengths.has(id)) return `Two documents have the id "${id}".`;
    textLengths.set(id, text.length);
  }
  return null;
}

/** Checks the actors and their mentions, noting their ids for the relations. */
function* actorsProblem(
  actors: unknown[],
  textLengths: ReadonlyMap<string, number>,
  actorIds: Set<string>,
): Generator<void, string | null> {
  for (const [index, actor] of actors.entries()) {
    if (index > 0 && index % ITEMS_PER_STEP === 0) yield;
    const name = itemName('actor', index, actor);
    const problem = fieldProblem(actor, name, { id: 'id', label: 'string', aliases: 'strings', mentions: 'list' });
    if (problem) return problem;
    const { id, type, mentions } = actor as { id: string; type: unknown; mentions: unknown[] };
    if (actorIds.has(id)) return `Two actors have the id "${id}".`;
    actorIds.add(id);
    const found =
      vocabularyProblem(type, ACTOR_TYPES, name, 'type') ??
      firstProblem(mentions, (span, n) => spanProblem(span, `mention ${n + 1} of ${name}`, textLengths));
    if (found) return found;
  }
  return null;
}

function* relationsProblem(
  relations: unknown[],
  textLengths: ReadonlyMap<string, number>,
  actorIds: ReadonlySet<string>,
): Generator<void, string | null> {
  const relationIds = new Set<string>();
  for (const [index, relation] of relations.entries()) {
    if (index > 0 && index % ITEMS_PER_STEP === 0) yield;
    const name = itemName('relation', index, relation);
    const problem = fieldProblem(relation, name, { id: 'id', directed: 'boolean', evidence: 'list' });
    if (problem) return problem;
    const fields = relation as Fields & { id: string; evidence: unknown[] };
    if (relationIds.has(fields.id)) return `Two relations have the id "${fields.id}".`;
    relationIds.add(fields.id);
    for (const side of ['source', 'target'] as const) {
      if (typeof fields[side] !== 'string' || !actorIds.has(fields[side])) {
        return `${capitalised(name)} points at unknown actor ${JSON.stringify(fields[side] ?? null)} (its ${side}).`;
      }
    }
    if (!('attributedTo' in fields)) return `${capitalised(name)} has no "attributedTo" (null when the article itself states it).`;
    if (fields.attributedTo !== null && (typeof fields.attributedTo !== 'string' || !actorIds.has(fields.attributedTo))) {
      return `${capitalised(name)} is attributed to unknown actor ${JSON.stringify(fields.attributedTo)}.`;
    }
    if (fields.hedged !== undefined && typeof fields.hedged !== 'boolean') return `${capitalised(name)} has a "hedged" that is not true or false.`;
    if (fields.evidence.length === 0) return `${capitalised(name)} has no evidence: every relation needs the sentence that states it.`;
    const found =
      vocabularyProblem(fields.type, RELATION_TYPES, name, 'type') ??
      vocabularyProblem(fields.polarity, POLARITIES, name, 'polarity') ??
      firstProblem(fields.evidence, (span, n) => spanProblem(span, `evidence ${n + 1} of ${name}`, textLengths));
    if (found) return found;
  }
  return null;
}

function firstProblem(items: readonly unknown[], problemOf: (item: unknown, index: number) => string | null): string | null {
  for (const [index, item] of items.entries()) {
    const problem = problemOf(item, index);
    if (problem) return problem;
  }
  return null;
}

/** How a message names an item: by its id once it has one ("relation r7", "actor "russia""), else by position. */
function itemName(kind: 'document' | 'actor' | 'relation', index: number, item: unknown): string {
  const id = isFields(item) && typeof item.id === 'string' && item.id !== '' ? item.id : null;
  if (id === null) return `${kind} ${index + 1}`;
  return kind === 'relation' ? `relation ${id}` : `${kind} "${id}"`;
}

/** Narrows a value that passed graphDocumentProblem. */
export function isGraphDocument(value: unknown): value is GraphDocument {
  return graphDocumentProblem(value) === null;
}

type FieldKind = 'id' | 'string' | 'strings' | 'boolean' | 'list';

function fieldProblem(value: unknown, name: string, fields: Readonly<Record<string, FieldKind>>): string | null {
  if (!isFields(value)) return `${capitalised(name)} must be an object, and it is ${describe(value)}.`;
  for (const [field, kind] of Object.entries(fields)) {
    const found = value[field];
    const ok =
      kind === 'id' ? typeof found === 'string' && found !== ''
      : kind === 'string' ? typeof found === 'string'
      : kind === 'boolean' ? typeof found === 'boolean'
      : kind === 'strings' ? Array.isArray(found) && found.every((item) => typeof item === 'string')
      : Array.isArray(found);
    if (!ok) return `${capitalised(name)} has ${found === undefined ? 'no' : 'a wrong'} "${field}": ${EXPECTED[kind]}.`;
  }
  return null;
}

const EXPECTED: Readonly<Record<FieldKind, string>> = {
  id: 'a non-empty text was expected',
  string: 'a text was expected',
  strings: 'a list of texts was expected',
  boolean: 'true or false was expected',
  list: 'a list was expected',
};

function vocabularyProblem(value: unknown, known: readonly string[], name: string, field: string): string | null {
  if (typeof value === 'string' && known.includes(value)) return null;
  return `${capitalised(name)} has the ${field} ${JSON.stringify(value ?? null)}, which ActorGraph does not know (it knows ${known.join(', ')}).`;
}

function spanProblem(span: unknown, name: string, textLengths: ReadonlyMap<string, number>): string | null {
  if (!isFields(span)) return `${capitalised(name)} must be an object with "doc", "start" and "end".`;
  const { doc, start, end } = span;
  const length = typeof doc === 'string' ? textLengths.get(doc) : undefined;
  if (length === undefined) return `${capitalised(name)} is in unknown document ${JSON.stringify(doc ?? null)}.`;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `${capitalised(name)} needs whole numbers for "start" and "end".`;
  const [from, to] = [start as number, end as number];
  if (from < 0 || to > length || from >= to) {
    return `${capitalised(name)} (${from}–${to}) lies outside document ${doc} (${length} characters).`;
  }
  return null;
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value === 'string' ? 'text' : typeof value}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
