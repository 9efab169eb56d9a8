// Metrics on the visible graph, each from graphology's packages: a map from actor id to a number, and a
// plain-language sentence that explains it. The explorer recomputes them whenever the filters change.
import type { ActorGraph } from '../model.ts';
import { betweennessByActor, explainBetweenness } from './betweenness.ts';
import { communityByActor, explainCommunities, type CommunityOptions } from './communities.ts';
import { degreeByActor, explainDegree } from './degree.ts';

export { betweennessByActor, explainBetweenness } from './betweenness.ts';
export { communityByActor, explainCommunities, groupsOf } from './communities.ts';
export type { CommunityOptions } from './communities.ts';
export { degreeByActor, explainDegree } from './degree.ts';

export type ActorMetricName = 'degree' | 'betweenness' | 'community';

/** What each metric is called, and whether it can size a node (a quantity) or only colour it (a group). */
export const ACTOR_METRICS: Record<ActorMetricName, { label: string; scale: 'quantity' | 'group' }> = {
  degree: { label: 'Related actors', scale: 'quantity' },
  betweenness: { label: 'Go-between', scale: 'quantity' },
  community: { label: 'Group', scale: 'group' },
};

export type ActorMetrics = Record<ActorMetricName, ReadonlyMap<string, number>>;

export function measureActors(model: ActorGraph, options: CommunityOptions = {}): ActorMetrics {
  return {
    degree: degreeByActor(model),
    betweenness: betweennessByActor(model),
    community: communityByActor(model, options),
  };
}

export function explainMetrics(model: ActorGraph, metrics: ActorMetrics): Record<ActorMetricName, string> {
  return {
    degree: explainDegree(model, metrics.degree),
    betweenness: explainBetweenness(model, metrics.betweenness),
    community: explainCommunities(model, metrics.community),
  };
}
