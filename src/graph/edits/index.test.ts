import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromText, extractGraph } from '../../extract/index.ts';
import type { GraphDocument } from '../../extract/types.ts';
import { kerryTalksGraph } from '../fixtures/kerryTalks.ts';
import { applyEdits, relationRefOf, type GraphEdit, type HideableActor } from './index.ts';

const SEED = readFileSync(new URL('../../../seeds/000_6481e570e0997220.txt', import.meta.url), 'utf8');
const extractSeed = (): GraphDocument => extractGraph([documentFromText('d1', SEED)]);

/** The relation `source → target` of this type, as the user would pick it in the graph. */
function relationBetween(graph: GraphDocument, source: string, type: string, target: string) {
  const found = graph.relations.find((r) => r.source === source && r.type === type && r.target === target);
  if (!found) throw new Error(`the seed no longer has ${source} ${type} ${target}`);
  return relationRefOf(found);
}

/** What an extraction found, without the relation numbering, which another extractor version may change. */
const content = (graph: GraphDocument) => ({
  actors: graph.actors,
  relations: graph.relations.map(({ id: _id, ...relation }) => relation).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
});

describe('applyEdits on a real extraction', () => {
  const extracted = extractSeed();
  const text = extracted.documents[0]!.text;
  const sentence = 'Washington believes that Assad’s presence is fueling the conflict, but Russian Federation continues to support its long-time ally.';
  const sentenceStart = text.indexOf(sentence);

  const edits: GraphEdit[] = [
    { kind: 'rename-actor', actorId: 'kerry', label: 'John Kerry' },
    { kind: 'set-actor-type', actorId: 'journal', type: 'media' },
    { kind: 'merge-actors', intoId: 'russia', fromId: 'soviet-union' },
    { kind: 'split-alias', actorId: 'united-states', alias: 'Washington' },
    { kind: 'hide-actor', actorId: 'crimea' },
    { kind: 'delete-actor', actorId: 'afghanistan' },
    { kind: 'delete-relation', relation: relationBetween(extracted, 'pentagon', 'statement', 'journal') },
    {
      kind: 'add-relation',
      source: 'russia',
      target: 'bashar-al-assad',
      type: 'support',
      polarity: 'cooperative',
      directed: true,
      evidence: { doc: 'd1', start: sentenceStart, end: sentenceStart + sentence.length },
    },
    { kind: 'set-relation-type', relation: relationBetween(extracted, 'russia', 'support', 'bashar-al-assad'), type: 'cooperate' },
    { kind: 'set-relation-polarity', relation: relationBetween(extracted, 'united-states', 'oppose', 'bashar-al-assad'), polarity: 'neutral' },
    // Named by an id the extractor never gave: reported, not dropped in silence.
    { kind: 'rename-actor', actorId: 'sergei-lavrov', label: 'Sergey Lavrov' },
  ];
  const first = applyEdits(extracted, edits);
  const actor = (id: string): HideableActor | undefined => first.graph.actors.find((a) => a.id === id);

  it('applies each edit to the extracted graph', () => {
    expect(actor('kerry')).toMatchObject({ label: 'John Kerry', aliases: ['Kerry'] });
    expect(actor('journal')?.type).toBe('media');
    expect(actor('soviet-union')).toBeUndefined();
    expect(actor('russia')?.aliases).toEqual(expect.arrayContaining(['Soviet Union', 'Soviet', 'Moscow']));
    expect(actor('washington')).toMatchObject({ label: 'Washington', type: 'country' });
    expect(actor('crimea')?.hidden).toBe(true);
    expect(actor('afghanistan')).toBeUndefined();
    const relations = first.graph.relations.map((r) => `${r.source} ${r.type} ${r.target} ${r.polarity}`);
    expect(relations).not.toContain('pentagon statement journal neutral');
    // "Washington believes …": the statement moved to the split actor.
    expect(relations).toContain('washington statement bashar-al-assad neutral');
    expect(relations).toContain('russia cooperate bashar-al-assad cooperative');
    expect(relations).toContain('united-states oppose bashar-al-assad neutral');
    expect(first.graph.relations.at(-1)).toMatchObject({ id: 'added-1', source: 'russia', evidence: [{ start: sentenceStart }] });
  });

  it('reports the edit whose actor the extraction does not have, and only that one', () => {
    expect(first.skipped).toEqual([
      {
        edit: edits.at(-1),
        reason: 'There is no actor “sergei-lavrov” any more: the text may no longer name it, or it was merged into another.',
      },
    ]);
  });

  it('gives the same graph when replayed on a new extraction of the same text', () => {
    expect(applyEdits(extractSeed(), edits)).toEqual(first);
  });

  it('gives the same graph when a new extraction numbers the relations differently', () => {
    const fresh = extractSeed();
    const renumbered = { ...fresh, relations: [...fresh.relations].reverse().map((r, i) => ({ ...r, id: `r${i + 1}` })) };
    expect(content(applyEdits(renumbered, edits).graph)).toEqual(content(first.graph));
  });

  it('leaves the extracted graph as it was', () => {
    expect(extracted).toEqual(extractSeed());
  });
});

describe('applyEdits', () => {
  it('applies each edit to what the ones before it left, so later edits can name what earlier ones made', () => {
    const { graph, skipped } = applyEdits(kerryTalksGraph(), [
      { kind: 'merge-actors', intoId: 'nusra-front', fromId: 'al-qaeda' },
      { kind: 'rename-actor', actorId: 'nusra-front', label: 'Nusra Front (al Qaeda)' },
      { kind: 'merge-actors', intoId: 'isis', fromId: 'al-qaeda' },
    ]);
    expect(graph.actors.find((a) => a.id === 'nusra-front')?.label).toBe('Nusra Front (al Qaeda)');
    expect(skipped.map((s) => s.reason)).toEqual([
      'There is no actor “al-qaeda” any more: the text may no longer name it, or it was merged into another.',
    ]);
  });

  it('never throws on a malformed edit read back from storage, and reports it', () => {
    const broken = [{ kind: 'rename-actor', actorId: 'kerry' }, { kind: 'teleport-actor' }, null] as unknown as GraphEdit[];
    const { graph, skipped } = applyEdits(kerryTalksGraph(), broken);
    expect(graph).toEqual(kerryTalksGraph());
    expect(skipped).toHaveLength(3);
    expect(skipped[1]?.reason).toBe('ActorGraph does not know the edit “teleport-actor”.');
    expect(skipped[2]?.reason).toMatch(/^This edit could not be applied: /);
  });
});
