import { describe, expect, it } from 'vitest';
import type { Actor } from '../../extract/types.ts';
import { runSteps } from '../../lib/steps.ts';
import { articleParagraphs, firstMentionIn, markSpansOf, mentionIndexSteps, paragraphRangesOf } from './articlePieces.ts';

const TEXT =
  'United States and Russian militaries launch talks on Syria\n\n' +
  'The AP says: “Russian Defense Ministry spokesman Maj”.\n\n\n' +
  'Russia’s foreign ministry offered to hold such talks.';

const at = (needle: string, from = 0) => {
  const start = TEXT.indexOf(needle, from);
  return { doc: 'd1', start, end: start + needle.length };
};

const actor = (id: string, mentions: Actor['mentions']): Actor => ({
  id, label: id, type: 'organization', aliases: [], mentions,
});
const indexOf = (actors: Actor[], docId = 'd1') => runSteps(mentionIndexSteps(actors, docId));

describe('paragraphRangesOf', () => {
  it('splits on blank lines, however many, and leaves them out', () => {
    const texts = paragraphRangesOf(TEXT).map((r) => TEXT.slice(r.start, r.end));
    expect(texts).toEqual([
      'United States and Russian militaries launch talks on Syria',
      'The AP says: “Russian Defense Ministry spokesman Maj”.',
      'Russia’s foreign ministry offered to hold such talks.',
    ]);
  });
});

describe('markSpansOf', () => {
  it('keeps the outer of two overlapping mentions and drops spans outside the text or another document', () => {
    const actors = [
      actor('russia', [at('Russian', 60), { doc: 'd2', start: 0, end: 6 }, { doc: 'd1', start: 500, end: 510 }]),
      actor('russian-defense-ministry', [at('Russian Defense Ministry')]),
    ];
    const { start, end } = at('Russian Defense Ministry');
    expect(markSpansOf(indexOf(actors), 0, TEXT.length)).toEqual([{ start, end, actorId: 'russian-defense-ministry' }]);
  });
});

describe('markSpansOf, for a stretch of the text', () => {
  it('gives only the mentions within the stretch, in text order, whatever order an edit left them in', () => {
    const russia = actor('russia', [at('Russian', 60), at('Russian'), at('Russia', at('Russia’s').start)]);
    const ap = actor('ap', [at('AP')]);
    const second = paragraphRangesOf(TEXT)[1]!;
    const span = (needle: string, actorId: string, from = 0) => ({ start: at(needle, from).start, end: at(needle, from).end, actorId });
    expect(markSpansOf(indexOf([russia, ap]), second.start, second.end)).toEqual([span('AP', 'ap'), span('Russian', 'russia', 60)]);
    expect(firstMentionIn(indexOf([russia, ap]), 'russia')).toEqual(at('Russian'));
    expect(firstMentionIn(indexOf([russia, ap], 'd2'), 'russia')).toBeNull();
  });
});

describe('paragraphRangesOf, for a stretch of the text', () => {
  it('gives the paragraphs between two offsets as the whole text has them', () => {
    const all = paragraphRangesOf(TEXT);
    expect(paragraphRangesOf(TEXT, all[1]!.start, TEXT.length)).toEqual(all.slice(1));
    expect(paragraphRangesOf(TEXT, 0, all[1]!.end)).toEqual(all.slice(0, 2));
  });
});

describe('articleParagraphs', () => {
  it('rebuilds each paragraph exactly from its pieces, with adjacent mentions as separate marks', () => {
    const actors = [
      actor('united-states', [at('United States')]),
      actor('russia', [at('Russia', at('Russia’s').start)]),
      actor('ap', [at('AP')]),
      actor('the', [{ doc: 'd1', start: at('AP').start - 4, end: at('AP').start - 1 }]),
    ];
    const paragraphs = articleParagraphs(TEXT, markSpansOf(indexOf(actors), 0, TEXT.length));
    const ranges = paragraphRangesOf(TEXT);
    paragraphs.forEach((p, i) => {
      expect(p.pieces.map((piece) => piece.text).join('')).toBe(TEXT.slice(ranges[i]!.start, ranges[i]!.end));
    });
    expect(paragraphs[1]!.pieces.slice(0, 4)).toEqual([
      { start: at('The AP').start, text: 'The', actorId: 'the', spotlight: null },
      { start: at(' AP').start, text: ' ', actorId: null, spotlight: null },
      { start: at('AP').start, text: 'AP', actorId: 'ap', spotlight: null },
      { start: at(' says').start, text: ' says: “Russian Defense Ministry spokesman Maj”.', actorId: null, spotlight: null },
    ]);
    expect(paragraphs[2]!.pieces[0]).toEqual({ start: at('Russia’s').start, text: 'Russia', actorId: 'russia', spotlight: null });
  });

  it('returns plain paragraphs when there are no mentions, and nothing for empty text', () => {
    expect(articleParagraphs('One.\n\nTwo.', [])).toEqual([
      { start: 0, pieces: [{ start: 0, text: 'One.', actorId: null, spotlight: null }] },
      { start: 6, pieces: [{ start: 6, text: 'Two.', actorId: null, spotlight: null }] },
    ]);
    expect(articleParagraphs('', [])).toEqual([]);
  });

  it('cuts pieces where a spotlight starts and ends, a mention inside it keeping its actor', () => {
    const text = 'Kerry met Lavrov. Then Assad spoke.';
    const marks = [{ start: 23, end: 28, actorId: 'assad' }];
    const [paragraph] = articleParagraphs(text, marks, [{ start: 18, end: 35, kind: 'story' }]);
    expect(paragraph?.pieces).toEqual([
      { start: 0, text: 'Kerry met Lavrov. ', actorId: null, spotlight: null },
      { start: 18, text: 'Then ', actorId: null, spotlight: 'story' },
      { start: 23, text: 'Assad', actorId: 'assad', spotlight: 'story' },
      { start: 28, text: ' spoke.', actorId: null, spotlight: 'story' },
    ]);
  });

  it('cuts a mention that a spotlight only partly covers, and lets the first of two overlapping spotlights win', () => {
    const text = 'Kerry met Lavrov.';
    const marks = [{ start: 10, end: 16, actorId: 'lavrov' }];
    const [paragraph] = articleParagraphs(text, marks, [
      { start: 0, end: 13, kind: 'path' },
      { start: 5, end: 17, kind: 'story' },
    ]);
    expect(paragraph?.pieces.map((piece) => [piece.text, piece.actorId, piece.spotlight])).toEqual([
      ['Kerry', null, 'path'],
      [' met ', null, 'path'],
      ['Lav', 'lavrov', 'path'],
      ['rov', 'lavrov', 'story'],
      ['.', null, 'story'],
    ]);
  });
});
