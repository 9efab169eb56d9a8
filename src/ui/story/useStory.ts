import { useEffect, useMemo, useState } from 'react';
import type { GraphDocument } from '../../extract/types.ts';
import { storySentences, type StorySentence } from '../../graph/story.ts';

// Working out the story reads the whole text (about 40 ms a megabyte here, several times that on a busy machine):
// for an article-sized text it is done at once; above LONG_STORY_CHARS it waits until it is wanted, and then runs
// after the page has painted the "working" state, so a click never looks ignored.

/** Text length (all documents) above which the story is only worked out on request. */
const LONG_STORY_CHARS = 500_000;

export function isLongStory(graph: GraphDocument): boolean {
  return graph.documents.reduce((total, document) => total + document.text.length, 0) > LONG_STORY_CHARS;
}

/** The graph's story once it is wanted: at once for an article-sized text, a moment later for a long one; else null. */
export function useStory(graph: GraphDocument, wanted: boolean): readonly StorySentence[] | null {
  const long = useMemo(() => isLongStory(graph), [graph]);
  const immediate = useMemo(() => (wanted && !long ? storySentences(graph) : null), [graph, wanted, long]);
  const [told, setTold] = useState<{ graph: GraphDocument; story: readonly StorySentence[] } | null>(null);
  useEffect(() => {
    if (!wanted || !long) return;
    // Two frames: the first paints the "working" state, the work runs after it.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setTold({ graph, story: storySentences(graph) }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [graph, wanted, long]);
  return immediate ?? (told?.graph === graph ? told.story : null);
}
