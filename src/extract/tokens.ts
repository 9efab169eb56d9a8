import { boundedMemo } from './boundedCache.ts';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { shapeOf, type WordShape } from './wordShape.ts';

/** One word or punctuation mark, with its exact place in the document text. */
export interface Token {
  index: number;
  /** UTF-16 offsets into the document text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, …). */
  pos: string;
  lemma: string;
  lower: string;
  /** Whitespace separates it from the previous token (matters for hyphen compounds and "Maj."). */
  spaceBefore: boolean;
  /** A line break separates it from the previous token (headlines and paragraphs end there). */
  lineBreakBefore: boolean;
  /** Its key and case, shared with every token spelled the same way. */
  shape: WordShape;
}

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | null = null;

// The model is ~1 MB of tables: build it on first use, once per process or worker. Only the tagger runs on top of
// wink's tokeniser: we split sentences ourselves, and its tags do not depend on its sentence boundaries (its
// sentence detection cost a sixth of readDoc and changed no tag, value or lemma on the bench corpus).
function loadWink(): Wink {
  wink ??= winkNLP(model, ['pos']);
  return wink;
}

/** Builds the language model now rather than at the first text: a worker does it while the page is busy starting. */
export function prepareTokenizer(): void {
  loadWink();
}

// How far past the expected place we look for a token wink reports; beyond it the token is dropped,
// which keeps the scan linear even if wink ever normalises a character we cannot find again.
const SEARCH_WINDOW = 64;

/**
 * Tokenises text[from, to) with wink and pins every token to its exact offsets in the whole text, so a part of a long
 * document is read in the document's own offsets and nothing needs shifting afterwards.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  if (part.trim() === '') return [];
  const wink = loadWink();
  const { its } = wink;
  const all = wink.readDoc(part).tokens();
  const values = all.out(its.value);
  const tags = all.out(its.pos);
  const contracted = all.out(its.contractionFlag);
  // wink's typings reject its.lemma (it takes model add-ons); at run time it is an ordinary token property.
  const winkLemma = (i: number): string | undefined => all.itemAt(i).out(its.lemma as unknown as typeof its.value);
  const tokens: Token[] = [];
  let cursor = from;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    if (isBlankToken(value)) continue; // line breaks and tabs come back as tokens: we read them from the gaps instead
    const start = placeOf(text, value, cursor, to);
    if (start < 0) continue;
    const spelling = spellingOf(value);
    const lower = spelling.shape.lower;
    const pos = tags[i] ?? 'X';
    tokens.push({
      index: tokens.length,
      start,
      end: start + value.length,
      text: value,
      pos,
      lemma: contracted[i] ? ourLemma(value, lower, winkLemma(i)) : lemmaByTag(spelling, value, pos, i, winkLemma),
      lower,
      spaceBefore: start > cursor || tokens.length === 0,
      lineBreakBefore: hasLineBreak(text, cursor, start),
      shape: spelling.shape,
    });
    cursor = start + value.length;
  }
  return tokens;
}

/**
 * Where `value` starts at or after `cursor` and ends by `end`, within the search window; -1 if not there. Almost every
 * token follows the previous one after a few spaces, so we skip those and compare in place before searching (a
 * search slices).
 */
function placeOf(text: string, value: string, cursor: number, end: number): number {
  let at = cursor;
  while (at < end && at - cursor < SEARCH_WINDOW && isBlank(text.charCodeAt(at))) at++;
  if (at + value.length <= end && text.startsWith(value, at)) return at;
  const found = text.slice(cursor, Math.min(end, cursor + value.length + SEARCH_WINDOW)).indexOf(value);
  return found < 0 ? -1 : cursor + found;
}

/** Our lemma from wink's: the lower-case form, one shared string per lemma. */
function ourLemma(value: string, lower: string, lemma: string | undefined): string {
  return lemma === undefined || lemma === value ? lower : lowerLemma(lemma);
}

/**
 * A word's lemma, worked out by wink once per spelling and tag. Outside contractions ("can't" → "ca" + "n't", whose
 * parts carry their own lemmas) wink's lemma depends on nothing else: the spelling's entry in its lexicon, or its
 * lemmatiser's rules for the tag, which consult only the fixed lexicon. Asking wink for every token's lemma was a
 * tenth of tokenising.
 */
function lemmaByTag(spelling: Spelling, value: string, pos: string, i: number, winkLemma: (i: number) => string | undefined): string {
  const { lemmas, shape } = spelling;
  // A spelling takes one or two tags in practice: scanning its own few pairs beats a look-up in a map of every word.
  for (let k = 0; k < lemmas.length; k += 2) if (lemmas[k] === pos) return lemmas[k + 1]!;
  const lemma = ourLemma(value, shape.lower, winkLemma(i));
  lemmas.push(pos, lemma);
  return lemma;
}

/**
 * What every token spelled the same way shares: its shape, and its lemma under each tag it has had (tag, lemma, …).
 * The only cache of shapes: one look-up per token finds both.
 */
interface Spelling {
  shape: WordShape;
  lemmas: string[];
}

const SPELLING_CACHE_LIMIT = 50_000;
const spellingOf = boundedMemo(SPELLING_CACHE_LIMIT, (text: string): Spelling => ({ shape: shapeOf(text), lemmas: [] }));

// wink builds many lemmas afresh for each token ("talks" → "talk"), and a fresh string is hashed again at every
// lexicon look-up; one shared string per lemma is hashed once.
const lowerLemma = boundedMemo(SPELLING_CACHE_LIMIT, (lemma: string) => lemma.toLowerCase());

/** Only whitespace: a printable ASCII first character answers for nearly every token without trimming it. */
function isBlankToken(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return value.trim() === '';
}

function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}
