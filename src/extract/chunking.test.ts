import { describe, expect, it } from 'vitest';
import { partRanges, partsOf, utf8Length } from './chunking.ts';

const PARAGRAPHS = [
  'Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva on Monday.',
  'The talks lasted for several hours. Officials said afterwards that they had covered a wide range of issues.',
  'Kerry said the talks had been useful.',
];

/** The ranges tile the text: each starts where the last ended, the last ends at the text's end. */
function expectTiling(text: string, ranges: Array<[number, number]>, limit: number): void {
  expect(ranges[0]![0]).toBe(0);
  expect(ranges.at(-1)![1]).toBe(text.length);
  ranges.forEach(([start, end], i) => {
    expect(end - start).toBeLessThanOrEqual(limit);
    expect(end).toBeGreaterThan(start);
    if (i > 0) expect(start).toBe(ranges[i - 1]![1]);
  });
}

describe('partRanges', () => {
  it('keeps a text shorter than a part whole', () => {
    const text = PARAGRAPHS.join('\n\n');
    expect(partRanges(text)).toEqual([[0, text.length]]);
  });

  it('cuts after a paragraph break when one lies in the last half of the room', () => {
    const text = PARAGRAPHS.join('\n\n');
    const ranges = partRanges(text, 120);
    expectTiling(text, ranges, 120);
    // The first paragraph (94 characters) and its blank line; the second (107) is too long to join it.
    expect(text.slice(...ranges[0]!)).toBe(`${PARAGRAPHS[0]}\n\n`);
    expect(text.slice(...ranges[1]!)).toBe(`${PARAGRAPHS[1]}\n\n`);
    expect(text.slice(...ranges[2]!)).toBe(PARAGRAPHS[2]);
  });

  it('cuts after a sentence end in a paragraph longer than a part', () => {
    const text = Array(3).fill(PARAGRAPHS[1]).join(' ');
    const ranges = partRanges(text, 60);
    expectTiling(text, ranges, 60);
    expect(text.slice(...ranges[0]!)).toBe('The talks lasted for several hours. ');
  });

  it('cuts at whitespace in a run-on text with no sentence end, and never inside a word', () => {
    const text = 'officials said that the talks would go on '.repeat(10);
    const ranges = partRanges(text, 50);
    expectTiling(text, ranges, 50);
    for (const [start] of ranges.slice(1)) expect(text[start - 1]).toBe(' ');
  });

  it('never splits a surrogate pair in a text with no break at all', () => {
    const text = '😀'.repeat(100);
    const ranges = partRanges(text, 51);
    expectTiling(text, ranges, 51);
    for (const [start, end] of ranges) expect(text.slice(start, end)).toMatch(/^(😀)+$/u);
  });
});

describe('partsOf', () => {
  it('lists every document’s parts in reading order', () => {
    const long = PARAGRAPHS.join('\n\n');
    const parts = partsOf(
      [
        { id: 'd1', title: 'a', text: long },
        { id: 'd2', title: 'b', text: 'Kerry said.' },
      ],
      120,
    );
    expect(parts.map((p) => p.documentIndex)).toEqual([0, 0, 0, 1]);
    expect(parts.at(-1)).toEqual({ documentIndex: 1, start: 0, end: 11 });
  });
});

describe('utf8Length', () => {
  it('counts bytes as a file’s size does', () => {
    for (const text of ['Kerry', 'Über', '“Kerry”', '😀', 'السلام']) expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});
