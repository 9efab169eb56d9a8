import type { Mention } from './mentions.ts';
import { mentionStartingAt, tokenAt, type SentenceView } from './sentenceView.ts';
import { subjectBefore } from './clause.ts';
import { targetsOfNoun, type Statement } from './patterns.ts';

/** Who speaks in a sentence, and which side of the speech verb holds what they say. */
export interface Speech {
  speaker: Mention;
  at: number;
  /** 'after': "Erdogan said Greek support …"; 'before': "“…”, said NATO spokesperson Oana Lungescu". */
  reports: 'after' | 'before';
}

const SPEAKER_REACH = 4;

/** Finds "X said", "X told Y", "said X" and "according to X". */
export function findSpeech(view: SentenceView): Speech[] {
  const speeches: Speech[] = [];
  for (const token of view.sentence.tokens) {
    if (token.text === ':' && /^[“"]$/.test(tokenAt(view, token.index + 1)?.text ?? '')) {
      // "Ardern told TVNZ: “…”", "Ardern defended …: “…”": the main clause's subject speaks the quote.
      const speaker = clauseSubjectBefore(view, token.index);
      if (speaker) speeches.push({ speaker, at: token.index, reports: 'after' });
      continue;
    }
    if (token.lower === 'according' && tokenAt(view, token.index + 1)?.lower === 'to') {
      // "According to X, …" reports what follows; "…, according to X" what came before.
      const source = firstMentionAfter(view, token.index + 1);
      const opens = token.index === view.sentence.tokens[0]!.index;
      if (source) speeches.push({ speaker: source, at: opens ? source.lastToken : token.index, reports: opens ? 'after' : 'before' });
      continue;
    }
    if (token.pos !== 'VERB' || !view.lexicon.speechVerbs.has(token.lemma)) continue;
    if (token.lower.endsWith('ing') && tokenAt(view, token.index - 1)?.text === ',') {
      // "Macron had criticised Orban …, saying …": the participle speaks for the sentence's subject.
      const subject = view.mentions.find((m) => verbFollows(view, m, ['VERB', 'AUX']));
      if (subject && subject.lastToken < token.index) speeches.push({ speaker: subject, at: token.index, reports: 'after' });
      continue;
    }
    const subject = subjectBefore(view, token.index);
    // Near the verb, or just before an apposition that ends at it ("Jens Stoltenberg, the NATO chief, said").
    const closesApposition = tokenAt(view, token.index - 1)?.text === ',' && tokenAt(view, subject ? subject.lastToken + 1 : -1)?.text === ',';
    if (subject && (token.index - subject.lastToken <= SPEAKER_REACH || closesApposition)) {
      speeches.push({ speaker: subject, at: token.index, reports: 'after' });
      continue;
    }
    const inverted = firstMentionAfter(view, token.index);
    if (inverted) speeches.push({ speaker: inverted, at: token.index, reports: 'before' });
  }
  return speeches;
}

/**
 * The first mention before `index` that a verb follows. (A function of its own: a closure over the loop's token, in
 * the loop over every token, made V8 allocate a context for every token of every sentence.)
 */
function clauseSubjectBefore(view: SentenceView, index: number): Mention | undefined {
  for (const m of view.mentions) if (m.lastToken < index && verbFollows(view, m, VERB)) return m;
  return undefined;
}

const VERB: readonly string[] = ['VERB'];

/** The main clause's subject: a name right before its verb, or before the common noun it names ("the X union said"). */
function verbFollows(view: SentenceView, mention: Mention, tags: readonly string[]): boolean {
  const next = tokenAt(view, mention.lastToken + 1);
  if (tags.includes(next?.pos ?? '')) return true;
  return next?.pos === 'NOUN' && next.shape.lowerInitial && tags.includes(tokenAt(view, mention.lastToken + 2)?.pos ?? '');
}

/** The first mention right after `index`, past determiners and lower-case titles; a chunk's last person wins. */
function firstMentionAfter(view: SentenceView, index: number): Mention | undefined {
  for (let k = index + 1; k <= index + 3; k++) {
    const mention = mentionStartingAt(view, k);
    if (mention) {
      const sameChunk = view.mentions.filter((m) => m.firstToken >= mention.firstToken && m.firstToken <= mention.lastToken + 3 && m.titled);
      return sameChunk[0] ?? mention;
    }
    const token = tokenAt(view, k);
    if (!token || !(token.pos === 'DET' || token.pos === 'ADJ')) return undefined;
  }
  return undefined;
}

/** "Erdogan said Greek support …" → Erdogan → Greece (statement); "X told Sky News" → X → Sky News. */
export function speechStatements(view: SentenceView, speeches: readonly Speech[]): Statement[] {
  const out: Statement[] = [];
  for (const speech of speeches) {
    if (speech.reports !== 'after' || tokenAt(view, speech.at)?.pos !== 'VERB') continue;
    let k = speech.at + 1;
    if (tokenAt(view, k)?.lower === 'that') k++;
    const heard = mentionStartingAt(view, k) ?? mentionStartingAt(view, k + 1);
    if (heard && heard !== speech.speaker) out.push({ source: speech.speaker, target: heard, type: 'statement', at: speech.at, hedged: false });
  }
  return out;
}

/** The speaker a statement is reported by, if it sits in what someone said and is not their own act. */
export function attributionOf(statement: Statement, speeches: readonly Speech[]): Mention | null {
  if (statement.type === 'statement' || statement.type === 'member') return null;
  for (const speech of speeches) {
    const inside = speech.reports === 'after' ? statement.at > speech.at : statement.at < speech.at;
    if (inside && statement.source !== speech.speaker && statement.target !== speech.speaker) return speech.speaker;
  }
  return null;
}

/** The first speech whose report follows a verb before `index` (a loop, not a closure over the caller's token). */
function speechReportedAfter(speeches: readonly Speech[], index: number): Speech | undefined {
  for (const s of speeches) if (s.reports === 'after' && s.at < index) return s;
  return undefined;
}

/** "…: “our deals with Albania and France …”": a speaker's "our" is the body they speak for. */
export function collectiveStatements(view: SentenceView, speeches: readonly Speech[]): Statement[] {
  const out: Statement[] = [];
  for (const token of view.sentence.tokens) {
    if (token.lower !== 'our') continue;
    let k = token.index + 1;
    while (tokenAt(view, k)?.pos === 'ADJ') k++;
    const noun = tokenAt(view, k);
    const type = noun?.pos === 'NOUN' ? view.lexicon.nouns.get(noun.lemma) : undefined;
    const speech = speechReportedAfter(speeches, token.index);
    if (!type || !speech) continue;
    for (const target of targetsOfNoun(view, k, type)) {
      out.push({ source: speech.speaker, target, type, at: k, hedged: false, onBehalf: true });
    }
  }
  return out;
}
