// The graphs of a text's parts, and of a workspace's documents, made one: actors named in several parts become one
// actor by the alias rules one text's reading uses (a bare surname joins the one full name that ends with it, an
// acronym its expansion, a gazetteer entry is its id), applied only between parts, since each part's reading
// already decided what it holds. Relations follow their actors; a relation merged into a self-loop is dropped.

import type { Actor, Relation } from './types.ts';
import type { Lexicon } from './data/index.ts';
import { nameKey } from './normalize.ts';
import { positionsByKey, properWordSuffixes } from './nameIndex.ts';
import { abbreviates, initialsOf } from './actors.ts';
import { withoutUnsupportedActors } from './evidence.ts';

/** One part's reading before unsupported actors are dropped: that needs every part's relations. */
export interface PartGraph {
  actors: Actor[];
  relations: Relation[];
  /** Actors this part names too weakly to keep unless a relation involves them (see evidence.ts). */
  tentative: ReadonlySet<string>;
}

interface Group {
  actor: Actor;
  /** Parts that name it: two groups in one part were kept apart by that part's reading. */
  parts: Set<number>;
  tentative: boolean;
}

/** The parts (in reading order) as one set of actors and relations, relations numbered r1, r2… */
export function combineParts(parts: readonly PartGraph[], documentOrder: readonly string[], lexicon: Lexicon): { actors: Actor[]; relations: Relation[] } {
  const groups = groupsById(parts);
  const known = knownIds(lexicon);
  const into = aliasTargets([...groups.values()], known, lexicon);
  const finalId = (id: string): string => {
    let current = id;
    for (let next = into.get(current); next !== undefined; next = into.get(current)) current = next;
    return current;
  };
  for (const [id, group] of groups) {
    const target = finalId(id);
    if (target === id) continue;
    absorb(groups.get(target)!, group.actor, group.parts, group.tentative);
    groups.delete(id);
  }
  const documentIndex = new Map(documentOrder.map((id, i) => [id, i]));
  const actors = [...groups.values()].map(({ actor }) => ({
    ...actor,
    // Spans of one document (nearly all pairs) compare by start alone: no look-up of their documents' order.
    mentions: [...actor.mentions].sort((a, b) => (a.doc === b.doc ? a.start - b.start : documentIndex.get(a.doc)! - documentIndex.get(b.doc)!)),
  }));
  const relations = mergedRelations(parts.flatMap((part) => part.relations), finalId);
  const tentative = new Set([...groups.values()].filter((g) => g.tentative).map((g) => g.actor.id));
  const kept = withoutUnsupportedActors(actors, relations, tentative);
  return { actors: kept.actors, relations: kept.relations.map((r, i) => ({ ...r, id: `r${i + 1}` })) };
}

/**
 * The relations with their ends renamed to the merged actors. A relation one document states in several parts is
 * one relation with all its evidence, as when it is stated twice in one part; documents keep their own, as before.
 */
function mergedRelations(relations: readonly Relation[], finalId: (id: string) => string): Relation[] {
  const merged = new Map<string, Relation>();
  for (const r of relations) {
    const source = finalId(r.source);
    const target = finalId(r.target);
    // "Kerry met John Kerry" is no relation once the two are one.
    if (source === target) continue;
    const [a, b] = !r.directed && target < source ? [target, source] : [source, target];
    const key = `${r.evidence[0]?.doc}|${a}|${b}|${r.type}`;
    const existing = merged.get(key);
    if (existing) {
      existing.evidence.push(...r.evidence);
      existing.hedged = existing.hedged && r.hedged;
      existing.attributedTo ??= r.attributedTo === null ? null : finalId(r.attributedTo);
      continue;
    }
    merged.set(key, { ...r, source, target, attributedTo: r.attributedTo === null ? null : finalId(r.attributedTo), evidence: [...r.evidence] });
  }
  return [...merged.values()];
}

/** Actors with the same id are one: the same gazetteer entry, or the same name read in two parts. */
function groupsById(parts: readonly PartGraph[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  parts.forEach((part, index) => {
    for (const actor of part.actors) {
      const existing = groups.get(actor.id);
      const tentative = part.tentative.has(actor.id);
      // An actor named again in a later part joins the group as it is; only a group's own actor is a copy to grow.
      if (existing) absorb(existing, actor, [index], tentative);
      else groups.set(actor.id, { actor: { ...actor, aliases: [...actor.aliases], mentions: [...actor.mentions] }, parts: new Set([index]), tentative });
    }
  });
  return groups;
}

function absorb(into: Group, other: Actor, parts: Iterable<number>, tentative: boolean): void {
  const { actor } = into;
  // A loop, not push(...): an actor named a hundred thousand times would overflow the call stack.
  for (const mention of other.mentions) actor.mentions.push(mention);
  actor.aliases = [...new Set([...actor.aliases, other.label, ...other.aliases])].filter((a) => a !== actor.label);
  for (const part of parts) into.parts.add(part);
  into.tentative &&= tentative;
}

/**
 * Actor id → the id of the actor it is another name for. Only names the gazetteer does not know are folded into
 * others, as in one text's reading; and only into an actor no part names beside it.
 */
function aliasTargets(groups: readonly Group[], known: ReadonlySet<string>, lexicon: Lexicon): Map<string, string> {
  const keys = groups.map((g) => nameKey(g.actor.label));
  const endingWith = positionsByKey(keys.map(properWordSuffixes));
  const unknown = groups.map((g) => !known.has(g.actor.id));
  // Filed under its initials and those less the last, as one text's reading does: "EADS" finds "… Space Company".
  const initials = groups.map((g, i) => (unknown[i] ? initialsOf(g.actor.label) : ''));
  const byInitials = positionsByKey(initials.map((x) => (x === '' ? [] : [x, x.slice(0, -1)])));
  const organisation = (i: number) => organisationLike(groups[i]!, keys[i]!, known, lexicon);
  const apart = (i: number, j: number) => ![...groups[i]!.parts].some((p) => groups[j]!.parts.has(p));
  const into = new Map<string, string>();
  groups.forEach((group, i) => {
    if (!unknown[i]) return;
    // "Kerry" → the one longer name ending in it; two people sharing the surname leave it alone.
    const longer = endingWith(keys[i]!).filter((j) => organisation(j) === organisation(i));
    const label = group.actor.label;
    const acronyms = /^[A-Z]{2,6}$/.test(label) ? byInitials(label).filter((j) => j !== i && abbreviates(label, initials[j]!)) : [];
    const [target] = longer.length === 1 ? longer : acronyms.length === 1 ? acronyms : [];
    if (target !== undefined && apart(i, target)) into.set(group.actor.id, groups[target]!.actor.id);
  });
  return into;
}

function organisationLike(group: Group, key: string, known: ReadonlySet<string>, lexicon: Lexicon): boolean {
  const { type, id } = group.actor;
  if (known.has(id)) return type === 'organization' || type === 'armed-group' || type === 'media';
  return key.split(' ').some((word) => lexicon.orgHeads.has(word) || lexicon.corporateSuffixes.has(word));
}

let knownIdCache: { lexicon: Lexicon; ids: ReadonlySet<string> } | null = null;

/** The ids the gazetteer gives: an actor with one is named, not guessed, and is never another's alias. */
function knownIds(lexicon: Lexicon): ReadonlySet<string> {
  if (knownIdCache?.lexicon !== lexicon) knownIdCache = { lexicon, ids: new Set([...lexicon.gazetteer.values()].map((hit) => hit.actor.id)) };
  return knownIdCache.ids;
}
