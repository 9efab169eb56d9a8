import { describe, expect, it } from 'vitest';
import { documentFromText } from './document.ts';

describe('documentFromText', () => {
  it('takes the first non-empty line as the title and keeps the text as given', () => {
    const text = '\n\n  Court blocks merger of two rail operators  \nThe ruling came on Friday.';
    expect(documentFromText('d3', text)).toEqual({ id: 'd3', title: 'Court blocks merger of two rail operators', text });
  });

  it('shortens a very long first line', () => {
    const doc = documentFromText('d1', 'x'.repeat(500));
    expect(doc.title.length).toBeLessThanOrEqual(200);
    expect(doc.text.length).toBe(500);
  });

  it('accepts empty text', () => {
    expect(documentFromText('d1', '')).toEqual({ id: 'd1', title: '', text: '' });
  });
});
