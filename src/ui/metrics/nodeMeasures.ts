import {
  betweennessByActor,
  communityByActor,
  degreeByActor,
  explainBetweenness,
  explainCommunities,
  explainDegree,
  groupsOf,
  type ActorMetrics,
} from '../../graph/metrics/index.ts';
import { countOf, englishList, labelList } from '../../graph/metrics/ranking.ts';
import type { Actor } from '../../extract/types.ts';
import { toGraphology, type ActorGraph, type ActorsAndRelations } from '../../graph/model.ts';
import type { NodeColouring, NodeSizing } from '../../store/types.ts';

// The metrics of what the graph shows, in the words and numbers the graph's controls and the details
// need: node sizes from 0 to 1, colour groups, one sentence per measure, and one actor's figures.
// Loaded on first use (useMeasures.ts), so only type imports of this module belong anywhere else.

/**
 * The visible graph measured once: its graphology model, every metric, and the sentence for each. Each measure, and
 * the model itself, is worked out when first read: the first drawing (sized by mentions, coloured by type, nothing
 * selected) needs no model, betweenness nor Louvain, the dear ones on a large graph.
 */
export interface MeasuredGraph {
  /** The actors shown, in the graph's order. */
  actors: readonly Actor[];
  model: ActorGraph;
  metrics: ActorMetrics;
  /** The plain-language line for each way of sizing nodes, and for colouring them by group. */
  explanations: Record<NodeSizing | 'community', string>;
  /** The groups, largest first (group 0), each with its actors' labels in the graph's order. */
  groups: Array<{ group: number; labels: string[] }>;
}

export function measureGraph(visible: ActorsAndRelations): MeasuredGraph {
  const model = () => once('model', () => toGraphology(visible));
  const metrics: ActorMetrics = {
    get degree() {
      return once('degree', () => degreeByActor(model()));
    },
    get betweenness() {
      return once('betweenness', () => betweennessByActor(model()));
    },
    get community() {
      return once('community', () => communityByActor(model()));
    },
  };
  const explanations: MeasuredGraph['explanations'] = {
    get mentions() {
      return once('explain mentions', () => explainMentions(visible.actors));
    },
    get degree() {
      return once('explain degree', () => explainDegree(model(), metrics.degree));
    },
    get betweenness() {
      return once('explain betweenness', () => explainBetweenness(model(), metrics.betweenness));
    },
    get community() {
      return once('explain community', () => explainCommunities(model(), metrics.community));
    },
  };
  const known = new Map<string, unknown>();
  function once<T>(key: string, work: () => T): T {
    if (!known.has(key)) known.set(key, work());
    return known.get(key) as T;
  }
  return {
    actors: visible.actors,
    get model() {
      return model();
    },
    metrics,
    explanations,
    get groups() {
      return once('groups', () =>
        groupsOf(metrics.community).map((ids, group) => ({
          group,
          labels: ids.map((id) => model().getNodeAttribute(id, 'actor').label),
        })),
      );
    },
  };
}

/**
 * Each actor's value by `sizing` over the largest value shown: linear, from 0 to 1. Linear because the
 * renderer draws the radius from the square root of the size, so a disc's area grows in step with the
 * measure (twice the go-between, twice the ink), as it always has for mentions. When every value is 0
 * (no actor between others), every node is drawn at the smallest size.
 */
export function nodeSizes(sizing: NodeSizing, measured: MeasuredGraph): ReadonlyMap<string, number> {
  const values =
    sizing === 'mentions'
      ? new Map(measured.actors.map((actor) => [actor.id, actor.mentions.length]))
      : measured.metrics[sizing];
  // Loops rather than spreads and pairs: this runs as a 10,000-actor graph arrives.
  let largest = 0;
  for (const value of values.values()) largest = Math.max(largest, value);
  const sizes = new Map<string, number>();
  for (const [id, value] of values) sizes.set(id, largest > 0 ? value / largest : 0);
  return sizes;
}

/** The colour group of each actor when colouring by group; none when colouring by type. */
export function nodeGroups(colouring: NodeColouring, measured: MeasuredGraph): ReadonlyMap<string, number> | undefined {
  return colouring === 'community' ? measured.metrics.community : undefined;
}

/** One sentence on who the text names most, e.g. "Russia is named most often: 12 mentions." */
export function explainMentions(actors: readonly Actor[]): string {
  if (actors.length === 0) return 'No actors are shown.';
  // One pass over the actors, no maps: at 10,000 actors this runs as the graph arrives.
  const most = actors.reduce((max, actor) => Math.max(max, actor.mentions.length), 0);
  const top = actors.filter((actor) => actor.mentions.length === most);
  const several = top.length > 1;
  return `${englishList(top.map((actor) => actor.label))} ${several ? 'are' : 'is'} named most often: ${countOf(most, 'mention')}${several ? ' each' : ''}.`;
}

/** One actor's place in the graph shown, in words: how related, how much of a go-between, which group. */
export interface ActorFigureLines {
  related: string;
  between: string;
  group: string;
}

/** The figures of `actorId` in the measured graph; null when the graph shown does not include it. */
export function actorFigures(actorId: string, measured: MeasuredGraph): ActorFigureLines | null {
  const { model, metrics } = measured;
  if (!model.hasNode(actorId)) return null;
  const others = model.order - 1;
  const degree = metrics.degree.get(actorId) ?? 0;
  const share = metrics.betweenness.get(actorId) ?? 0;
  const group = metrics.community.get(actorId) ?? 0;
  const mates = (groupsOf(metrics.community)[group] ?? []).filter((id) => id !== actorId);
  const named = mates.slice(0, 3);
  const rest = mates.length - named.length;
  const mateList = rest > 0 ? `${named.map((id) => model.getNodeAttribute(id, 'actor').label).join(', ')} and ${rest} more` : labelList(model, named);
  return {
    related:
      others === 0
        ? 'The only actor shown.'
        : `Related to ${degree} of the ${countOf(others, 'other actor')} shown.`,
    between:
      share === 0
        ? 'On none of the shortest paths between others.'
        : `On ${Math.max(1, Math.round(share * 100))}% of the shortest paths between others.`,
    group: mates.length === 0 ? `Group ${group + 1}, on its own.` : `Group ${group + 1}, with ${mateList}.`,
  };
}
