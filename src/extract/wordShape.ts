// What a word's spelling says about it: its lookup key, its case, and the word classes the lexicon puts it in. Every
// stage asks these of the same tokens again and again (each chunk test, each verb and noun sense, each description),
// and a few hundred distinct spellings make up most of a text's tokens; working them out once per spelling, instead
// of by a Unicode regex or a set look-up per question, was a large share of the extractor's time. The lexicon is
// fixed data, so what it says of a spelling is as fixed as its case.
import { keyFactsOf, loadLexicon, type Frame, type KeyFacts } from './data/index.ts';
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
  // From the lexicon:
  /** A capitalised word that may be part of a name: not one the lexicon says names no one ("Monday"), titles aside. */
  nameWord: boolean;
  /** A name particle as written ("von", "bin", "al"). */
  particle: boolean;
  /** A title in lower case ("minister", "spokesperson"). */
  lowercaseTitle: boolean;
  /** The multi-word frames whose first word this is ("on" of "on behalf of"); undefined for most words. */
  frames: readonly Frame[] | undefined;
  /** What the lexicon says of its key. */
  facts: KeyFacts;
}

/** The shape of `text`. Worked out once per spelling: the tokeniser keeps it with the spelling (tokens.ts). */
export function shapeOf(text: string): WordShape {
  const lexicon = loadLexicon();
  const lower = text.toLowerCase();
  const key = nameKey(text);
  const upperInitial = /^\p{Lu}/u.test(text);
  const capitalWord = upperInitial && /\p{L}{2}|^\p{Lu}\.$|^(\p{Lu}\.){2,}$/u.test(text);
  const acronym = /^\p{Lu}{2,}$/u.test(text);
  const facts = keyFactsOf(key);
  // An acronym is checked as written: "WHO" is the World Health Organization, "Who" opens a question.
  const listedNonActor = lexicon.nonActors.has(acronym ? text : key) && !facts.title;
  return {
    lower,
    key,
    upperInitial,
    lowerInitial: /^\p{Ll}/u.test(text),
    letterInitial: /^\p{L}/u.test(text),
    capitalWord,
    acronym,
    letterPair: /\p{L}{2}/u.test(text),
    allCaps: text === text.toUpperCase(),
    nameWord: capitalWord && !listedNonActor,
    particle: lexicon.particles.has(text),
    lowercaseTitle: lexicon.lowercaseTitles.has(lower),
    frames: lexicon.framesByFirstWord.get(lower),
    facts,
  };
}
