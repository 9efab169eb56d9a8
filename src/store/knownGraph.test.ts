import { describe, expect, it, vi } from 'vitest';
import { documentFromText, extractGraph } from '../extract/index.ts';
import type { ReadArticles } from './types.ts';
import { withKnownGraph } from './knownGraph.ts';

const article = documentFromText('seed', 'Talks in Geneva\n\nRussia and the United States agreed to talks on Syria, Kerry said.');
const known = extractGraph([article]);

function readerCounting(): { read: ReadArticles; calls: () => number } {
  const read = vi.fn<ReadArticles>(async (documents) => ({ ok: true, graph: extractGraph(documents) }));
  return { read, calls: () => read.mock.calls.length };
}

describe('withKnownGraph', () => {
  it('answers a read of exactly the known documents with the known graph, without reading', async () => {
    const { read, calls } = readerCounting();
    const result = await withKnownGraph(read, Promise.resolve(known))([{ ...article }]);
    expect(result).toEqual({ ok: true, graph: known });
    expect(calls()).toBe(0);
  });

  it('reads afresh a text that differs by one word, another title, or more documents', async () => {
    const { read, calls } = readerCounting();
    const reader = withKnownGraph(read, Promise.resolve(known));
    const edited = { ...article, text: article.text.replace('Syria', 'Iran') };
    const result = await reader([edited]);
    expect(result.ok && result.graph.documents[0]!.text).toContain('Iran');
    await reader([{ ...article, title: 'Another title' }]);
    await reader([article, documentFromText('second', 'NATO met in Brussels.')]);
    expect(calls()).toBe(3);
  });

  it('reads when nothing is known or the known graph could not be loaded', async () => {
    const { read, calls } = readerCounting();
    await withKnownGraph(read, Promise.resolve(null))([article]);
    await withKnownGraph(read, Promise.reject(new Error('chunk failed to load')))([article]);
    expect(calls()).toBe(2);
  });
});
