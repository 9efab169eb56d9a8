import { useEffect, useMemo, useState } from 'react';
import type { Actor } from '../../extract/types.ts';
import { runSteps, runStepsPausing } from '../../lib/steps.ts';
import { MENTIONS_PER_STEP, mentionIndexSteps, type MentionIndex } from './articlePieces.ts';

// The shown document's mentions, indexed for the article pane. An article's worth is indexed at once; the hundreds of
// thousands of a 20 MB text a step at a time between the page's other tasks, the text shown plain meanwhile (null).

export function useMentionIndex(actors: readonly Actor[], docId: string): MentionIndex | null {
  const atOnce = useMemo(() => {
    const mentions = actors.reduce((sum, actor) => sum + actor.mentions.length, 0);
    return mentions <= MENTIONS_PER_STEP ? runSteps(mentionIndexSteps(actors, docId)) : null;
  }, [actors, docId]);
  const [built, setBuilt] = useState<{ actors: readonly Actor[]; docId: string; index: MentionIndex } | null>(null);

  useEffect(() => {
    if (atOnce) return;
    let current = true;
    void runStepsPausing(mentionIndexSteps(actors, docId)).then((index) => {
      if (current) setBuilt({ actors, docId, index });
    });
    return () => {
      current = false;
    };
  }, [actors, docId, atOnce]);

  return atOnce ?? (built?.actors === actors && built.docId === docId ? built.index : null);
}
