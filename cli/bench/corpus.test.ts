import { describe, expect, it } from 'vitest';
import { buildCorpus, paragraphsOf, PARAGRAPH_SEPARATOR, seededRandom, shuffled } from './corpus.ts';

const mali = `Mali army and northern rebels agree 72-hour ceasefire in Doha talks

DOHA, March 4 (Reuters) - Mali's army and the separatist Azawad Liberation Front (ALF) agreed on Tuesday to a 72-hour ceasefire.

"Both sides have committed to stop all attacks," al-Mansouri told reporters after the talks.
`;
const boeing = `Internal emails expose Boeing-Air Force contract discussions\r\n\r\nSenator John McCain (R-AZ) entered them into the Congressional Record.\r\n  \r\nCongressional lawmakers rejected the proposal in October.`;

describe('paragraphsOf', () => {
  it('splits an article at blank lines (any line ending, blank lines with spaces) and keeps each block whole', () => {
    expect(paragraphsOf(mali)).toHaveLength(3);
    expect(paragraphsOf(boeing)).toEqual([
      'Internal emails expose Boeing-Air Force contract discussions',
      'Senator John McCain (R-AZ) entered them into the Congressional Record.',
      'Congressional lawmakers rejected the proposal in October.',
    ]);
  });
});

describe('seeded shuffle', () => {
  it('gives the same order for the same seed and keeps every item', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    expect(shuffled(items, seededRandom(7))).toEqual(shuffled(items, seededRandom(7)));
    expect(shuffled(items, seededRandom(7))).not.toEqual(shuffled(items, seededRandom(8)));
    expect([...shuffled(items, seededRandom(7))].sort()).toEqual(items);
  });
});

describe('buildCorpus', () => {
  it('reaches the size asked for from whole paragraphs of the articles, and stops there', () => {
    const corpus = buildCorpus([mali, boeing], 2_000, 1);
    const known = new Set([...paragraphsOf(mali), ...paragraphsOf(boeing)]);
    const parts = corpus.split(PARAGRAPH_SEPARATOR);
    expect(parts.every((p) => known.has(p))).toBe(true);
    expect(Buffer.byteLength(corpus)).toBeGreaterThanOrEqual(2_000);
    expect(Buffer.byteLength(parts.slice(0, -1).join(PARAGRAPH_SEPARATOR))).toBeLessThan(2_000);
  });

  it('uses every paragraph once before repeating any', () => {
    const paragraphs = [...paragraphsOf(mali), ...paragraphsOf(boeing)];
    const firstPass = buildCorpus([mali, boeing], 2_000, 3).split(PARAGRAPH_SEPARATOR).slice(0, paragraphs.length);
    expect(new Set(firstPass).size).toBe(paragraphs.length);
  });

  it('gives a prefix of the larger text for a smaller size, so scaling points are nested', () => {
    const large = buildCorpus([mali, boeing], 6_000, 5);
    expect(large.startsWith(buildCorpus([mali, boeing], 2_500, 5))).toBe(true);
  });

  it('is deterministic for a seed and empty when there is nothing to build from', () => {
    expect(buildCorpus([mali, boeing], 5_000, 42)).toBe(buildCorpus([mali, boeing], 5_000, 42));
    expect(buildCorpus([mali, boeing], 5_000, 42)).not.toBe(buildCorpus([mali, boeing], 5_000, 43));
    expect(buildCorpus(['', '  \n\n '], 1_000, 1)).toBe('');
  });
});
