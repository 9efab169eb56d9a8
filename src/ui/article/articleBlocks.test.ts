import { describe, expect, it } from 'vitest';
import { blockAt, blockRangesOf } from './articleBlocks.ts';
import { paragraphRangesOf } from './articlePieces.ts';

const PARAGRAPHS = [
  'Turkish President Recep Tayyip Erdogan warned Greece on Friday against any move in the Aegean.',
  'NATO Secretary General Jens Stoltenberg urged Turkey and Greece to settle their differences through talks.',
  'Greek Prime Minister Kyriakos Mitsotakis said Athens would not be drawn into a war of words.',
];
/** About 10 KB of news paragraphs, with blank lines of every kind between them. */
const TEXT = Array.from({ length: 100 }, (_, i) => PARAGRAPHS[i % 3]).join('\n\n').replace(/\n\n(?=Greek)/g, '\n \n\n');
const textOf = (text: string, ranges: Array<{ start: number; end: number }>) => ranges.map((r) => text.slice(r.start, r.end));

describe('blockRangesOf', () => {
  it('cuts a long text between paragraphs, so the blocks hold every paragraph once, whole', () => {
    const blocks = blockRangesOf(TEXT, 0, 300);
    expect(blocks.length).toBeGreaterThan(20);
    const paragraphs = blocks.flatMap((block) => textOf(TEXT, paragraphRangesOf(TEXT, block.start, block.end)));
    expect(paragraphs).toEqual(textOf(TEXT, paragraphRangesOf(TEXT)));
    for (const block of blocks) expect(block.end - block.start).toBeLessThan(300 + 2 * 110);
  });

  it('keeps a text of a block and a half as one block, and starts where it is told', () => {
    const short = PARAGRAPHS.join('\n\n');
    expect(blockRangesOf(short, 0, 200)).toEqual([{ start: 0, end: short.length }]);
    const afterTitle = PARAGRAPHS[0]!.length;
    expect(blockRangesOf(short, afterTitle, 200)).toEqual([{ start: afterTitle, end: short.length }]);
    expect(blockRangesOf('', 0, 200)).toEqual([]);
  });

  it('cuts a paragraph with no blank line in reach at a line break, else at a space', () => {
    const lines = Array.from({ length: 40 }, () => PARAGRAPHS[0]).join('\n');
    const [first] = blockRangesOf(lines, 0, 500);
    expect(lines[first!.end]).toBe('\n');
    const oneLine = Array.from({ length: 40 }, () => PARAGRAPHS[0]).join(' ');
    const [block] = blockRangesOf(oneLine, 0, 500);
    expect(oneLine[block!.end]).toBe(' ');
  });
});

describe('blockAt', () => {
  it('finds the block holding an offset, and the one before a gap between two', () => {
    const blocks = [
      { start: 0, end: 10 },
      { start: 12, end: 20 },
      { start: 22, end: 30 },
    ];
    expect([0, 9, 11, 12, 25, 99].map((offset) => blockAt(blocks, offset))).toEqual([0, 0, 0, 1, 2, 2]);
  });
});
