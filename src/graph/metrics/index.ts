// Metrics on the visible graph (graphology's Louvain, our own Brandes): a map from actor id to a number, and a
// plain-language sentence that explains it. The explorer recomputes them whenever the filters change.

export { betweennessByActor, explainBetweenness } from './betweenness.ts';
export { communityByActor, explainCommunities, groupsOf } from './communities.ts';
export type { CommunityOptions } from './communities.ts';
export { degreeByActor, explainDegree } from './degree.ts';

export type ActorMetricName = 'degree' | 'betweenness' | 'community';

export type ActorMetrics = Record<ActorMetricName, ReadonlyMap<string, number>>;
