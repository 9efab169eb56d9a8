import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentFromText, extractGraph } from './index.ts';
import { partsOf } from './chunking.ts';
import type { GraphDocument } from './types.ts';

// Parts of a few hundred characters stand in for the 64 K ones, so a short real text is read in many parts.

const seed = readFileSync(fileURLToPath(new URL('../../seeds/000_6481e570e0997220.txt', import.meta.url)), 'utf8');
const FILLER = 'The talks lasted for several hours and covered a wide range of issues, officials said afterwards.';

const actorNamed = (graph: GraphDocument, label: string) => graph.actors.filter((a) => a.label === label || a.aliases.includes(label));
const labels = (graph: GraphDocument) => graph.actors.map((a) => a.label).sort();

describe('extractGraph, part by part', () => {
  it('keeps every mention and evidence span on its own words in a text read in many parts', () => {
    const document = documentFromText('d1', seed);
    expect(partsOf([document], 400).length).toBeGreaterThan(5);
    const graph = extractGraph([document], 400);
    expect(graph.actors.length).toBeGreaterThan(10);
    for (const actor of graph.actors) {
      for (const m of actor.mentions) expect([actor.label, ...actor.aliases]).toContain(seed.slice(m.start, m.end));
      const starts = actor.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    const ids = new Set(graph.actors.map((a) => a.id));
    for (const relation of graph.relations) {
      expect(ids).toContain(relation.source);
      expect(ids).toContain(relation.target);
      for (const e of relation.evidence) {
        const sentence = seed.slice(e.start, e.end);
        // Evidence is a whole sentence: it starts and ends on a word, not mid-way through one.
        expect(sentence).toBe(sentence.trim());
        expect(/\w/.test(seed[e.start - 1] ?? ' ') && /\w/.test(sentence[0]!)).toBe(false);
      }
    }
    expect(graph.relations.map((r) => r.id)).toEqual(graph.relations.map((_, i) => `r${i + 1}`));
  });

  it('finds the same actors in the seed whether it is read whole or in parts', () => {
    const document = documentFromText('d1', seed);
    expect(labels(extractGraph([document], 400))).toEqual(labels(extractGraph([document])));
  });

  it('joins a bare surname in a later part to the one full name that ends with it', () => {
    const text = [
      'Talks in Geneva',
      'Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva on Monday.',
      FILLER,
      FILLER,
      'Kerry said the talks had been useful.',
    ].join('\n\n');
    const document = documentFromText('d1', text);
    expect(partsOf([document], 120).length).toBeGreaterThanOrEqual(4);
    const graph = extractGraph([document], 120);
    const kerry = actorNamed(graph, 'Kerry');
    expect(kerry.map((a) => a.id)).toEqual(['john-kerry']);
    expect(kerry[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['John Kerry', 'Kerry']);
    expect(graph).toEqual(extractGraph([document]));
  });

  it('leaves a surname alone when two people in other parts share it', () => {
    const text = [
      'Jobs report',
      'John Smith, the chief executive of Acme Holdings, said profits rose.',
      FILLER,
      'Jane Smith, a lawyer for the union, said wages fell.',
      FILLER,
      'Smith said the figures were wrong.',
    ].join('\n\n');
    const graph = extractGraph([documentFromText('d1', text)], 120);
    expect(actorNamed(graph, 'Smith').map((a) => a.id)).toEqual(['smith']);
    expect(actorNamed(graph, 'John Smith').map((a) => a.id)).toEqual(['john-smith']);
    expect(actorNamed(graph, 'Jane Smith').map((a) => a.id)).toEqual(['jane-smith']);
  });

  it('joins an acronym in a later part to the name it abbreviates', () => {
    const text = [
      'Tanker deal',
      'The European Aeronautic Defence and Space Company signed a deal with Boeing on Monday.',
      FILLER,
      FILLER,
      'EADS said the deal would create jobs.',
    ].join('\n\n');
    const graph = extractGraph([documentFromText('d1', text)], 120);
    expect(actorNamed(graph, 'EADS').map((a) => a.label)).toEqual(['European Aeronautic Defence and Space Company']);
  });

  it('merges actors across documents by the same rules, each mention keeping its document', () => {
    const first = documentFromText('d1', 'Talks in Geneva\n\nSecretary of State John Kerry met Sergei Lavrov in Geneva.');
    const second = documentFromText('d2', 'Kerry said the talks had been useful.');
    const graph = extractGraph([first, second]);
    const [kerry] = actorNamed(graph, 'Kerry');
    expect(actorNamed(graph, 'Kerry')).toHaveLength(1);
    expect(kerry!.id).toBe('john-kerry');
    expect(kerry!.mentions.map((m) => m.doc)).toEqual(['d1', 'd2']);
    expect(kerry!.mentions.map((m) => [first, second].find((d) => d.id === m.doc)!.text.slice(m.start, m.end))).toEqual(['John Kerry', 'Kerry']);
  });

  it('keeps two Smiths of two documents apart from a bare Smith in a third', () => {
    const graph = extractGraph([
      documentFromText('d1', 'John Smith, the chief executive of Acme Holdings, said profits rose.'),
      documentFromText('d2', 'Jane Smith, a lawyer for the union, said wages fell.'),
      documentFromText('d3', 'Smith said the figures were wrong.'),
    ]);
    expect(graph.actors.filter((a) => a.label.endsWith('Smith')).map((a) => a.id)).toEqual(['john-smith', 'jane-smith', 'smith']);
  });

  it('makes one relation of one stated in several parts of a document, with all its evidence', () => {
    const meeting = 'John Kerry met Sergei Lavrov in Geneva on Monday.';
    const text = ['Talks in Geneva', meeting, FILLER, meeting.replace('Monday', 'Tuesday')].join('\n\n');
    const graph = extractGraph([documentFromText('d1', text)], 120);
    const meetings = graph.relations.filter((r) => r.type === 'meet');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.evidence.map((e) => text.slice(e.start, e.end))).toEqual([meeting, meeting.replace('Monday', 'Tuesday')]);
  });
});
