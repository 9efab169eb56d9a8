import { describe, expect, it } from 'vitest';
import type { SourceDocument, Span } from '../../extract/types.ts';
import { documentPositionLabel, mentionsByDocumentText, spansByDocument } from './documentNames.ts';

const SEED: SourceDocument = { id: 'd1', title: 'US and Russian militaries launch talks on Syria', text: 'Kerry met Lavrov.' };
const PASTED: SourceDocument = { id: 'd2', title: 'Zelenskyy’s appeal', text: 'Zelenskyy accused Russia.' };
const BLANK: SourceDocument = { id: 'd3', title: '  ', text: 'Erdoğan met Putin.' };

const span = (doc: string, start: number, end: number): Span => ({ doc, start, end });

describe('documentPositionLabel', () => {
  it('names the shown document by its place and title once there are two or more', () => {
    expect(documentPositionLabel([SEED, PASTED, BLANK], 'd2')).toBe('2 of 3: Zelenskyy’s appeal');
    expect(documentPositionLabel([SEED, PASTED, BLANK], 'd3')).toBe('3 of 3: Untitled');
  });

  it('says nothing with one document, or of a document not in the workspace', () => {
    expect(documentPositionLabel([SEED], 'd1')).toBeNull();
    expect(documentPositionLabel([SEED, PASTED], 'd9')).toBeNull();
  });
});

describe('mentions by document', () => {
  // Russia in the seed twice, in the pasted article once ("Zelenskyy accused Russia.").
  const russia = [span('d2', 18, 24), span('d1', 0, 6), span('d1', 10, 16)];

  it('counts an actor’s mentions per document, in the workspace’s order', () => {
    expect(spansByDocument(russia, [SEED, PASTED]).map(({ document, count }) => [document.id, count])).toEqual([
      ['d1', 2],
      ['d2', 1],
    ]);
    expect(mentionsByDocumentText(russia, [SEED, PASTED, BLANK])).toBe(
      '2 in “US and Russian militaries launch talks on Syria”, 1 in “Zelenskyy’s appeal”',
    );
  });

  it('says nothing extra with one document', () => {
    expect(mentionsByDocumentText([span('d1', 0, 6)], [SEED])).toBeNull();
  });
});
