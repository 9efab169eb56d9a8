// Is this English? Enough to tell the user "English is supported" before the extractor finds nothing.
import functionWords from './data/englishFunctionWords.json';

export interface EnglishGuess {
  english: boolean;
  /** 0 (a guess) to 1 (sure) that `english` is right: low for a few words or a share near the threshold. */
  confidence: number;
}

const FUNCTION_WORDS = new Set(functionWords.words);

/**
 * English prose has about two words in five from the list (news: 35–45%); French, German or Spanish prose,
 * which shares few of them, under one in ten; scripts other than Latin none at all.
 */
const ENGLISH_SHARE = 0.2;
/** Words it takes before the share says much: a headline is not enough. */
const WORDS_FOR_FULL_CONFIDENCE = 30;
/** A 20 MB text tells no more than its first pages (a sample of 100,000 took 20 ms of the intake's last task at load 12). */
const SAMPLE_LENGTH = 20_000;

// A word: a run of letters (with marks, and inner apostrophes as in "don't"), or one Chinese or Japanese
// character, as those scripts write no spaces and each character is about a word's worth of meaning.
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Whether the text reads as English, from the share of its words that are common English function words. */
export function looksEnglish(text: string): EnglishGuess {
  const words = text.slice(0, SAMPLE_LENGTH).match(WORD) ?? [];
  if (words.length === 0) return { english: false, confidence: 0 };
  const common = words.filter((word) => FUNCTION_WORDS.has(word.toLowerCase().replace('’', "'"))).length;
  const share = common / words.length;
  const english = share >= ENGLISH_SHARE;
  // Sure when the share is far from the threshold (none, or twice as many), and when there are words enough.
  const distance = english ? Math.min(1, (share - ENGLISH_SHARE) / ENGLISH_SHARE) : (ENGLISH_SHARE - share) / ENGLISH_SHARE;
  const evidence = Math.min(1, words.length / WORDS_FOR_FULL_CONFIDENCE);
  return { english, confidence: round2(distance * evidence) };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
