import { describe, expect, it } from 'vitest';
import { manyNamesText } from './manyNames.ts';

describe('manyNamesText', () => {
  it('writes news-shaped paragraphs that name new people and companies as it grows', () => {
    const text = manyNamesText(200);
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toHaveLength(200);
    expect(paragraphs[0]).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ said on Tuesday that [A-Z][a-z]+ Holdings had signed a deal with [A-Z][a-z]+ Group\. [A-Z][a-z]+ criticised [A-Z][a-z]+ [A-Z][a-z]+\.$/);
    const companies = new Set(text.match(/[A-Z][a-z]+ Holdings/g));
    expect(companies.size).toBeGreaterThan(190);
  });

  it('is the same text for the same seed', () => {
    expect(manyNamesText(50)).toBe(manyNamesText(50));
    expect(manyNamesText(50, 2)).not.toBe(manyNamesText(50));
  });
});
