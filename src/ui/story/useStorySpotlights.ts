import { useMemo } from 'react';
import type { GraphDocument } from '../../extract/types.ts';
import { storySentences } from '../../graph/story.ts';
import { useAppStore } from '../../store/index.ts';
import type { Spotlight } from '../article/articlePieces.ts';
import { storySpotlights } from './storyPosition.ts';

/** The story's current sentence as the article's spotlight (a stable array while it stays put). */
export function useStorySpotlights(graph: GraphDocument | null): readonly Spotlight[] {
  const step = useAppStore((s) => s.storyStep);
  // Outside the story there is nothing to spotlight: a long article's story is not worked out for nothing.
  const story = useMemo(() => (graph && step !== null ? storySentences(graph) : []), [graph, step]);
  return useMemo(() => storySpotlights(story, step), [story, step]);
}
