import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../extract/types.ts';
import { graphFromSentences } from '../fixtures/build.ts';
import { kerryTalksGraph } from '../fixtures/kerryTalks.ts';
import { deleteActor, mergeActors, renameActor, setActorHidden, setActorType, withoutHiddenActors } from './actorEdits.ts';
import type { EditOutcome } from './types.ts';

const edited = (outcome: EditOutcome): GraphDocument => {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.graph;
};
const actor = (graph: GraphDocument, id: string) => graph.actors.find((candidate) => candidate.id === id);
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

// The extractor's classic miss: the full name and a later description read as two people.
const twoAssads = () =>
  graphFromSentences({
    title: 'Assad in Moscow',
    sentences: ['Bashar al-Assad met Vladimir Putin in Moscow.', 'The Syrian leader said Turkey supports ISIS.'],
    actors: [
      { id: 'bashar-al-assad', label: 'Bashar al-Assad', type: 'person' },
      { id: 'vladimir-putin', label: 'Vladimir Putin', type: 'person' },
      { id: 'syrian-leader', label: 'Syrian leader', type: 'person' },
      { id: 'turkey', label: 'Turkey', type: 'country' },
      { id: 'isis', label: 'ISIS', type: 'armed-group' },
    ],
    relations: [
      ['bashar-al-assad', 'vladimir-putin', 'meet', 'cooperative', 0, { directed: false }],
      ['turkey', 'isis', 'support', 'cooperative', 1, { attributedTo: 'syrian-leader' }],
      ['syrian-leader', 'turkey', 'statement', 'neutral', 1],
    ],
  });

describe('renameActor', () => {
  it('changes the label, keeps the id, and keeps the old name as an alias the text still reads', () => {
    const graph = edited(renameActor(kerryTalksGraph(), 'kerry', '  John Kerry '));
    expect(actor(graph, 'kerry')).toMatchObject({ id: 'kerry', label: 'John Kerry', aliases: ['Kerry'] });
    expect(actor(graph, 'kerry')?.mentions).toHaveLength(3);
  });

  it('refuses an empty name and an actor that is gone', () => {
    expect(renameActor(kerryTalksGraph(), 'kerry', '  ')).toEqual({
      ok: false,
      reason: 'An actor needs a name: “Kerry” was not renamed to an empty one.',
    });
    expect(renameActor(kerryTalksGraph(), 'john-kerry', 'Kerry')).toEqual({
      ok: false,
      reason: 'There is no actor “john-kerry” any more: the text may no longer name it, or it was merged into another.',
    });
  });
});

describe('setActorType', () => {
  it('changes only the type', () => {
    const graph = edited(setActorType(kerryTalksGraph(), 'pentagon', 'armed-group'));
    expect(actor(graph, 'pentagon')).toEqual({ ...actor(kerryTalksGraph(), 'pentagon'), type: 'armed-group' });
  });
});

describe('mergeActors', () => {
  it('joins names and mentions, and points relations and the claims made at the actor kept', () => {
    const graph = edited(mergeActors(twoAssads(), 'bashar-al-assad', 'syrian-leader'));
    const assad = actor(graph, 'bashar-al-assad');
    expect(assad).toMatchObject({ label: 'Bashar al-Assad', type: 'person', aliases: ['Syrian leader'] });
    const text = graph.documents[0]!.text;
    expect(assad?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Bashar al-Assad', 'Syrian leader']);
    expect(ids(graph.actors)).not.toContain('syrian-leader');
    expect(graph.relations.map((r) => [r.source, r.type, r.target, r.attributedTo])).toEqual([
      ['bashar-al-assad', 'meet', 'vladimir-putin', null],
      ['turkey', 'support', 'isis', 'bashar-al-assad'],
      ['bashar-al-assad', 'statement', 'turkey', null],
    ]);
  });

  it('drops a relation between the two, which would be the actor with itself', () => {
    // "the al Qaeda-linked Nusra Front": merged, the link is no relation.
    const graph = edited(mergeActors(kerryTalksGraph(), 'nusra-front', 'al-qaeda'));
    expect(actor(graph, 'nusra-front')?.aliases).toEqual(['al Qaeda']);
    expect(graph.relations.some((r) => r.source === r.target)).toBe(false);
    expect(ids(graph.relations)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r7', 'r8', 'r9']);
  });

  it('refuses merging an actor into itself, or with one that is gone', () => {
    expect(mergeActors(kerryTalksGraph(), 'kerry', 'kerry')).toMatchObject({ ok: false, reason: 'An actor cannot be merged into itself (“kerry”).' });
    expect(mergeActors(kerryTalksGraph(), 'kerry', 'lavrov')).toMatchObject({ ok: false, reason: expect.stringContaining('“lavrov”') });
  });
});

describe('setActorHidden', () => {
  it('marks the actor hidden in the document, which views then leave out with its relations', () => {
    const graph = edited(setActorHidden(kerryTalksGraph(), 'russia', true));
    expect(actor(graph, 'russia')).toMatchObject({ id: 'russia', hidden: true });
    expect(graph.relations).toHaveLength(9);
    const shown = withoutHiddenActors(graph);
    expect(ids(shown.actors)).not.toContain('russia');
    expect(ids(shown.relations)).toEqual(['r1', 'r4', 'r5', 'r6', 'r9']);
  });

  it('showing it again gives back the actor as it was, without the field', () => {
    const original = kerryTalksGraph();
    const shownAgain = edited(setActorHidden(edited(setActorHidden(original, 'russia', true)), 'russia', false));
    expect(shownAgain).toEqual(original);
    expect(withoutHiddenActors(original)).toBe(original);
  });
});

describe('deleteActor', () => {
  it('removes the actor with its relations; the claims it made stay, unattributed', () => {
    const graph = edited(deleteActor(kerryTalksGraph(), 'assad'));
    expect(ids(graph.actors)).not.toContain('assad');
    expect(ids(graph.relations)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r8', 'r9']);
    expect(graph.relations.filter((r) => r.type === 'support').map((r) => r.attributedTo)).toEqual([null, null]);
  });
});
