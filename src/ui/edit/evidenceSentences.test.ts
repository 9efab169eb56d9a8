import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../extract/document.ts';
import { extractGraph } from '../../extract/index.ts';
import type { Actor, GraphDocument } from '../../extract/types.ts';
import { evidenceChoices } from './evidenceSentences.ts';

const SEED = documentFromText('seed', readFileSync(new URL('../../../seeds/000_6481e570e0997220.txt', import.meta.url), 'utf8'));
const graph: GraphDocument = extractGraph([SEED]);
const actor = (id: string): Actor => {
  const found = graph.actors.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no actor ${id}`);
  return found;
};

describe('evidence choices', () => {
  it('offer the sentences naming both actors first, then those naming either, in the text’s order', () => {
    const choices = evidenceChoices(graph, actor('kerry'), actor('abdullah-bin-zayed'), '');
    expect(choices[0]?.reach).toBe('both');
    expect(choices[0]?.text).toMatch(/^At a meeting in London with United Arab Emirates Foreign Minister Abdullah bin Zayed, Kerry said/);
    const reaches = choices.map((choice) => choice.reach);
    expect(reaches.indexOf('one')).toBeGreaterThan(reaches.lastIndexOf('both'));
    expect(reaches).not.toContain('neither');
    for (const choice of choices) expect(SEED.text.slice(choice.span.start, choice.span.end)).toBe(choice.text);
  });

  it('cite sentences as the extractor does: each relation’s own sentence is offered for its two actors, as naming both', () => {
    for (const relation of graph.relations) {
      const offered = evidenceChoices(graph, actor(relation.source), actor(relation.target), '');
      const sentence = SEED.text.slice(relation.evidence[0]!.start, relation.evidence[0]!.end).trim();
      expect(offered.find((choice) => choice.text === sentence)?.reach).toBe('both');
    }
  });

  it('before the other actor is picked, offer the sentences naming the selected one', () => {
    const choices = evidenceChoices(graph, actor('kerry'), null, '');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((choice) => choice.reach === 'one' && /Kerry/.test(choice.text))).toBe(true);
  });

  it('a search narrows them, and reaches sentences naming neither, after the rest', () => {
    const choices = evidenceChoices(graph, actor('kerry'), actor('abdullah-bin-zayed'), 'drones');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((choice) => choice.text.toLowerCase().includes('drones'))).toBe(true);
    expect(choices[0]?.text).toMatch(/^Kerry had previously warned the Kremlin/);
  });
});
