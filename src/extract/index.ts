// The extractor's table of contents: text → sentences → tokens → mentions → actors → relations.
import { GRAPH_FORMAT, type Actor, type GraphDocument, type Relation, type SourceDocument } from './types.ts';
import { loadLexicon } from './data/index.ts';
import { tokenize } from './tokens.ts';
import { splitSentences } from './sentences.ts';
import { findMentions } from './mentions.ts';
import { mergeAliases } from './actors.ts';
import { findRelations } from './relations.ts';
import { findReferences } from './references.ts';
import { withoutUnsupportedActors } from './evidence.ts';

export { documentFromText } from './document.ts';

/**
 * Extracts one actor graph from the documents. Pure and synchronous; never throws: a document the pipeline
 * cannot read contributes no actors rather than failing the others.
 */
export function extractGraph(documents: SourceDocument[]): GraphDocument {
  const actors = new Map<string, Actor>();
  const relations: Relation[] = [];
  for (const document of documents) {
    const graph = safeExtract(document);
    for (const actor of graph.actors) {
      const existing = actors.get(actor.id);
      if (existing) {
        existing.mentions.push(...actor.mentions);
        existing.aliases = [...new Set([...existing.aliases, ...actor.aliases])].filter((a) => a !== existing.label);
      } else actors.set(actor.id, actor);
    }
    relations.push(...graph.relations);
  }
  return {
    format: GRAPH_FORMAT,
    documents: documents.map((d) => ({ id: d.id, title: d.title, text: d.text })),
    actors: [...actors.values()],
    relations: relations.map((r, i) => ({ ...r, id: `r${i + 1}` })),
  };
}

function safeExtract(document: SourceDocument): { actors: Actor[]; relations: Relation[] } {
  try {
    return extractDocument(document);
  } catch {
    return { actors: [], relations: [] };
  }
}

function extractDocument({ id, text }: SourceDocument): { actors: Actor[]; relations: Relation[] } {
  const lexicon = loadLexicon();
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens, lexicon.abbreviations);
  const { mentions, memberships } = findMentions(text, sentences, lexicon);
  const { actors, actorOf, tentative } = mergeAliases(id, mentions, tokens, lexicon);
  const typeOf = new Map(actors.map((a) => [a.id, a.type]));
  const references = findReferences(text, sentences, mentions, actorOf, typeOf, lexicon);
  const relations = findRelations(id, sentences, [...mentions, ...references.mentions], memberships, actors, references.actorOf, lexicon);
  return withoutUnsupportedActors(actors, relations, tentative);
}
