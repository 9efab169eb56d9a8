// The extractor's table of contents: text → sentences → tokens → mentions → actors → relations.
import { GRAPH_FORMAT, type GraphDocument, type SourceDocument } from './types.ts';
import { loadLexicon } from './data/index.ts';
import { tokenize } from './tokens.ts';
import { splitSentences } from './sentences.ts';
import { findMentions } from './mentions.ts';
import { mergeAliases } from './actors.ts';
import { findRelations } from './relations.ts';
import { findReferences } from './references.ts';
import { PART_LENGTH, partsOf, type DocumentPart } from './chunking.ts';
import { combineParts, type PartGraph } from './combine.ts';

export { documentFromText } from './document.ts';
export { prepareTokenizer as prepareExtractor } from './tokens.ts';
export { partsOf, utf8Length, type DocumentPart } from './chunking.ts';
export type { PartGraph } from './combine.ts';

/**
 * Extracts one actor graph from the documents. Pure and synchronous; never throws: a document the pipeline
 * cannot read contributes no actors rather than failing the others. A long document is read part by part, as
 * the worker does (so it can report progress and stop), and its parts' actors merged by the alias rules.
 */
export function extractGraph(documents: SourceDocument[], partLength = PART_LENGTH): GraphDocument {
  return graphOfParts(
    documents,
    partsOf(documents, partLength).map((part) => extractPart(documents, part)),
  );
}

/** One part of one document read on its own, its spans in the whole document's offsets. */
export function extractPart(documents: readonly SourceDocument[], part: DocumentPart): PartGraph {
  return safeExtract(documents[part.documentIndex]!, part);
}

/** The documents' graph from the readings of all their parts, in reading order. */
export function graphOfParts(documents: readonly SourceDocument[], parts: readonly PartGraph[]): GraphDocument {
  const { actors, relations } = combineParts(parts, documents.map((d) => d.id), loadLexicon());
  return {
    format: GRAPH_FORMAT,
    documents: documents.map((d) => ({ id: d.id, title: d.title, text: d.text })),
    actors,
    relations,
  };
}

function safeExtract(document: SourceDocument, part: DocumentPart): PartGraph {
  try {
    return extractRange(document, part);
  } catch {
    return { actors: [], relations: [], tentative: new Set() };
  }
}

function extractRange({ id, text }: SourceDocument, { start, end }: DocumentPart): PartGraph {
  const lexicon = loadLexicon();
  const tokens = tokenize(text, start, end);
  const sentences = splitSentences(tokens, lexicon.abbreviations);
  const { mentions, memberships } = findMentions(text, sentences, lexicon);
  const { actors, actorOf, tentative } = mergeAliases(id, mentions, tokens, lexicon);
  const typeOf = new Map(actors.map((a) => [a.id, a.type]));
  const references = findReferences(text, sentences, mentions, actorOf, typeOf, lexicon);
  const relations = findRelations(id, sentences, [...mentions, ...references.mentions], memberships, actors, references.actorOf, lexicon);
  return { actors, relations, tentative };
}
