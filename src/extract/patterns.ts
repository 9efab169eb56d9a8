import type { RelationType } from './types.ts';
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import { antecedentOf, mentionCovering, mentionStartingAt, tokenAt, type SentenceView } from './sentenceView.ts';
import { hedgedBetween, negatedBefore, subjectBefore } from './clause.ts';
import { agentAfter, coordinated, objectsAfter } from './objects.ts';
import { nounSense, verbSense } from './senses.ts';
import { itemAt } from './lists.ts';

/** A relation as one sentence states it, before actors are resolved and duplicates merged. */
export interface Statement {
  source: Mention;
  target: Mention;
  type: RelationType;
  /** Token where the stating words are; reported speech before it is attributed to its speaker. */
  at: number;
  hedged: boolean;
  /** Said by the source for the body it belongs to ("our deals with Albania"): the relation is that body's. */
  onBehalf?: boolean;
}

const PASSIVE_AUX = new Set(['be', 'get']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/**
 * Verb patterns. Active: subject (nearest mention to the left) → objects to the right ("Seoul had previously warned
 * Pyongyang"). Passive: by-agent → subject ("trade talks with Caracas were suspended by Brazil"). Object relative
 * clauses: "Maduro, whom the European Union has sanctioned" → EU → Maduro. Coordinated subjects of a symmetric
 * verb meet each other ("Britain and France signed").
 */
export function verbStatements(view: SentenceView): Statement[] {
  const out: Statement[] = [];
  // Each verb's subject, in token order: a list rather than a Map, which cost more to build than this walk.
  const subjects: VerbSubject[] = [];
  for (const token of view.sentence.tokens) {
    // "The WHO and Gavi launched a fund": two names creating something together cooperate.
    const sense = verbSense(token, view);
    const jointOnly = !sense && token.pos === 'VERB' && view.lexicon.jointVerbs.has(token.lemma);
    const type = sense ?? (jointOnly ? 'cooperate' : undefined);
    if (!type || type === 'statement' || negatedBefore(view, token.index)) continue;
    if (mentionCovering(view, token.index)) continue;
    if (isPassive(view, token.index) || byAgentFollows(view, token.index)) {
      const agent = agentAfter(view, token.index, ['by']);
      const patient = subjectBefore(view, token.index);
      if (agent && patient) out.push(statement(view, agent.agent, patient, type, token.index, patient.lastToken));
      continue;
    }
    const subject = sharedSubject(view, token.index, subjects) ?? gerundSubject(view, token.index) ?? subjectBefore(view, token.index);
    if (!subject) continue;
    subjects.push({ at: token.index, subject });
    const objects = objectsAfter(view, token.index);
    if (jointOnly) {
      // Only what they make together: "launched strikes on X" or "talks with X" are other words' relations.
      if (objects.length === 0) for (const partner of coordinatedBefore(view, subject)) out.push(statement(view, partner, subject, type, token.index, partner.lastToken));
      continue;
    }
    for (const object of objects) out.push(statement(view, subject, object, type, token.index, subject.lastToken));
    if (objects.length > 0) continue;
    const antecedent = relativeAntecedent(view, subject);
    if (antecedent) out.push(statement(view, subject, antecedent, type, token.index, subject.lastToken));
    else if (!view.lexicon.relationSenses.get(type)?.directed) {
      for (const partner of coordinatedBefore(view, subject)) out.push(statement(view, partner, subject, type, token.index, partner.lastToken));
    }
  }
  return out;
}

/**
 * Noun patterns: owner → noun → prepositional object. "Iraq’s invasion of Kuwait", "Greek support … to … the PKK",
 * "warnings from Seoul against any North Korean test", "a meeting … with X" (owned by the clause's subject),
 * "Nokia's main competitor, Ericsson" (apposition), "talks between X and Y".
 */
export function nounStatements(view: SentenceView): Statement[] {
  const out: Statement[] = [];
  for (const token of view.sentence.tokens) {
    const sense = nounSense(token, view);
    if (!sense || negatedBefore(view, token.index)) continue;
    // "cut funding for X", "suspended cooperation with X": a verb that ends the relation turns it into a break.
    const verb = lightVerbBefore(view, token.index);
    const type: RelationType = verb && view.lexicon.reversingVerbs.has(verb.lemma) && sense !== 'member' ? 'sever' : sense;
    const between = betweenPair(view, token.index);
    if (between) {
      out.push(statement(view, between[0], between[1], type, token.index, token.index));
      continue;
    }
    const owner = ownerOf(view, token.index);
    const agent = agentAfter(view, token.index, ['by', 'from']);
    // "The US imposed sanctions on Iran", "Russia launched an invasion of Ukraine": the light verb's subject acts.
    const doer = afterLightVerb(view, token.index) ? subjectBefore(view, token.index) : undefined;
    const source = agent?.agent ?? owner ?? doer;
    const after = agent ? agent.end : token.index;
    const targets = targetsOfNoun(view, after, type);
    if (source && targets.length > 0) {
      for (const target of targets) out.push(statement(view, source, target, type, token.index, token.index));
      continue;
    }
    if (targets.length > 0 && !view.lexicon.relationSenses.get(type)?.directed) {
      const subject = clauseSubject(view, token.index, targets);
      if (subject) for (const target of targets) out.push(statement(view, subject, target, type, token.index, token.index));
    } else if (targets.length === 0 && !agent && !view.lexicon.relationSenses.get(type)?.directed) {
      // "Sudan army and RSF agree to talks": coordinated subjects or owners meet each other.
      const subject = owner ?? (afterLightVerb(view, token.index) ? subjectBefore(view, token.index) : undefined);
      if (subject) for (const partner of coordinatedBefore(view, subject)) out.push(statement(view, partner, subject, type, token.index, token.index));
    }
  }
  return out;
}

/** Multi-word frames: "on behalf of Maduro", "biased against Nokia's main competitor, Ericsson", "favorable to Nokia". */
export function frameStatements(view: SentenceView): Statement[] {
  const out: Statement[] = [];
  const tokens = view.sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    // Most words open no frame: their shape says so, and only then is anything built.
    const frames = tokens[i]!.shape.frames;
    if (frames === undefined) continue;
    for (const frame of frames) {
      if (!wordsAt(tokens, i, frame.words)) continue;
      const first = tokens[i]!.index;
      const lastWord = first + frame.words.length - 1;
      if (negatedBefore(view, first)) continue;
      const subject = subjectBefore(view, first);
      if (!subject) continue;
      for (const object of objectsAfter(view, lastWord)) out.push(statement(view, subject, object, frame.type, first, subject.lastToken));
    }
  }
  return out;
}

/**
 * Whether `words` are written from `at` on. (A function of its own: a closure over the loop's index made V8 allocate
 * a context for every token.)
 */
function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let j = 0; j < words.length; j++) if (tokens[at + j]?.lower !== words[j]) return false;
  return true;
}

/** "Hamas-linked charity" → a member of Hamas; "Iran-backed Houthis" → Iran supports them. */
export function hyphenStatements(view: SentenceView): Statement[] {
  const out: Statement[] = [];
  for (const mention of view.mentions) {
    const sense = mention.hyphenSuffix ? view.lexicon.hyphenSuffixes.get(mention.hyphenSuffix) : undefined;
    if (!sense) continue;
    const head = mentionStartingAt(view, mention.lastToken + 3) ?? mentionStartingAt(view, mention.lastToken + 4);
    if (!head) continue;
    const [source, target] = sense.nameIs === 'target' ? [head, mention] : [mention, head];
    out.push({ source, target, type: sense.type, at: mention.firstToken, hedged: false });
  }
  return out;
}

function statement(view: SentenceView, source: Mention, target: Mention, type: RelationType, at: number, from: number): Statement {
  const owned = view.lexicon.ownershipVerbs.has(tokenAt(view, at)?.lemma ?? '');
  const [s, t] = owned ? [target, source] : [source, target];
  return { source: s, target: t, type, at, hedged: hedgedBetween(view, Math.min(from, at), at) };
}

function isPassive(view: SentenceView, index: number): boolean {
  const verb = tokenAt(view, index)!;
  if (!/(ed|en|wn|ut|ck)$/.test(verb.lower)) return false;
  for (let k = index - 1; k >= index - 3; k--) {
    const token = tokenAt(view, k);
    if (!token) return false;
    if (PASSIVE_AUX.has(token.lemma) && (token.pos === 'AUX' || token.pos === 'VERB')) return true;
    if (token.pos !== 'ADV' && token.pos !== 'PART') return false;
  }
  return false;
}

/** "The Houthis, backed by Iran, …", "a system backed by the Red Cross": a participle with a by-agent is passive. */
function byAgentFollows(view: SentenceView, index: number): boolean {
  return /(ed|en|wn)$/.test(tokenAt(view, index)!.lower) && tokenAt(view, index + 1)?.lower === 'by';
}

/** "Maduro, whom the European Union has sanctioned": the mention before ", who" is the verb's object. */
function relativeAntecedent(view: SentenceView, subject: Mention): Mention | undefined {
  let k = subject.firstToken - 1;
  while (tokenAt(view, k)?.pos === 'DET') k--;
  const pronoun = tokenAt(view, k);
  if (!pronoun || !['who', 'whom', 'which', 'that'].includes(pronoun.lower)) return undefined;
  if (tokenAt(view, k - 1)?.text === ',') k--;
  return view.mentions.find((m) => m.lastToken === k - 1);
}

/**
 * "Neville criticised the owners, the Glazer family, and accused INEOS …": a verb right after "and" shares the
 * subject of the sentence's previous verb.
 */
function sharedSubject(view: SentenceView, index: number, subjects: readonly VerbSubject[]): Mention | undefined {
  let k = index - 1;
  while (tokenAt(view, k)?.pos === 'ADV') k--;
  if (!COORDINATORS.has(tokenAt(view, k)?.lower ?? '')) return undefined;
  for (let i = subjects.length - 1; i >= 0; i--) if (subjects[i]!.at < k) return subjects[i]!.subject;
  return undefined;
}

interface VerbSubject {
  at: number;
  subject: Mention;
}

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but']);

/**
 * "Scholz told reporters after meeting Mark Rutte", "X walked out of the talks, accusing the government …": a gerund
 * after a preposition or a comma shares the main verb's subject.
 */
function gerundSubject(view: SentenceView, index: number): Mention | undefined {
  const previous = tokenAt(view, index - 1);
  if (!/ing$/.test(tokenAt(view, index)!.lower) || !previous || !(['ADP', 'SCONJ'].includes(previous.pos) || previous.text === ',')) return undefined;
  for (let k = index - 2; k >= view.sentence.tokens[0]!.index; k--) {
    if (tokenAt(view, k)?.pos !== 'VERB') continue;
    // "blamed the rebels for attacking …", "accused Kyiv of shelling …": the one blamed is the one who acts.
    const blamed = ['for', 'of'].includes(previous.lower) ? view.mentions.filter((m) => m.firstToken > k && m.lastToken < index - 1).pop() : undefined;
    return blamed ?? subjectBefore(view, k);
  }
  return undefined;
}

/** Mentions coordinated before `mention`: "United States and Russian …" gives United States for Russian. */
function coordinatedBefore(view: SentenceView, mention: Mention): Mention[] {
  const index = view.mentions.indexOf(mention);
  const previous = itemAt(view.mentions, index - 1);
  if (!previous) return [];
  const joined: Mention[] = [];
  coordinated(view, previous, joined);
  return joined.includes(mention) ? [previous] : [];
}

/** The owner right before a noun: "Iraq’s invasion", "Greek support", "Kremlin statement". */
function ownerOf(view: SentenceView, index: number): Mention | undefined {
  for (let k = index - 1; k >= index - 4; k--) {
    const mention = view.mentions.find((m) => m.lastToken === k);
    if (mention) return mention;
    const token = tokenAt(view, k);
    if (token && POSSESSIVE_PRONOUNS.has(token.lower)) return antecedentOf(view, k);
    if (!token || !(token.pos === 'ADJ' || /^['’]s$/.test(token.text) || token.pos === 'ADV' || token.pos === 'NOUN')) return undefined;
  }
  return undefined;
}

/** "talks between the United States and Russia". */
function betweenPair(view: SentenceView, index: number): [Mention, Mention] | undefined {
  const next = tokenAt(view, index + 1);
  if (next?.lower !== 'between') return undefined;
  const [first, second] = objectsAfter(view, index + 1, 8);
  return first && second ? [first, second] : undefined;
}

/** What a relation noun points at; support may reach further ("support had been crucial to the growth of … ISIS"). */
export function targetsOfNoun(view: SentenceView, after: number, type: RelationType): Mention[] {
  const next = tokenAt(view, after + 1);
  if (next?.text === ',') {
    const appositive = mentionStartingAt(view, after + 2);
    if (appositive) return [appositive];
  }
  // Talks "on Gaza" are about it; only "with" names whom they are held with (and "to" whom a contract goes).
  const symmetric = !view.lexicon.relationSenses.get(type)?.directed;
  if (symmetric) {
    const withAt = withAfter(view, after, type === 'cooperate' ? ['with', 'to'] : ['with']);
    return withAt === undefined ? [] : objectsAfter(view, withAt - 1, 8);
  }
  if (type === 'support') return objectsAfter(view, after, 22, true);
  if (next?.pos === 'ADP') return objectsAfter(view, after, 8);
  return [];
}

/** "launch talks", "held a meeting": the noun is what its verb's subject does ("were not part of the talks" is not). */
function afterLightVerb(view: SentenceView, index: number): boolean {
  return lightVerbBefore(view, index) !== undefined;
}

function lightVerbBefore(view: SentenceView, index: number): Token | undefined {
  for (let k = index - 1; k >= index - 6; k--) {
    const token = tokenAt(view, k);
    if (!token) return undefined;
    if (token.pos === 'VERB') return token;
    // "a full-scale invasion", "cut its funding for …"
    if (!['DET', 'ADJ', 'NUM', 'NOUN'].includes(token.pos) && token.text !== '-' && !POSSESSIVE_PRONOUNS.has(token.lower)) return undefined;
  }
  return undefined;
}

/** The "with" of "a meeting in London with …": past a place, never past a verb or another preposition. */
function withAfter(view: SentenceView, after: number, words: readonly string[]): number | undefined {
  for (let k = after + 1; k <= after + 6; k++) {
    const token = tokenAt(view, k);
    if (!token) return undefined;
    if (words.includes(token.lower)) return k;
    const placeWord = view.lexicon.locativePrepositions.has(token.lower) || token.pos === 'DET' || mentionCovering(view, k) !== undefined;
    if (!placeWord) return undefined;
  }
  return undefined;
}

/** Who holds "a meeting with X" when no one owns it: the subject of the main clause ("…, Harris said"). */
function clauseSubject(view: SentenceView, index: number, targets: readonly Mention[]): Mention | undefined {
  const before = subjectBefore(view, index);
  if (before && !targets.includes(before)) return before;
  return view.mentions.find((m) => m.firstToken > index && !targets.includes(m) && tokenAt(view, m.lastToken + 1)?.pos === 'VERB');
}
