import type { Actor, ActorType, GraphDocument, Polarity, Relation, RelationType } from '../extract/types.ts';
import { actorsWithin, type NeighbourhoodDepth } from './neighbourhood.ts';
import { inducedSubgraph, type VisibleGraph } from './subgraph.ts';

/** One chip of the explorer's filter bar. Chips stack: each one narrows what the ones before it left. */
export type ViewFilter =
  /** The chosen actors and whoever is within `depth` relations of them. */
  | { kind: 'actor'; actorIds: readonly string[]; depth: NeighbourhoodDepth }
  /** Hides actors of these types, and their relations. */
  | { kind: 'actor-type'; hidden: readonly ActorType[] }
  /** Hides relations of these types; the actors stay, as they are still named in the text. */
  | { kind: 'relation-type'; hidden: readonly RelationType[] }
  /** Hides relations of these polarities; the actors stay. */
  | { kind: 'polarity'; hidden: readonly Polarity[] }
  /** Hides actors the text names fewer than `min` times, and their relations. */
  | { kind: 'min-mentions'; min: number }
  /** Keeps what the words name: see `matchText`. */
  | { kind: 'text'; query: string };

export type ViewFilterKind = ViewFilter['kind'];

export interface FilterStep {
  filter: ViewFilter;
  /** How many of the actors and relations left by the chips before this one it hides. */
  removedActors: number;
  removedRelations: number;
}

export interface FilteredGraph extends VisibleGraph {
  /** One per filter, in the order applied, so each chip can say what it hides. */
  steps: FilterStep[];
}

/** Applies the filters in order to the whole graph; actors and relations keep the document's order. */
export function applyFilters(graph: GraphDocument, filters: readonly ViewFilter[]): FilteredGraph {
  let visible: VisibleGraph = { actors: [...graph.actors], relations: [...graph.relations] };
  const steps: FilterStep[] = [];
  for (const filter of filters) {
    const next = applyFilter(graph, visible, filter);
    steps.push({
      filter,
      removedActors: visible.actors.length - next.actors.length,
      removedRelations: visible.relations.length - next.relations.length,
    });
    visible = next;
  }
  return { ...visible, steps };
}

function applyFilter(graph: GraphDocument, visible: VisibleGraph, filter: ViewFilter): VisibleGraph {
  switch (filter.kind) {
    case 'actor':
      // A chip with no actor chosen yet narrows nothing.
      if (filter.actorIds.length === 0) return visible;
      return inducedSubgraph(visible, actorsWithin(visible, filter.actorIds, filter.depth));
    case 'actor-type':
      return keepActors(visible, (actor) => !filter.hidden.includes(actor.type));
    case 'min-mentions':
      return keepActors(visible, (actor) => actor.mentions.length >= filter.min);
    case 'relation-type':
      return keepRelations(visible, (relation) => !filter.hidden.includes(relation.type));
    case 'polarity':
      return keepRelations(visible, (relation) => !filter.hidden.includes(relation.polarity));
    case 'text':
      return matchText(graph, visible, filter.query);
  }
}

function keepActors(visible: VisibleGraph, keep: (actor: Actor) => boolean): VisibleGraph {
  return inducedSubgraph(visible, new Set(visible.actors.filter(keep).map((actor) => actor.id)));
}

function keepRelations(visible: VisibleGraph, keep: (relation: Relation) => boolean): VisibleGraph {
  return { actors: visible.actors, relations: visible.relations.filter(keep) };
}

/**
 * The text search. An actor matches when its names (label and aliases) hold every word of the query;
 * a relation matches when its evidence sentences do, or when either of its actors matches (so "Moscow"
 * finds Russia's relations even where the sentence says "Russia"). What stays: the matching actors, the
 * matching relations, and the actors at both ends of those. Case and accents are ignored; a query
 * without words narrows nothing.
 */
function matchText(graph: GraphDocument, visible: VisibleGraph, query: string): VisibleGraph {
  const words = searchable(query).split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return visible;
  const holdsAllWords = (text: string): boolean => {
    const haystack = searchable(text);
    return words.every((word) => haystack.includes(word));
  };
  const textOf = new Map(graph.documents.map((doc) => [doc.id, doc.text]));
  const evidenceText = (relation: Relation): string =>
    relation.evidence.map((span) => textOf.get(span.doc)?.slice(span.start, span.end) ?? '').join('\n');

  const matchingActorIds = new Set(
    visible.actors.filter((actor) => holdsAllWords([actor.label, ...actor.aliases].join('\n'))).map((actor) => actor.id),
  );
  const relations = visible.relations.filter(
    (relation) =>
      matchingActorIds.has(relation.source) || matchingActorIds.has(relation.target) || holdsAllWords(evidenceText(relation)),
  );
  const shownIds = new Set([...matchingActorIds, ...relations.flatMap((relation) => [relation.source, relation.target])]);
  return { actors: visible.actors.filter((actor) => shownIds.has(actor.id)), relations };
}

/** Lower case without accents, so "Erdogan" finds "Erdoğan" and "assad" finds "Assad". */
function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
