import { boundedMemo } from './boundedCache.ts';
// What a word's spelling alone says about it: its lookup key and its case. Every stage asks these of the same tokens
// again and again (each chunk test, each verb and noun sense, each description), and a few hundred distinct spellings
// make up most of a text's tokens; working them out once per spelling, instead of by a Unicode regex per question,
// was a large share of the extractor's time.
import { nameKey } from './normalize.ts';

export interface WordShape {
  lower: string;
  /** `nameKey` of the word, the form names are looked up by. */
  key: string;
  /** Opens with an upper-case letter ("Berlin", "EU", "É"). */
  upperInitial: boolean;
  /** Opens with a lower-case letter. */
  lowerInitial: boolean;
  /** Opens with a letter of any case. */
  letterInitial: boolean;
  /** A capitalised word that can be part of a name: two letters or more, or an initial ("D.", "U.S."). */
  capitalWord: boolean;
  /** Two upper-case letters or more and nothing else ("WHO", "NATO"): checked as written, not by its key. */
  acronym: boolean;
  /** Holds two letters in a row: a word rather than a number, a symbol or an initial. */
  letterPair: boolean;
  /** Reads the same in capitals ("NATO", "2024", "—"): a shouted headline is made of these. */
  allCaps: boolean;
}

/** The shape of `text`, shared by every token spelled the same way. */
export const shapeOf: (text: string) => WordShape = boundedMemo(50_000, computeShape);

function computeShape(text: string): WordShape {
  const upperInitial = /^\p{Lu}/u.test(text);
  return {
    lower: text.toLowerCase(),
    key: nameKey(text),
    upperInitial,
    lowerInitial: /^\p{Ll}/u.test(text),
    letterInitial: /^\p{L}/u.test(text),
    capitalWord: upperInitial && /\p{L}{2}|^\p{Lu}\.$|^(\p{Lu}\.){2,}$/u.test(text),
    acronym: /^\p{Lu}{2,}$/u.test(text),
    letterPair: /\p{L}{2}/u.test(text),
    allCaps: text === text.toUpperCase(),
  };
}
