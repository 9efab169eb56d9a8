import type { GraphDocument } from '../../extract/types.ts';
import type { StorySentence } from '../../graph/story.ts';
import type { Spotlight } from '../article/articlePieces.ts';

// Where the story stands, in the words and shapes the story bar and the article need.

/**
 * The step the story is at, within the story: a step from elsewhere (an old link, another article's
 * story) past the last sentence is the last, as the graph shows it (graphUpToSentence clamps too).
 */
export function storyIndex(story: readonly StorySentence[], step: number | null): number | null {
  return step === null || story.length === 0 ? null : Math.min(Math.max(0, Math.floor(step)), story.length - 1);
}

/** The sentence the story is at, or null when the whole article is shown. */
export function currentSentence(story: readonly StorySentence[], step: number | null): StorySentence | null {
  const index = storyIndex(story, step);
  return index === null ? null : (story[index] ?? null);
}

/** The story's sentence as an article spotlight; none when the whole article is shown. */
export function storySpotlights(story: readonly StorySentence[], step: number | null): Spotlight[] {
  const sentence = currentSentence(story, step);
  return sentence === null ? [] : [{ doc: sentence.doc, start: sentence.start, end: sentence.end, kind: 'story' }];
}

/** "Story: sentence 3 of 24", or "Story: whole article, 24 sentences". */
export function storyLabel(story: readonly StorySentence[], step: number | null): string {
  return step === null
    ? `Story: whole article, ${story.length} ${story.length === 1 ? 'sentence' : 'sentences'}`
    : `Story: sentence ${step + 1} of ${story.length}`;
}

/**
 * What a screen reader hears as the story moves: where it is and who comes in, e.g.
 * "Sentence 2 of 19. New: Kerry, Abdullah bin Zayed." Actors named before the step are not new.
 */
export function storyAnnouncement(graph: GraphDocument, story: readonly StorySentence[], step: number | null): string {
  if (step === null) return `Whole article: ${graph.actors.length} actors.`;
  const sentence = story[step];
  if (sentence === undefined) return '';
  const seen = new Set(story.slice(0, step).flatMap((earlier) => earlier.actorIds));
  const labels = new Map(graph.actors.map((actor) => [actor.id, actor.label]));
  const fresh = sentence.actorIds.filter((id) => !seen.has(id)).map((id) => labels.get(id) ?? id);
  return `Sentence ${step + 1} of ${story.length}.${fresh.length > 0 ? ` New: ${fresh.join(', ')}.` : ''}`;
}
