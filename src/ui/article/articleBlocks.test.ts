import { describe, expect, it } from 'vitest';
import { textBlocksOf, type TextBlock, type TextBlocks } from './articleBlocks.ts';
import { paragraphRangesOf } from './articlePieces.ts';

const PARAGRAPHS = [
  'Turkish President Recep Tayyip Erdogan warned Greece on Friday against any move in the Aegean.',
  'NATO Secretary General Jens Stoltenberg urged Turkey and Greece to settle their differences through talks.',
  'Greek Prime Minister Kyriakos Mitsotakis said Athens would not be drawn into a war of words.',
];
/** About 10 KB of news paragraphs, with blank lines of every kind between them. */
const TEXT = Array.from({ length: 100 }, (_, i) => PARAGRAPHS[i % 3]).join('\n\n').replace(/\n\n(?=Greek)/g, '\n \n\n');
const textOf = (text: string, ranges: readonly TextBlock[]) => ranges.map((r) => text.slice(r.start, r.end));
const allOf = (blocks: TextBlocks) => Array.from({ length: blocks.count }, (_, i) => blocks.at(i));
/** The paragraphs of the text, read block by block. */
const paragraphsByBlock = (text: string, blocks: TextBlocks) =>
  allOf(blocks).flatMap((block) => textOf(text, paragraphRangesOf(text, block.start, block.end)));

describe('textBlocksOf', () => {
  it('cuts a long text between paragraphs, so the blocks hold every paragraph once, whole', () => {
    const blocks = textBlocksOf(TEXT, 0, 300);
    expect(blocks.count).toBeGreaterThan(20);
    expect(paragraphsByBlock(TEXT, blocks)).toEqual(textOf(TEXT, paragraphRangesOf(TEXT)));
    for (const block of allOf(blocks)) expect(block.end - block.start).toBeLessThan(300 + 2 * 110);
  });

  it('cuts any block on its own as it is cut among all, and gives the same block each time', () => {
    const all = allOf(textBlocksOf(TEXT, 0, 300));
    const alone = textBlocksOf(TEXT, 0, 300);
    expect(alone.at(17)).toEqual(all[17]);
    expect(alone.at(17)).toBe(alone.at(17));
    expect(alone.at(alone.count - 1).end).toBe(TEXT.length);
  });

  it('guesses a block’s length before it is cut from the place of its cuts, the last one taking the rest', () => {
    const blocks = textBlocksOf(TEXT, 0, 300);
    expect(blocks.roughLength(0)).toBe(300);
    const lengths = Array.from({ length: blocks.count }, (_, i) => blocks.roughLength(i));
    expect(lengths.reduce((sum, length) => sum + length, 0)).toBe(TEXT.length);
  });

  it('keeps a text of a block and a half as one block, and starts where it is told', () => {
    const short = PARAGRAPHS.join('\n\n');
    expect(allOf(textBlocksOf(short, 0, 200))).toEqual([{ start: 0, end: short.length }]);
    const afterTitle = PARAGRAPHS[0]!.length;
    expect(allOf(textBlocksOf(short, afterTitle, 200))).toEqual([{ start: afterTitle, end: short.length }]);
    expect(textBlocksOf('', 0, 200).count).toBe(0);
  });

  it('cuts a paragraph with no blank line in reach at a line break, else at a space', () => {
    const lines = Array.from({ length: 40 }, () => PARAGRAPHS[0]).join('\n');
    expect(lines[textBlocksOf(lines, 0, 500).at(0).end]).toBe('\n');
    const oneLine = Array.from({ length: 40 }, () => PARAGRAPHS[0]).join(' ');
    expect(oneLine[textBlocksOf(oneLine, 0, 500).at(0).end]).toBe(' ');
  });

  it('keeps every paragraph once across a run of blank lines longer than a block', () => {
    const gappy = `${PARAGRAPHS.join('\n\n')}${'\n \n'.repeat(400)}${PARAGRAPHS.join('\n\n')}`;
    const blocks = textBlocksOf(gappy, 0, 200);
    expect(paragraphsByBlock(gappy, blocks)).toEqual(textOf(gappy, paragraphRangesOf(gappy)));
    const starts = allOf(blocks).map((block) => block.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('indexAt', () => {
  it('finds the block holding an offset, the one before a gap between two, and the nearest end beyond them', () => {
    const blocks = textBlocksOf(TEXT, 0, 300);
    const all = allOf(blocks);
    const mentions = [0, 299, 1_000, 5_000, TEXT.length - 1];
    for (const offset of mentions) {
      const index = blocks.indexAt(offset);
      expect(all[index]!.start).toBeLessThanOrEqual(offset);
      expect(offset).toBeLessThan(all[index + 1]?.start ?? Infinity);
    }
    const gap = all[4]!.end + 1;
    expect(blocks.indexAt(gap)).toBe(4);
    expect(blocks.indexAt(-5)).toBe(0);
    expect(blocks.indexAt(TEXT.length + 100)).toBe(blocks.count - 1);
  });
});

describe('a text of a single line', () => {
  it('is cut at spaces near each cut’s place, every block about as long as the others', () => {
    const oneLine = Array.from({ length: 20_000 }, (_, i) => PARAGRAPHS[i % 3]).join(' ');
    const blocks = textBlocksOf(oneLine);
    const middle = blocks.at(Math.floor(blocks.count / 2));
    expect(oneLine[middle.end]).toBe(' ');
    expect(middle.end - middle.start).toBeLessThan(3_000 + 200);
  });
});
