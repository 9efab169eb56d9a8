import type { Token } from './tokens.ts';
import { lastOf } from './lists.ts';

/** A sentence (or headline, or dateline) as a run of tokens and its span in the text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
}

const MAX_SENTENCE_TOKENS = 250;
const TERMINALS = new Set(['.', '!', '?', '…', '...']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Splits tokens into sentences. A line break always ends one (headlines, datelines and paragraphs carry no full
 * stop); a full stop ends one unless it closes an abbreviation ("Maj.", "Sen.", an initial like "D.") or the next
 * word starts in lower case ("GovExec.com").
 */
export function splitSentences(tokens: readonly Token[], abbreviations: ReadonlySet<string>): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Token[] = [];
  const close = () => {
    const first = current[0];
    const last = lastOf(current);
    if (first && last) sentences.push({ index: sentences.length, start: first.start, end: last.end, tokens: current });
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // No real sentence runs this long; cutting run-on junk keeps every later stage linear.
    if (token.lineBreakBefore || current.length >= MAX_SENTENCE_TOKENS) close();
    current.push(token);
    if (!isTerminal(token.text) || endsAbbreviation(tokens, i, abbreviations)) continue;
    let j = i + 1;
    // A quote mark glued to the full stop closes this sentence; one after a space opens the next.
    while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && !tokens[j]!.lineBreakBefore && !tokens[j]!.spaceBefore) j++;
    const next = tokens[j];
    if (!next || next.lineBreakBefore || startsSentence(next)) {
      current.push(...tokens.slice(i + 1, j));
      i = j - 1;
      close();
    }
  }
  close();
  return sentences;
}

/** Ends a sentence: asked of every token, so the first character answers for nearly all of them. */
function isTerminal(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first === FULL_STOP || first === EXCLAMATION || first === QUESTION || first === ELLIPSIS) && TERMINALS.has(text);
}

const [FULL_STOP, EXCLAMATION, QUESTION, ELLIPSIS] = ['.', '!', '?', '…'].map((c) => c.charCodeAt(0));

function endsAbbreviation(tokens: readonly Token[], i: number, abbreviations: ReadonlySet<string>): boolean {
  const dot = tokens[i]!;
  const previous = tokens[i - 1];
  if (dot.text !== '.' || !previous || dot.spaceBefore) return false;
  const word = previous.text.endsWith('.') ? previous.text.slice(0, -1) : previous.text;
  return abbreviations.has(word) || isInitial(word);
}

// Both asked at nearly every full stop: ASCII answered by comparison, the rest by the Unicode regexes.

/** One upper-case letter ("D" of "D."). */
function isInitial(word: string): boolean {
  if (word.length === 0 || word.length > 2) return false;
  const code = word.charCodeAt(0);
  if (code < 128) return word.length === 1 && code >= 65 && code <= 90;
  return /^\p{Lu}$/u.test(word);
}

function startsSentence(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34 || code === 39 || code === 40 || code === 91;
  return /^[\p{Lu}\p{N}"“‘'([]/u.test(token.text);
}
