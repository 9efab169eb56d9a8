import type { GraphDocument } from '../../extract/types.ts';
import type { ActorsAndRelations } from '../../graph/model.ts';
import { shortestPath, type ActorPath, type PathHop } from '../../graph/path.ts';
import type { Scene } from '../../render/GraphRenderer.ts';
import type { Spotlight } from '../article/articlePieces.ts';

// What the path panel, the graph and the article show for the two ends the user picked: the chain found
// among the actors in view, or which of the plain-word answers applies when there is none.

/** The two ends asked for, as the store keeps them; either may be unset while the user picks. */
export interface PathEnds {
  from: string | null;
  to: string | null;
}

/** What the graph lights for a path: its actors and the links of its hops (`a|b` pair ids, as the scene's). */
export type PathDrawing = NonNullable<Scene['path']>;

export type PathView =
  /** One end or both still to pick (an end the graph lacks, as from a stale link, counts as unpicked). */
  | { status: 'picking'; from: string | null; to: string | null }
  | { status: 'same-actor'; actorId: string }
  | { status: 'found'; from: string; to: string; path: ActorPath; drawing: PathDrawing; spotlights: Spotlight[] }
  /** No chain among the actors shown, though one runs through actors the view hides; `hiddenEnds` are ends not shown. */
  | { status: 'none-shown'; from: string; to: string; hiddenEnds: string[] }
  /** No chain of relations in the whole graph. */
  | { status: 'none'; from: string; to: string };

/**
 * The path between `ends` through what is shown (`visible`: what focus and filters leave of `graph`).
 * When none is shown, the whole graph tells apart "hidden by the view" from "not in the article at all".
 */
export function pathView(graph: GraphDocument, visible: ActorsAndRelations, ends: PathEnds): PathView {
  const known = (id: string | null) => (id !== null && graph.actors.some((actor) => actor.id === id) ? id : null);
  const from = known(ends.from);
  const to = known(ends.to);
  if (from === null || to === null) return { status: 'picking', from, to };
  if (from === to) return { status: 'same-actor', actorId: from };
  const shown = shortestPath({ ...visible, documents: graph.documents }, from, to);
  if (shown) return { status: 'found', from, to, path: shown, drawing: drawingOf(shown), spotlights: spotlightsOf(shown.hops) };
  if (shortestPath(graph, from, to) === null) return { status: 'none', from, to };
  const shownIds = new Set(visible.actors.map((actor) => actor.id));
  return { status: 'none-shown', from, to, hiddenEnds: [from, to].filter((id) => !shownIds.has(id)) };
}

/** The link of a hop as the scene names it: the unordered pair, smaller id first. */
export function linkIdOf(hop: Pick<PathHop, 'fromId' | 'toId'>): string {
  return hop.fromId < hop.toId ? `${hop.fromId}|${hop.toId}` : `${hop.toId}|${hop.fromId}`;
}

function drawingOf(path: ActorPath): PathDrawing {
  return { nodeIds: path.actorIds, linkIds: path.hops.map(linkIdOf) };
}

/** Every hop's evidence sentences in the path's order, each once (two hops may rest on one sentence). */
function spotlightsOf(hops: readonly PathHop[]): Spotlight[] {
  const seen = new Set<string>();
  return hops
    .flatMap((hop) => hop.evidence)
    .filter(({ span }) => {
      const key = `${span.doc}:${span.start}:${span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ span }) => ({ doc: span.doc, start: span.start, end: span.end, kind: 'path' }));
}
