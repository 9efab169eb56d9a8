import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentFromText, extractGraph } from './index.ts';
import { GRAPH_FORMAT, type GraphDocument } from './types.ts';

const seedPath = fileURLToPath(new URL('../../seeds/000_6481e570e0997220.txt', import.meta.url));

/** Every mention slices to a name the actor carries; every evidence span to a sentence; every relation to actors. */
function expectConsistent(graph: GraphDocument): void {
  const texts = new Map(graph.documents.map((d) => [d.id, d.text]));
  const ids = new Set(graph.actors.map((a) => a.id));
  for (const actor of graph.actors) {
    for (const m of actor.mentions) {
      const surface = texts.get(m.doc)!.slice(m.start, m.end);
      expect([actor.label, ...actor.aliases]).toContain(surface);
    }
  }
  for (const r of graph.relations) {
    expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    if (r.attributedTo !== null) expect(ids, `relation ${r.id} is claimed by a missing actor`).toContain(r.attributedTo);
    expect(r.evidence.length).toBeGreaterThan(0);
    for (const e of r.evidence) expect(texts.get(e.doc)!.slice(e.start, e.end).trim().length).toBeGreaterThan(0);
  }
  expect(new Set(graph.relations.map((r) => r.id)).size).toBe(graph.relations.length);
}

/** A seeded generator (d3-force's LCG), so a failing fuzz case can be replayed. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

function randomText(random: () => number, length: number): string {
  const pieces = ['Merkel ', 'U.S.', '’s ', '\n\n', ' al-', 'Maj. ', '“', '”', '\uD800', '\uDFFF', '\u0000', 'said ', 'ISIS-linked ', 'de ', '(', ') ', '.', ' of the ', 'Ministry ', '😀', 'Über ', 'السلام ', '\t', '-'];
  let out = '';
  while (out.length < length) {
    out += random() < 0.5 ? pieces[Math.floor(random() * pieces.length)] : String.fromCharCode(Math.floor(random() * 0xffff));
  }
  return out;
}

describe('extractGraph', () => {
  it('returns a complete actorgraph/1 document with consistent offsets on a real article', () => {
    const text = readFileSync(seedPath, 'utf8');
    const graph = extractGraph([documentFromText('d1', text)]);
    expect(graph.format).toBe(GRAPH_FORMAT);
    expect(graph.documents).toEqual([documentFromText('d1', text)]);
    expect(graph.actors.length).toBeGreaterThan(10);
    expectConsistent(graph);
  });

  it('keeps whoever a relation is claimed by as an actor, however little else the text says of them', () => {
    const text = 'Officials meet\n\nIran reportedly armed the Houthis, according to Saudi officials.';
    const graph = extractGraph([documentFromText('d1', text)]);
    expectConsistent(graph);
    expect(graph.relations.some((r) => r.attributedTo !== null)).toBe(true);
  });

  it('never throws, and stays consistent, on empty, junk, binary and foreign text', () => {
    const random = lcg(42);
    const inputs = ['', ' ', '\n\n\n', '\uD800\uDC00\uD800', 'ÄÖÜ ßß Москва заявила', '中国外交部发言人表示', '...', '"', "'s", '-linked', 'The'];
    for (let i = 0; i < 60; i++) inputs.push(randomText(random, Math.floor(random() * 400)));
    for (const text of inputs) {
      const graph = extractGraph([documentFromText('d1', text)]);
      expectConsistent(graph);
    }
  });

  it('reads a long text whole: every copy of a paragraph gives its mentions and evidence', () => {
    // Time and its growth with length are the bench's to measure (npm run bench: 0.25–2 MB and the fitted slope).
    const paragraph = 'Germany’s Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin. Scholz said Paris backed Kyiv.\n\n';
    const once = extractGraph([documentFromText('d1', paragraph)]);
    const many = extractGraph([documentFromText('d1', paragraph.repeat(400))]);
    expect(many.actors.map((actor) => actor.id)).toEqual(once.actors.map((actor) => actor.id));
    for (const actor of many.actors) {
      const single = once.actors.find((other) => other.id === actor.id)!;
      expect(actor.mentions).toHaveLength(single.mentions.length * 400);
    }
    expect(many.relations.map((relation) => relation.evidence.length)).toEqual(once.relations.map((relation) => relation.evidence.length * 400));
  });

  it('numbers documents as given and keeps one node per actor across them', () => {
    const graph = extractGraph([documentFromText('d1', 'Canada criticised Iran.'), documentFromText('d2', 'Iran warned Canada.')]);
    expect(graph.documents.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(graph.actors.map((a) => a.id)).toEqual(['canada', 'iran']);
    expect(graph.actors[0]!.mentions.map((m) => m.doc)).toEqual(['d1', 'd2']);
    expect(graph.relations.map((r) => `${r.id} ${r.source} ${r.type} ${r.target} ${r.evidence[0]!.doc}`)).toEqual([
      'r1 canada oppose iran d1',
      'r2 iran warn canada d2',
    ]);
    expectConsistent(graph);
  });
});
