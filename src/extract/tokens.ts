import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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
}

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | null = null;

// The model is ~1 MB of tables: build it on first use, once per process or worker.
function loadWink(): Wink {
  wink ??= winkNLP(model, ['sbd', 'pos']);
  return wink;
}

// How far past the expected place we look for a token wink reports; beyond it the token is dropped,
// which keeps the scan linear even if wink ever normalises a character we cannot find again.
const SEARCH_WINDOW = 64;

/** Tokenises the text with wink and pins every token to its exact offsets in the text. */
export function tokenize(text: string): Token[] {
  if (text.trim() === '') return [];
  const { its } = loadWink();
  const doc = loadWink().readDoc(text);
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  // wink's typings reject its.lemma (it takes model add-ons); at run time it is an ordinary token property.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value);
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    if (value.trim() === '') continue; // line breaks and tabs come back as tokens: we read them from the gaps instead
    const at = text.slice(cursor, cursor + value.length + SEARCH_WINDOW).indexOf(value);
    if (at < 0) continue;
    const start = cursor + at;
    const gap = text.slice(cursor, start);
    tokens.push({
      index: tokens.length,
      start,
      end: start + value.length,
      text: value,
      pos: tags[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
      lower: value.toLowerCase(),
      spaceBefore: gap.length > 0 || tokens.length === 0,
      lineBreakBefore: /[\n\r\u2028\u2029]/.test(gap),
    });
    cursor = start + value.length;
  }
  return tokens;
}
