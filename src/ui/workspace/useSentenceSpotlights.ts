import { useMemo } from 'react';
import { useAppStore } from '../../store/index.ts';
import type { Spotlight } from '../article/articlePieces.ts';

const NO_SPOTLIGHTS: readonly Spotlight[] = [];

/**
 * The sentence the user asked to see from the details (its document's name under an evidence sentence), as the
 * article's spotlight. Drawn as a path's evidence is: both are sentences stating a relation the user pointed at.
 */
export function useSentenceSpotlights(): readonly Spotlight[] {
  const sentence = useAppStore((s) => s.shownSentence);
  return useMemo(() => (sentence ? [{ ...sentence, kind: 'path' }] : NO_SPOTLIGHTS), [sentence]);
}
