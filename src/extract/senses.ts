import { boundedMemo } from './boundedCache.ts';
// Which relation a single word states: a verb read through its lemma, its past form or its stems, a noun through its
// lemma. The patterns ask this of every token, so the cheap refusals come first.
import type { RelationType } from './types.ts';
import type { Token } from './tokens.ts';
import { loadLexicon, type Lexicon } from './data/index.ts';
import { mentionCovering, tokenAt, type SentenceView } from './sentenceView.ts';

/**
 * The relation a verb token expresses. wink sometimes mislemmatises ("fined" → "fin") or tags a participle as an
 * adjective or noun ("jets purportedly striking ISIL", "has long accused Meta"): those are read back from their form.
 */
export function verbSense(token: Token, view: SentenceView): RelationType | undefined {
  // Only verbs and verb forms tagged as nouns or adjectives can state a relation (asked of every token, so first).
  if (token.pos !== 'VERB' && token.pos !== 'NOUN' && token.pos !== 'ADJ') return undefined;
  if (insideName(token, view)) return undefined;
  // "Egypt, which backs Burhan": right after a relative pronoun a noun-tagged "-s" form is the verb.
  const afterRelative = token.pos === 'NOUN' && token.lower.endsWith('s') && view.lexicon.relativePronouns.has(tokenAt(view, token.index - 1)?.lower ?? '');
  if (afterRelative) return verbOfStems(token.lower, view.lexicon);
  const participle = (token.pos === 'ADJ' || token.pos === 'NOUN') && (token.lower.endsWith('ed') || token.lower.endsWith('ing'));
  if (token.pos !== 'VERB' && !participle) return undefined;
  // A noun-tagged "-ed"/"-ing" form is a verb after an auxiliary or adverb ("has long accused"), or a gerund
  // after a preposition that takes a name as object ("after meeting Dutch Prime Minister …").
  const previous = tokenAt(view, token.index - 1)?.pos ?? '';
  const next = tokenAt(view, token.index + 1)?.pos ?? '';
  const verbal = BEFORE_A_VERB.has(previous) || (previous === 'ADP' && token.lower.endsWith('ing') && OBJECT_OPENERS.has(next));
  if (participle && token.pos === 'NOUN' && !verbal) return undefined;

  const form = formSenseOf(token.lower);
  if (form.pastForm) return form.type;
  return view.lexicon.verbs.get(token.lemma) ?? form.type;
}

/** What a verb form names by its spelling alone: as a listed past form ("fined" → fine), else through its stems. */
interface FormSense {
  pastForm: boolean;
  type: RelationType | undefined;
}

// Most verbs are no relation verb, and each of those asked the past forms, its stems and the verbs for every stem at
// every token: a few hundred forms make up most of them, so what their spelling says is worked out once.
const formSenseOf = boundedMemo(20_000, (form: string): FormSense => {
  const lexicon = loadLexicon();
  const past = lexicon.pastForms.get(form);
  return past ? { pastForm: true, type: lexicon.verbs.get(past) } : { pastForm: false, type: verbOfStems(form, lexicon) };
});

// Tags, as sets made once: asked of nearly every verb, an array literal each time was garbage for every one.
const BEFORE_A_VERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'ADJ']);
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['PROPN', 'DET', 'ADJ']);

function verbOfStems(form: string, lexicon: Lexicon): RelationType | undefined {
  for (const stem of stemsOf(form)) {
    const type = lexicon.verbs.get(stem);
    if (type) return type;
  }
  return undefined;
}

/** Base forms a verb form may come from: "fined" → fine, "stopped" → stop, "striking" → strike. */
function stemsOf(form: string): readonly string[] {
  const bare = form.replace(/(ed|ing|es|s)$/, '');
  const undoubled = bare.replace(/([bdgmnprt])\1$/, '$1');
  return [bare, `${bare}e`, undoubled, form.replace(/d$/, '')];
}

/** "Israel's Defence Minister", "Support Group": a capitalised word inside a sentence belongs to a name or title. */
function insideName(token: Token, view: SentenceView): boolean {
  return token.shape.upperInitial && token.index !== view.sentence.tokens[0]!.index;
}

/** The relation a noun expresses; a capitalised noun opening a sentence ("Talks between …") is often tagged PROPN. */
export function nounSense(token: Token, view: SentenceView): RelationType | undefined {
  if (token.pos !== 'NOUN' && token.pos !== 'PROPN') return undefined;
  if (insideName(token, view)) return undefined;
  if (token.pos === 'NOUN') return view.lexicon.nouns.get(token.lemma);
  if (token.pos !== 'PROPN' || mentionCovering(view, token.index)) return undefined;
  return view.lexicon.nouns.get(token.lower) ?? view.lexicon.nouns.get(token.lower.replace(/s$/, ''));
}
