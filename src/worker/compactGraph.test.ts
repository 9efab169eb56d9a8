import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentFromText, extractGraph } from '../extract/index.ts';
import { compactGraph, expandGraph } from './compactGraph.ts';

const seed = readFileSync(fileURLToPath(new URL('../../seeds/000_6481e570e0997220.txt', import.meta.url)), 'utf8');

describe('compactGraph and expandGraph', () => {
  it('give back the same graph, texts and all, from two documents', async () => {
    const documents = [documentFromText('d1', seed), documentFromText('d2', 'Kerry said the talks with Lavrov had been useful.')];
    const graph = extractGraph(documents);
    const { graph: compact, transfer } = compactGraph(graph);
    expect(compact.documents).toEqual(documents.map(({ id, title }) => ({ id, title })));
    expect(transfer).toEqual([compact.mentions.buffer, compact.evidence.buffer]);
    expect(await expandGraph(structuredClone(compact), documents, () => Promise.resolve())).toEqual(graph);
  });

  it('packs every span into the typed arrays, so a reply holds a few objects per actor, not one per mention', () => {
    const graph = extractGraph([documentFromText('d1', seed)]);
    const { graph: compact } = compactGraph(graph);
    const mentions = graph.actors.reduce((n, a) => n + a.mentions.length, 0);
    expect(compact.mentions.length).toBe(3 * mentions);
    expect(JSON.stringify(compact.actors)).not.toContain('"start"');
  });

  it('lets the page have its turn between slices of a big graph', async () => {
    const text = `${'John Kerry met Sergei Lavrov. '.repeat(12_000)}`;
    const documents = [documentFromText('d1', text)];
    const graph = {
      format: 'actorgraph/1' as const,
      documents,
      actors: [{ id: 'john-kerry', label: 'John Kerry', type: 'person' as const, aliases: [], mentions: [...Array(50_000).keys()].map((i) => ({ doc: 'd1', start: i * 30, end: i * 30 + 10 })) }],
      relations: [],
    };
    let pauses = 0;
    const expanded = await expandGraph(compactGraph(graph).graph, documents, async () => void pauses++);
    expect(expanded).toEqual(graph);
    expect(pauses).toBeGreaterThanOrEqual(2);
  });
});
