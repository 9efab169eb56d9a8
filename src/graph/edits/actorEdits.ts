// Corrections to actors: rename, retype, merge, hide, delete. Each is pure: a new graph or the reason it cannot apply.
import type { Actor, ActorType, GraphDocument, Relation, Span } from '../../extract/types.ts';
import type { EditOutcome, HideableActor } from './types.ts';

/** The actor with this id, or the reason to give when a new extraction no longer has it. */
export function findActor(graph: GraphDocument, actorId: string): { ok: true; actor: HideableActor } | { ok: false; reason: string } {
  const actor = graph.actors.find((candidate) => candidate.id === actorId);
  if (actor) return { ok: true, actor };
  return { ok: false, reason: `There is no actor “${actorId}” any more: the text may no longer name it, or it was merged into another.` };
}

/** The new name becomes the label; the old one stays as an alias, as the text still reads it. */
export function renameActor(graph: GraphDocument, actorId: string, label: string): EditOutcome {
  const found = findActor(graph, actorId);
  if (!found.ok) return found;
  const name = label.trim();
  if (name === '') return { ok: false, reason: `An actor needs a name: “${found.actor.label}” was not renamed to an empty one.` };
  const { actor } = found;
  const aliases = uniqueAliases([...actor.aliases, actor.label], name);
  return { ok: true, graph: replaceActor(graph, { ...actor, label: name, aliases }) };
}

export function setActorType(graph: GraphDocument, actorId: string, type: ActorType): EditOutcome {
  const found = findActor(graph, actorId);
  if (!found.ok) return found;
  return { ok: true, graph: replaceActor(graph, { ...found.actor, type }) };
}

/**
 * `fromId` joins `intoId`: its label and aliases become aliases, its mentions join, its relations and the claims
 * it made point at `intoId`. A relation between the two would now be the actor with itself, and is dropped.
 */
export function mergeActors(graph: GraphDocument, intoId: string, fromId: string): EditOutcome {
  if (intoId === fromId) return { ok: false, reason: `An actor cannot be merged into itself (“${intoId}”).` };
  const into = findActor(graph, intoId);
  if (!into.ok) return into;
  const from = findActor(graph, fromId);
  if (!from.ok) return from;
  const merged: HideableActor = {
    ...into.actor,
    aliases: uniqueAliases([...into.actor.aliases, from.actor.label, ...from.actor.aliases], into.actor.label),
    mentions: inDocumentOrder(graph, [...into.actor.mentions, ...from.actor.mentions]),
  };
  const repoint = (id: string) => (id === fromId ? intoId : id);
  const relations = graph.relations
    .map((relation): Relation => ({
      ...relation,
      source: repoint(relation.source),
      target: repoint(relation.target),
      attributedTo: relation.attributedTo === null ? null : repoint(relation.attributedTo),
    }))
    .filter((relation) => relation.source !== relation.target);
  const actors = graph.actors.filter((actor) => actor.id !== fromId).map((actor) => (actor.id === intoId ? merged : actor));
  return { ok: true, graph: { ...graph, actors, relations } };
}

export function setActorHidden(graph: GraphDocument, actorId: string, hidden: boolean): EditOutcome {
  const found = findActor(graph, actorId);
  if (!found.ok) return found;
  const { hidden: _wasHidden, ...actor } = found.actor;
  const replacement: HideableActor = hidden ? { ...actor, hidden: true } : actor;
  return { ok: true, graph: replaceActor(graph, replacement) };
}

/** The actor goes with the relations it is a side of; a claim it made stays in the text, so stays, unattributed. */
export function deleteActor(graph: GraphDocument, actorId: string): EditOutcome {
  const found = findActor(graph, actorId);
  if (!found.ok) return found;
  const relations = graph.relations
    .filter((relation) => relation.source !== actorId && relation.target !== actorId)
    .map((relation) => (relation.attributedTo === actorId ? { ...relation, attributedTo: null } : relation));
  return { ok: true, graph: { ...graph, actors: graph.actors.filter((actor) => actor.id !== actorId), relations } };
}

/** The graph's actors and relations without hidden actors and their relations: what a view should draw. */
export function withoutHiddenActors(graph: GraphDocument): GraphDocument {
  const hidden = new Set(graph.actors.filter((actor: HideableActor) => actor.hidden === true).map((actor) => actor.id));
  if (hidden.size === 0) return graph;
  return {
    ...graph,
    actors: graph.actors.filter((actor) => !hidden.has(actor.id)),
    relations: graph.relations.filter((relation) => !hidden.has(relation.source) && !hidden.has(relation.target)),
  };
}

export function replaceActor(graph: GraphDocument, replacement: Actor): GraphDocument {
  return { ...graph, actors: graph.actors.map((actor) => (actor.id === replacement.id ? replacement : actor)) };
}

/** Each alias once, in first-seen order, never the label itself. */
export function uniqueAliases(aliases: readonly string[], label: string): string[] {
  return [...new Set(aliases)].filter((alias) => alias !== label);
}

/** Spans by document (in the graph's order), then by position. */
export function inDocumentOrder(graph: GraphDocument, spans: readonly Span[]): Span[] {
  const documentIndex = new Map(graph.documents.map((document, index) => [document.id, index]));
  return [...spans].sort((a, b) => (documentIndex.get(a.doc) ?? 0) - (documentIndex.get(b.doc) ?? 0) || a.start - b.start);
}
