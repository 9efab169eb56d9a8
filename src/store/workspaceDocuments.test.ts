import { describe, expect, it } from 'vitest';
import { documentFromText } from '../extract/document.ts';
import { extractGraph } from '../extract/index.ts';
import { actorsNamedIn, withFreshIds } from './workspaceDocuments.ts';

describe('workspace documents', () => {
  it('numbers new documents after the highest one kept', () => {
    const kept = [documentFromText('seed', 'x'), documentFromText('doc-3', 'y')];
    const fresh = withFreshIds([documentFromText('pasted', 'a'), documentFromText('pasted', 'b')], kept);
    expect(fresh.map((document) => document.id)).toEqual(['doc-4', 'doc-5']);
    expect(withFreshIds([documentFromText('pasted', 'a')], []).map((document) => document.id)).toEqual(['doc-1']);
  });

  it('counts the actors a document names, once each', () => {
    const graph = extractGraph([
      documentFromText('a', 'Turkey accused Russia of bombing rebels near Aleppo.'),
      documentFromText('b', 'It rained all morning and the streets were empty.'),
    ]);
    expect(actorsNamedIn(graph, ['b'])).toBe(0);
    expect(actorsNamedIn(graph, ['a'])).toBeGreaterThanOrEqual(2);
  });
});
