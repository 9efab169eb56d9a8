// A verb's or noun's subject, read leftwards within its clause, and the words around a trigger that cancel or hedge it.
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import { antecedentOf, mentionCovering, tokenAt, type SentenceView } from './sentenceView.ts';

// Words after which the clause that holds a verb's subject or object is over.
export const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '(', ')', 'because', 'but', 'while', 'whilst', 'although', 'though', 'where', 'when', 'if', 'unless', 'whereas']);
const SUBJECT_WINDOW = 14;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you']);

/** The nearest mention left of `index` in the same clause: the subject of a verb, the owner of a noun. */
export function subjectBefore(view: SentenceView, index: number): Mention | undefined {
  for (let k = index - 1; k >= view.sentence.tokens[0]!.index && index - k <= SUBJECT_WINDOW; k--) {
    const token = tokenAt(view, k)!;
    // "the Azawad Liberation Front (ALF) agreed": a bracketed short form belongs to the name before it.
    const bracket = token.text === ')' ? bracketedShortFormStart(view, k) : undefined;
    if (bracket !== undefined) {
      k = bracket;
      continue;
    }
    if (CLAUSE_BREAKS.has(token.lower)) return undefined;
    // "Berrada said the board thanked ten Hag": a reported clause has its own subject, unnamed here.
    if (token.pos === 'VERB' && view.lexicon.speechVerbs.has(token.lemma)) return undefined;
    if (token.text === ',') {
      // "Gary Neville, who played for United, criticised …": the subject stands before the relative clause.
      const relative = relativeClauseStart(view, k);
      if (relative !== undefined) {
        k = relative;
        continue;
      }
    }
    const mention = mentionCovering(view, k);
    if (mention && !qualifiesPrepositionalObject(view, mention)) return mention;
    if (mention) k = mention.firstToken;
    if (SUBJECT_PRONOUNS.has(token.lower)) return antecedentOf(view, k);
  }
  return undefined;
}

/** For the ")" closing "(ALF)" or "(the WFP)" right after a name, the index of its "(". */
export function bracketedShortFormStart(view: SentenceView, close: number): number | undefined {
  for (let k = close - 1; k >= close - 4; k--) {
    const token = tokenAt(view, k);
    if (!token) return undefined;
    if (token.text === '(') return mentionCovering(view, k - 1) ? k : undefined;
  }
  return undefined;
}

export function closingBracketOfShortForm(view: SentenceView, open: number): number | undefined {
  for (let k = open + 1; k <= open + 4; k++) {
    const token = tokenAt(view, k);
    if (token?.text === ')') return bracketedShortFormStart(view, k) === open ? k : undefined;
  }
  return undefined;
}

const CLAUSE_OPENERS = new Set(['who', 'which', 'whom', 'whose', 'a', 'an']);

/** For the comma closing ", who … ,", ", backed by Iran,", ", an ally of Xi," or ", the NATO chief,", the comma that opens it. */
function relativeClauseStart(view: SentenceView, comma: number): number | undefined {
  // ", the NATO secretary general,": an apposition ending in a title describes the name before it.
  const appositive = !!tokenAt(view, comma - 1)?.shape.lowercaseTitle;
  for (let k = comma - 1; k > comma - 14; k--) {
    const token = tokenAt(view, k);
    if (!token || token.text === ',') return undefined;
    const opensClause = CLAUSE_OPENERS.has(token.lower) || (token.pos === 'VERB' && (token.lower.endsWith('ed') || token.lower.endsWith('en')));
    if ((opensClause || appositive) && tokenAt(view, k - 1)?.text === ',') return k - 1;
  }
  return undefined;
}

/** "for 3,000 Afghan refugees": a nationality adjective inside a prepositional phrase is nobody's subject. */
function qualifiesPrepositionalObject(view: SentenceView, mention: Mention): boolean {
  if (mention.known?.form !== 'adjective' || tokenAt(view, mention.lastToken + 1)?.pos !== 'NOUN') return false;
  let k = mention.firstToken - 1;
  while (['DET', 'ADJ', 'NUM'].includes(tokenAt(view, k)?.pos ?? '')) k--;
  const before = tokenAt(view, k);
  return before?.pos === 'ADP' && before.lower !== 'by';
}

/** The preposition governing a mention, past its determiners and adjectives: "in the Red Sea" → "in". */
export function prepositionBefore(view: SentenceView, mention: Mention): Token | undefined {
  let k = mention.firstToken - 1;
  while (['DET', 'ADJ', 'NUM'].includes(tokenAt(view, k)?.pos ?? '')) k--;
  const token = tokenAt(view, k);
  return token?.pos === 'ADP' ? token : undefined;
}


/** Negation shortly before a trigger ("failed to stop", "did not support") cancels it. */
export function negatedBefore(view: SentenceView, index: number): boolean {
  for (let k = index - 1; k >= index - 3; k--) {
    const token = tokenAt(view, k);
    if (!token || mentionCovering(view, k)) return false;
    if (view.lexicon.negations.has(token.lower) && tokenAt(view, k + 1)?.text !== '-') return true; // "no-bid" is no negation
    // "ruled out any deal with …": a two-word negation.
    if (view.lexicon.negationPairEnds.has(token.lower) && view.lexicon.negations.has(`${tokenAt(view, k - 1)?.lower ?? ''} ${token.lower}`)) return true;
  }
  return false;
}

/** Hedging between the subject and the trigger, or just before it ("purportedly striking", "its alleged build-up"). */
export function hedgedBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = Math.min(from, to - 4); k < to; k++) {
    const token = tokenAt(view, k);
    if (token && view.lexicon.hedges.has(token.lower)) return true;
  }
  return false;
}
