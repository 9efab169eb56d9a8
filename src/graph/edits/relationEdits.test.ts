import { describe, expect, it } from 'vitest';
import type { GraphDocument, Relation } from '../../extract/types.ts';
import { kerryTalksGraph } from '../fixtures/kerryTalks.ts';
import { addRelation, deleteRelation, findRelation, relationRefOf, setRelationPolarity, setRelationType } from './relationEdits.ts';
import type { EditOutcome, GraphEdit } from './types.ts';

const edited = (outcome: EditOutcome): GraphDocument => {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.graph;
};
const relation = (graph: GraphDocument, id: string): Relation => graph.relations.find((r) => r.id === id)!;
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

/** A new extraction that finds the same relations in another order, numbered afresh. */
const renumbered = (graph: GraphDocument): GraphDocument => ({
  ...graph,
  relations: [...graph.relations].reverse().map((r, i) => ({ ...r, id: `r${i + 1}` })),
});

describe('findRelation', () => {
  it('finds a relation by who, what and which sentence, whatever its id on this run', () => {
    const graph = kerryTalksGraph();
    const ref = relationRefOf(relation(graph, 'r8')); // Pentagon severs Russia
    const found = findRelation(renumbered(graph), ref);
    expect(found.ok && [found.relation.id, found.relation.source, found.relation.type]).toEqual(['r2', 'pentagon', 'sever']);
  });

  it('finds an undirected relation either way round, and in a sentence split differently', () => {
    const graph = kerryTalksGraph();
    const meeting = relation(graph, 'r1'); // Kerry meets Abdullah bin Zayed
    const swapped = { ...relationRefOf(meeting), source: meeting.target, target: meeting.source };
    expect(findRelation(graph, swapped)).toMatchObject({ ok: true, relation: { id: 'r1' } });
    const longerSentence = { ...relationRefOf(meeting), evidence: { doc: 'd1', start: 0, end: 120 } };
    expect(findRelation(graph, longerSentence)).toMatchObject({ ok: true, relation: { id: 'r1' } });
  });

  it('tells apart two relations one sentence states between the same actors by their type', () => {
    const warning = relation(kerryTalksGraph(), 'r3'); // Kerry warns Russia
    const graph = edited(addRelation(kerryTalksGraph(), { kind: 'add-relation', ...warning, type: 'oppose', polarity: 'conflictual', evidence: warning.evidence[0]! }));
    expect(findRelation(graph, { ...relationRefOf(warning), type: 'oppose' })).toMatchObject({ ok: true, relation: { id: 'added-1' } });
    expect(findRelation(graph, relationRefOf(warning))).toMatchObject({ ok: true, relation: { id: 'r3' } });
  });

  it('says which relation is missing, in words', () => {
    const ref = relationRefOf(relation(kerryTalksGraph(), 'r8'));
    expect(findRelation(kerryTalksGraph(), { ...ref, target: 'crimea' })).toEqual({
      ok: false,
      reason: 'The “sever” relation between Pentagon and Crimea is no longer found in that sentence.',
    });
  });
});

describe('relation edits', () => {
  it('deletes only the relation named', () => {
    const graph = kerryTalksGraph();
    expect(ids(edited(deleteRelation(graph, relationRefOf(relation(graph, 'r5')))).relations)).toEqual(
      ['r1', 'r2', 'r3', 'r4', 'r6', 'r7', 'r8', 'r9'],
    );
  });

  it("sets a type with that type's usual polarity, which a polarity edit then overrides", () => {
    const graph = kerryTalksGraph();
    const ref = relationRefOf(relation(graph, 'r7')); // Russia supports Assad
    const attacked = edited(setRelationType(graph, ref, 'attack'));
    expect(relation(attacked, 'r7')).toMatchObject({ type: 'attack', polarity: 'conflictual', directed: true });
    const neutral = edited(setRelationPolarity(attacked, { ...ref, type: 'attack' }, 'neutral'));
    expect(relation(neutral, 'r7')).toMatchObject({ type: 'attack', polarity: 'neutral' });
  });
});

describe('addRelation', () => {
  const graph = kerryTalksGraph();
  const text = graph.documents[0]!.text;
  const sentence = 'Kerry met Russia again in New York.';
  const start = text.indexOf(sentence);
  const edit: Extract<GraphEdit, { kind: 'add-relation' }> = {
    kind: 'add-relation',
    source: 'russia',
    target: 'kerry',
    type: 'meet',
    polarity: 'cooperative',
    directed: false,
    evidence: { doc: 'd1', start, end: start + sentence.length },
  };

  it('adds the relation with the sentence as its evidence and a fresh id', () => {
    const once = edited(addRelation(graph, edit));
    expect(once.relations.at(-1)).toEqual({
      id: 'added-1',
      source: 'russia',
      target: 'kerry',
      type: 'meet',
      polarity: 'cooperative',
      directed: false,
      attributedTo: null,
      evidence: [{ doc: 'd1', start, end: start + sentence.length }],
    });
    expect(edited(addRelation(once, { ...edit, type: 'cooperate' })).relations.at(-1)?.id).toBe('added-2');
  });

  it('refuses evidence outside the document, in a document not open, and an actor related to itself', () => {
    expect(addRelation(graph, { ...edit, evidence: { doc: 'd1', start: 400, end: 9000 } })).toEqual({
      ok: false,
      reason: `The evidence 400–9000 does not lie inside “Kerry and Russia” (${text.length} characters).`,
    });
    expect(addRelation(graph, { ...edit, evidence: { doc: 'd1', start: 10, end: 10 } })).toMatchObject({ ok: false });
    expect(addRelation(graph, { ...edit, evidence: { doc: 'd2', start: 0, end: 5 } })).toEqual({
      ok: false,
      reason: 'The sentence given as evidence is in a document “d2” that is no longer open.',
    });
    expect(addRelation(graph, { ...edit, target: 'russia' })).toEqual({
      ok: false,
      reason: 'A relation needs two actors: Russia cannot relate to itself.',
    });
    expect(addRelation(graph, { ...edit, target: 'lavrov' })).toMatchObject({ ok: false, reason: expect.stringContaining('“lavrov”') });
  });
});
