import type { GraphDocument } from '../../../../src/extract/types.ts';

// What the reference renderer is given: the graph document's actors and relations as nodes and links, nothing
// more (the reference reads no article and draws one link per relation).

export interface ReferenceGraph {
  nodes: Array<{ id: string; label: string }>;
  links: Array<{ source: string; target: string }>;
}

export function referenceGraphOf(graph: GraphDocument): ReferenceGraph {
  return {
    nodes: graph.actors.map((actor) => ({ id: actor.id, label: actor.label })),
    links: graph.relations.map((relation) => ({ source: relation.source, target: relation.target })),
  };
}
