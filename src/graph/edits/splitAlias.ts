// Undoing a wrong merge: "Georgia" the US state read as the country, "Washington" the man read as the government.
import type { GraphDocument, Relation, Span } from '../../extract/types.ts';
import { nameKey, slugOf } from '../../extract/normalize.ts';
import { findActor } from './actorEdits.ts';
import type { EditOutcome, HideableActor } from './types.ts';

/**
 * The alias becomes an actor of its own, of the same type, with the mentions that read it (compared as names
 * are: case, full stops and hyphens aside). Its id is the alias's slug, like the extractor's ids, so the same
 * split on the next extraction makes the same actor; "-2", "-3" when another actor has that id already.
 * A relation moves with it when every sentence stating it names the alias and none names the actor otherwise:
 * "Washington warned Moscow" moves, "The United States, or Washington, …" stays.
 */
export function splitAlias(graph: GraphDocument, actorId: string, alias: string): EditOutcome {
  const found = findActor(graph, actorId);
  if (!found.ok) return found;
  const { actor } = found;
  const key = nameKey(alias);
  if (nameKey(actor.label) === key) {
    return { ok: false, reason: `“${alias}” is the name of ${actor.label}, not an alias: rename the actor instead.` };
  }
  const surface = actor.aliases.find((candidate) => nameKey(candidate) === key);
  if (surface === undefined) return { ok: false, reason: `“${alias}” is no longer an alias of ${actor.label}.` };

  const textOf = new Map(graph.documents.map((document) => [document.id, document.text]));
  const readsAlias = (mention: Span) => nameKey(textOf.get(mention.doc)?.slice(mention.start, mention.end) ?? '') === key;
  const moved = actor.mentions.filter(readsAlias);
  const kept = actor.mentions.filter((mention) => !readsAlias(mention));
  const split: HideableActor = { id: freeId(graph, slugOf(surface)), label: surface, type: actor.type, aliases: [], mentions: moved };
  const remaining: HideableActor = { ...actor, aliases: actor.aliases.filter((a) => a !== surface), mentions: kept };

  const movesWithAlias = (relation: Relation) =>
    relation.evidence.every((sentence) => moved.some((m) => within(m, sentence)) && !kept.some((m) => within(m, sentence)));
  const repoint = (id: string) => (id === actorId ? split.id : id);
  const relations = graph.relations.map((relation): Relation => {
    const involved = relation.source === actorId || relation.target === actorId || relation.attributedTo === actorId;
    if (!involved || !movesWithAlias(relation)) return relation;
    return {
      ...relation,
      source: repoint(relation.source),
      target: repoint(relation.target),
      attributedTo: relation.attributedTo === null ? null : repoint(relation.attributedTo),
    };
  });
  const actors = graph.actors.flatMap((candidate) => (candidate.id === actorId ? [remaining, split] : [candidate]));
  return { ok: true, graph: { ...graph, actors, relations } };
}

function freeId(graph: GraphDocument, base: string): string {
  const taken = new Set(graph.actors.map((actor) => actor.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function within(inner: Span, outer: Span): boolean {
  return inner.doc === outer.doc && inner.start >= outer.start && inner.end <= outer.end;
}
