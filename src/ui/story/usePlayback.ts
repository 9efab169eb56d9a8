import { useEffect, useState } from 'react';

/** About one sentence per this many milliseconds: time to read the spotlit sentence and see who came in. */
export const STORY_STEP_MS = 1500;

/**
 * Plays a story forward one step at a time and stops at its last step. Play from the end (or from the
 * whole article, `step` null) starts again at the first step. Reduced motion changes nothing here: the
 * steps still come, and whatever moves (scrolling, the graph) follows the reader's setting itself.
 */
export function usePlayback(
  step: number | null,
  last: number,
  setStep: (step: number) => void,
): { playing: boolean; play: () => void; pause: () => void } {
  const [wantsPlay, setWantsPlay] = useState(false);
  const playing = wantsPlay && step !== null && step < last;
  // Reaching the end, or leaving the story (Whole article, a new article), ends the play: moving the
  // slider back afterwards must not set it going again.
  if (wantsPlay && !playing) setWantsPlay(false);

  useEffect(() => {
    if (!playing || step === null) return;
    const timer = window.setTimeout(() => setStep(step + 1), STORY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, step, last, setStep]);

  return {
    playing,
    play: () => {
      if (step === null || step >= last) setStep(0);
      setWantsPlay(true);
    },
    pause: () => setWantsPlay(false),
  };
}
