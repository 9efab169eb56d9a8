// The graph as GraphML, which Gephi, Cytoscape and yEd open: actors as nodes, relations as edges, with their data.
import type { GraphDocument } from '../../extract/types.ts';
import type { HideableActor } from '../edits/types.ts';

interface GraphMlKey {
  id: string;
  for: 'node' | 'edge';
  type: 'string' | 'int' | 'boolean';
}

/**
 * Relation type is "relation", not "type": Gephi keeps an edge's "type" for directed/undirected. Each edge also
 * says whether it is directed, as GraphML allows, so one file holds meetings (undirected) and attacks (directed).
 */
const KEYS: readonly GraphMlKey[] = [
  { id: 'label', for: 'node', type: 'string' },
  { id: 'type', for: 'node', type: 'string' },
  { id: 'aliases', for: 'node', type: 'string' },
  { id: 'mentions', for: 'node', type: 'int' },
  { id: 'hidden', for: 'node', type: 'boolean' },
  { id: 'relation', for: 'edge', type: 'string' },
  { id: 'polarity', for: 'edge', type: 'string' },
  { id: 'directed', for: 'edge', type: 'boolean' },
  { id: 'attributedTo', for: 'edge', type: 'string' },
  { id: 'hedged', for: 'edge', type: 'boolean' },
  { id: 'evidence', for: 'edge', type: 'string' },
];

export function toGraphML(graph: GraphDocument): string {
  const textOf = new Map(graph.documents.map((document) => [document.id, document.text]));
  const data = (values: Record<string, string | number | boolean>) =>
    Object.entries(values)
      .map(([key, value]) => `      <data key="${key}">${xmlEscaped(String(value))}</data>\n`)
      .join('');
  const nodes = graph.actors.map((actor: HideableActor) =>
    `    <node id="${xmlEscaped(actor.id)}">\n` +
    data({ label: actor.label, type: actor.type, aliases: actor.aliases.join(' | '), mentions: actor.mentions.length, hidden: actor.hidden === true }) +
    '    </node>\n',
  );
  const edges = graph.relations.map((relation) => {
    const evidence = relation.evidence.map((span) => textOf.get(span.doc)?.slice(span.start, span.end) ?? '').join(' … ');
    return (
      `    <edge id="${xmlEscaped(relation.id)}" source="${xmlEscaped(relation.source)}" target="${xmlEscaped(relation.target)}" directed="${relation.directed}">\n` +
      data({
        relation: relation.type,
        polarity: relation.polarity,
        directed: relation.directed,
        attributedTo: relation.attributedTo ?? '',
        hedged: relation.hedged === true,
        evidence,
      }) +
      '    </edge>\n'
    );
  });
  const keys = KEYS.map((key) => `  <key id="${key.id}" for="${key.for}" attr.name="${key.id}" attr.type="${key.type}"/>\n`);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keys.join('') +
    '  <graph id="actorgraph" edgedefault="directed">\n' +
    nodes.join('') +
    edges.join('') +
    '  </graph>\n' +
    '</graphml>\n'
  );
}

/**
 * Text made safe in XML content and attribute values: the five special characters escaped, and characters XML 1.0
 * cannot hold at all (control characters, lone surrogates, U+FFFE/U+FFFF) dropped, as a pasted text may have them.
 */
export function xmlEscaped(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
