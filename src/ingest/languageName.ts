// Which language a text that is not English looks like, so the user is told "this text looks like French"
// rather than only "not English". A rough guess: a script other than Latin names itself; Latin-script text is
// scored by the share of its words that are that language's commonest small words.
import hints from './data/languageHints.json';

const SCRIPTS = hints.scripts.map(([script, language]) => ({
  pattern: new RegExp(`\\p{Script=${script}}`, 'gu'),
  language: language!,
}));
const FUNCTION_WORDS = Object.entries(hints.functionWords).map(([language, words]) => ({ language, words: new Set(words) }));

/** Below this share of a language's small words, the guess is not worth saying. */
const MIN_SHARE = 0.12;
const SAMPLE_LENGTH = 20_000;
const LATIN_WORD = /[\p{Script=Latin}]+(?:['’][\p{Script=Latin}]+)*/gu;

/** The language the text most looks like ('French', 'Chinese'), or null when no guess is good enough. */
export function likelyLanguageName(text: string): string | null {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return null;
  // A script most of the letters are written in names the language (Japanese mixes kana into its Han).
  const byScript = SCRIPTS.map(({ pattern, language }) => ({ language, count: (sample.match(pattern) ?? []).length }));
  const japanese = byScript.filter((entry) => entry.language === 'Japanese').reduce((sum, entry) => sum + entry.count, 0);
  if (japanese > letters * 0.1) return 'Japanese';
  const script = byScript.reduce((best, entry) => (entry.count > best.count ? entry : best));
  if (script.count > letters / 2) return script.language;

  const words = (sample.match(LATIN_WORD) ?? []).map((word) => word.toLowerCase());
  if (words.length === 0) return null;
  const scored = FUNCTION_WORDS.map(({ language, words: common }) => ({
    language,
    share: words.filter((word) => common.has(word)).length / words.length,
  }));
  const best = scored.reduce((top, entry) => (entry.share > top.share ? entry : top));
  return best.share >= MIN_SHARE ? best.language : null;
}
