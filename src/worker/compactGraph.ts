import { GRAPH_FORMAT, type Actor, type GraphDocument, type Relation, type SourceDocument, type Span } from '../extract/types.ts';

// A 20 MB text's graph holds hundreds of thousands of spans. Cloned as objects, one reply took the page's main
// thread well over 50 ms to receive; packed as [document, start, end] triples in two typed arrays, the arrays
// cross by transfer (no copy) and the page rebuilds the spans a slice at a time, yielding between slices.

export interface CompactGraph {
  documents: Array<{ id: string; title: string }>;
  actors: Array<Omit<Actor, 'mentions'> & { mentionCount: number }>;
  relations: Array<Omit<Relation, 'evidence'> & { evidenceCount: number }>;
  /** Every actor's mentions, actor after actor, as (document index, start, end). */
  mentions: Int32Array;
  /** Every relation's evidence, relation after relation, likewise. */
  evidence: Int32Array;
}

/** The graph packed for the trip to the page, and the buffers to transfer with it. */
export function compactGraph(graph: GraphDocument): { graph: CompactGraph; transfer: ArrayBuffer[] } {
  const documentIndex = new Map(graph.documents.map((d, i) => [d.id, i]));
  const pack = (spanLists: readonly Span[][]): Int32Array => {
    const packed = new Int32Array(3 * spanLists.reduce((n, spans) => n + spans.length, 0));
    let at = 0;
    for (const spans of spanLists) {
      for (const span of spans) {
        packed[at++] = documentIndex.get(span.doc) ?? -1;
        packed[at++] = span.start;
        packed[at++] = span.end;
      }
    }
    return packed;
  };
  const mentions = pack(graph.actors.map((a) => a.mentions));
  const evidence = pack(graph.relations.map((r) => r.evidence));
  return {
    graph: {
      documents: graph.documents.map(({ id, title }) => ({ id, title })),
      actors: graph.actors.map(({ mentions: spans, ...actor }) => ({ ...actor, mentionCount: spans.length })),
      relations: graph.relations.map(({ evidence: spans, ...relation }) => ({ ...relation, evidenceCount: spans.length })),
      mentions,
      evidence,
    },
    transfer: [mentions.buffer as ArrayBuffer, evidence.buffer as ArrayBuffer],
  };
}

/** Spans rebuilt per pause: about 5 ms of the page's time on a slow machine. */
const SPANS_PER_SLICE = 20_000;

/**
 * The graph unpacked, the documents' texts put back from the page's own copies. `pause` runs between slices so a
 * huge graph never holds the main thread for long; it resolves at once in tests.
 */
export async function expandGraph(compact: CompactGraph, sources: readonly SourceDocument[], pause: () => Promise<void>): Promise<GraphDocument> {
  const texts = new Map(sources.map((d) => [d.id, d.text]));
  const documentIds = compact.documents.map((d) => d.id);
  let untilPause = SPANS_PER_SLICE;
  const unpack = async (packed: Int32Array, counts: readonly number[]): Promise<Span[][]> => {
    const lists: Span[][] = [];
    let at = 0;
    for (const count of counts) {
      const spans: Span[] = new Array<Span>(count);
      for (let k = 0; k < count; k++, at += 3) {
        spans[k] = { doc: documentIds[packed[at]!]!, start: packed[at + 1]!, end: packed[at + 2]! };
        // Inside an actor too: one actor of a long text may be named a hundred thousand times.
        if (--untilPause === 0) {
          untilPause = SPANS_PER_SLICE;
          await pause();
        }
      }
      lists.push(spans);
    }
    return lists;
  };
  const mentions = await unpack(compact.mentions, compact.actors.map((a) => a.mentionCount));
  const evidence = await unpack(compact.evidence, compact.relations.map((r) => r.evidenceCount));
  return {
    format: GRAPH_FORMAT,
    documents: compact.documents.map((d) => ({ ...d, text: texts.get(d.id) ?? '' })),
    actors: compact.actors.map(({ mentionCount: _count, ...actor }, i) => ({ ...actor, mentions: mentions[i]! })),
    relations: compact.relations.map(({ evidenceCount: _count, ...relation }, i) => ({ ...relation, evidence: evidence[i]! })),
  };
}
