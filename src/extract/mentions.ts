import type { GazetteerHit, Lexicon } from './data/index.ts';
import type { Sentence } from './sentences.ts';
import { documentWords, findChunks, type Chunk, type ChunkWord } from './chunks.ts';
import { readChunk } from './names.ts';
import { nameKey } from './normalize.ts';
import { itemAt, lastOf } from './lists.ts';

/** One place where the text names an actor. */
export interface Mention {
  id: number;
  sentence: number;
  start: number;
  end: number;
  surface: string;
  key: string;
  /** Global token indices of its first and last token. */
  firstToken: number;
  lastToken: number;
  known: GazetteerHit | null;
  /** Follows a personal title. */
  titled: boolean;
  /** The title it follows ("home secretary"), to find the body or country its holder serves. */
  titleKey: string | null;
  /** The title with its modifiers ("research minister"), whose portfolio may name the body served. */
  titlePhrase: string | null;
  /** Begins with a common given name. */
  givenName: boolean;
  /** Contains an organisation head noun ("Council", "Ministry", "Associates"), or follows one ("the charity X"). */
  organisationWord: boolean;
  /** Follows a word that makes it an armed group ("the separatist X", "rebel X"). */
  armedGroupWord: boolean;
  possessive: boolean;
  sentenceInitial: boolean;
  /** The lower-case word after a trailing hyphen ("linked" in "al Qaeda-linked"). */
  hyphenSuffix: string | null;
  wordCount: number;
}

/** "member belongs to of", stated inside a name ("NATO spokesperson Oana Lungescu"). */
export interface Membership {
  member: Mention;
  of: Mention;
}

export interface SentenceMentions {
  mentions: Mention[];
  memberships: Membership[];
}

/** Finds every actor name in the sentences, with the memberships that titles state. */
export function findMentions(text: string, sentences: readonly Sentence[], lexicon: Lexicon): SentenceMentions {
  const mentions: Mention[] = [];
  const memberships: Membership[] = [];
  const words = documentWords(sentences);
  for (const sentence of sentences) {
    let previousChunk: { chunk: Chunk; last: Mention | null } | null = null;
    const inSentence: Mention[] = [];
    for (const chunk of findChunks(sentence, lexicon, words)) {
      const reading = readChunk(chunk.words, lexicon);
      const parts = reading.parts.map((part, i) => {
        const words = chunk.words.slice(part.from, part.to);
        const first = words[0]!.tokens[0]!;
        const lastWordTokens = words[words.length - 1]!.tokens;
        const last = lastWordTokens[lastWordTokens.length - 1]!;
        const surface = text.slice(first.start, last.end);
        const mention: Mention = {
          id: mentions.length,
          sentence: sentence.index,
          start: first.start,
          end: last.end,
          surface,
          // One token's key is its spelling's, worked out once per spelling.
          key: first === last ? first.shape.key : nameKey(surface),
          firstToken: first.index,
          lastToken: last.index,
          known: part.known,
          titled: part.titled,
          titleKey: part.titleKey,
          titlePhrase: part.titlePhrase,
          givenName: words[0]!.facts.firstName,
          organisationWord:
            words.some((w) => w.capital && (w.facts.orgHead || w.facts.corporateSuffix)) ||
            (part.from === 0 && !words[0]!.facts.firstName && introducedAsOrganisation(sentence, first.index, lexicon)),
          armedGroupWord: part.from === 0 && introducedBy(sentence, first.index, lexicon.armedGroupCues),
          possessive: chunk.possessive && part.to === chunk.words.length,
          sentenceInitial: chunk.sentenceInitial && part.from === 0,
          hyphenSuffix: part.to === chunk.words.length ? chunk.hyphenSuffix : null,
          wordCount: capitalCount(words),
        };
        if (part.to === chunk.words.length && !mention.possessive) extendToGroup(mention, sentence, text, lexicon);
        // A part may repeat a span (the country inside "Russian Defense Ministry"): both are mentions.
        mentions.push(mention);
        inSentence.push(mention);
        return { mention, index: i };
      });
      for (const m of reading.memberships) {
        const member = parts[m.member]?.mention;
        const of = m.of === 'outside' ? bodyBefore(chunk, previousChunk, inSentence, member) : parts[m.of]?.mention;
        if (member && of && of !== member) memberships.push({ member, of });
      }
      const lastPart = lastOf(parts);
      previousChunk = { chunk, last: lastPart ? lastPart.mention : null };
    }
  }
  return { mentions, memberships };
}

function capitalCount(words: readonly ChunkWord[]): number {
  let count = 0;
  for (const w of words) if (w.capital) count++;
  return count;
}

/**
 * "Syrian rebels attacked …": the rebels act, not Syria. A nationality followed by a group noun becomes that group
 * ("Syrian rebels", an armed group, or "Iranian protesters", a body); "Kurdish forces" too when the people has no
 * state in the data, while "Turkish forces" stays Turkey's military.
 */
function extendToGroup(mention: Mention, sentence: Sentence, text: string, lexicon: Lexicon): void {
  const adjective = mention.known?.form === 'adjective';
  const unknownWord = mention.known === null && mention.wordCount === 1 && !mention.titled;
  if (!adjective && !unknownWord) return;
  const next = sentence.tokens[mention.lastToken - sentence.tokens[0]!.index + 1];
  if (!next || next.start !== mention.end + 1) return;
  if (!lexicon.groupNouns.has(next.text) && !(unknownWord && lexicon.statelessGroupNouns.has(next.text))) return;
  mention.end = next.end;
  mention.lastToken = next.index;
  mention.surface = text.slice(mention.start, next.end);
  mention.key = nameKey(mention.surface);
  mention.known = null;
  if (lexicon.groupNouns.get(next.text) === 'civil') mention.organisationWord = true;
  else mention.armedGroupWord = true;
}

/** "video game publisher Activision Blizzard", "analysts at Goldman Sachs": the words before a name say it is a body. */
function introducedAsOrganisation(sentence: Sentence, firstToken: number, lexicon: Lexicon): boolean {
  return introducedBy(sentence, firstToken, lexicon.organisationNouns) || introducedBy(sentence, firstToken, AT);
}

const AT: ReadonlySet<string> = new Set(['at']);

/** Whether the word before a name (past "the") is one of `cues`: "the charity X", "the separatist X". */
function introducedBy(sentence: Sentence, firstToken: number, cues: ReadonlySet<string>): boolean {
  const at = firstToken - sentence.tokens[0]!.index;
  let previous = itemAt(sentence.tokens, at - 1);
  if (previous?.lower === 'the') previous = itemAt(sentence.tokens, at - 2);
  return !!previous && cues.has(previous.lower);
}

/**
 * The body a leading title belongs to when the chunk does not name it: a possessive just before
 * ("Labour's Shadow Home Secretary Yvette Cooper") or the organisation "its"/"their" points back to
 * ("Siemens and its CEO Roland Busch").
 */
function bodyBefore(
  chunk: Chunk,
  previous: { chunk: Chunk; last: Mention | null } | null,
  inSentence: readonly Mention[],
  member: Mention | undefined,
): Mention | undefined {
  const firstToken = chunk.words[0]!.tokens[0]!;
  if (previous?.last && previous.chunk.possessive && firstToken.index === previous.last.lastToken + 2) return previous.last;
  if (!chunk.ownedByPrevious) return undefined;
  for (let i = inSentence.length - 1; i >= 0; i--) {
    const candidate = inSentence[i]!;
    if (candidate === member || candidate.firstToken >= firstToken.index) continue;
    if (!candidate.titled && !candidate.givenName) return candidate;
  }
  return undefined;
}
