import { describe, expect, it } from 'vitest';
import type { GraphDocument, Span } from '../extract/types.ts';
import { withoutDocuments } from './documents.ts';
import { kerryTalksGraph } from './fixtures/kerryTalks.ts';
import { graphDocumentProblem } from './formats/validate.ts';

// The Kerry article (d1) and a second one (d2) that names Russia and Kerry again and brings in Zelenskyy.
const SECOND_TEXT = 'Zelenskyy accused Russia of shelling Kharkiv. Kerry met Zelenskyy and Russia in Kyiv.';

function spanOf(doc: string, text: string, surface: string): Span {
  const start = text.indexOf(surface);
  return { doc, start, end: start + surface.length };
}

function allSpansOf(doc: string, text: string, surface: string): Span[] {
  return [...text.matchAll(new RegExp(surface, 'g'))].map((match) => ({ doc, start: match.index, end: match.index + surface.length }));
}

const ACCUSATION = { type: 'oppose', polarity: 'conflictual', directed: true, attributedTo: null } as const;
const MEETING = { type: 'meet', polarity: 'cooperative', directed: false, attributedTo: null } as const;

function twoArticles(): GraphDocument {
  const graph = kerryTalksGraph();
  const accusation = spanOf('d2', SECOND_TEXT, 'Zelenskyy accused Russia of shelling Kharkiv.');
  const meeting = spanOf('d2', SECOND_TEXT, 'Kerry met Zelenskyy and Russia in Kyiv.');
  const kerryMeetsRussia = graph.relations.find((relation) => relation.id === 'r2');
  return {
    ...graph,
    documents: [...graph.documents, { id: 'd2', title: 'Zelenskyy accuses Russia', text: SECOND_TEXT }],
    actors: [
      ...graph.actors.map((actor) =>
        actor.id === 'russia' || actor.id === 'kerry'
          ? { ...actor, mentions: [...actor.mentions, ...allSpansOf('d2', SECOND_TEXT, actor.label)] }
          : actor,
      ),
      {
        id: 'zelenskyy',
        label: 'Zelenskyy',
        type: 'person',
        aliases: [],
        mentions: allSpansOf('d2', SECOND_TEXT, 'Zelenskyy'),
      },
    ],
    relations: [
      // Kerry meets Russia in both articles: one relation, evidence in each.
      ...graph.relations.map((relation) =>
        relation === kerryMeetsRussia ? { ...relation, evidence: [...relation.evidence, meeting] } : relation,
      ),
      { ...ACCUSATION, id: 'r90', source: 'zelenskyy', target: 'russia', evidence: [accusation] },
      { ...MEETING, id: 'r91', source: 'kerry', target: 'zelenskyy', evidence: [meeting] },
    ],
  };
}

describe('withoutDocuments', () => {
  const graph = twoArticles();

  it('leaves out the actors only the hidden article names, and keeps the rest with its mentions alone', () => {
    const shown = withoutDocuments(graph, new Set(['d2']));
    expect(shown.actors.map((actor) => actor.id)).not.toContain('zelenskyy');
    const russia = shown.actors.find((actor) => actor.id === 'russia');
    expect(russia?.mentions.length).toBe(kerryTalksGraph().actors.find((actor) => actor.id === 'russia')?.mentions.length);
    expect(russia?.mentions.every((span) => span.doc === 'd1')).toBe(true);
    expect(shown.documents.map((document) => document.id)).toEqual(['d1']);
  });

  it('drops relations only the hidden article states, and the hidden evidence of relations both state', () => {
    const shown = withoutDocuments(graph, new Set(['d2']));
    expect(shown.relations.map((relation) => relation.id)).toEqual(kerryTalksGraph().relations.map((relation) => relation.id));
    expect(shown.relations.flatMap((relation) => relation.evidence).every((span) => span.doc === 'd1')).toBe(true);
  });

  it('hides the first article just as well: what only the Kerry article says goes, Russia stays with d2’s mentions', () => {
    const shown = withoutDocuments(graph, new Set(['d1']));
    expect(shown.actors.map((actor) => actor.id).sort()).toEqual(['kerry', 'russia', 'zelenskyy']);
    expect(shown.actors.find((actor) => actor.id === 'russia')?.mentions).toEqual(allSpansOf('d2', SECOND_TEXT, 'Russia'));
    // Kerry meets Russia (r2) is stated in both: it stays, with the second article's sentence alone.
    expect(shown.relations.map((relation) => relation.id)).toEqual(['r2', 'r90', 'r91']);
    expect(shown.relations[0]?.evidence).toEqual([spanOf('d2', SECOND_TEXT, 'Kerry met Zelenskyy and Russia in Kyiv.')]);
    expect(graphDocumentProblem(shown)).toBeNull();
  });

  it('keeps a claim whose claimant only the hidden article named, with no claimant', () => {
    // "Zelenskyy said Kerry met Russia", as a merged graph could hold it: the claim in d1, its claimant in d2 only.
    const evidence = [spanOf('d1', graph.documents[0]!.text, 'Kerry met Russia again in New York.')];
    const claim = { ...MEETING, id: 'r92', source: 'kerry', target: 'russia', attributedTo: 'zelenskyy', evidence };
    const claimed: GraphDocument = { ...graph, relations: [...graph.relations, claim] };
    const shown = withoutDocuments(claimed, new Set(['d2']));
    expect(shown.relations.find((relation) => relation.id === 'r92')?.attributedTo).toBeNull();
  });

  it('is a valid graph document of the documents shown, and hiding every one leaves nothing', () => {
    expect(graphDocumentProblem(withoutDocuments(graph, new Set(['d2'])))).toBeNull();
    const nothing = withoutDocuments(graph, new Set(['d1', 'd2']));
    expect([nothing.documents, nothing.actors, nothing.relations]).toEqual([[], [], []]);
  });

  it('returns the graph itself when nothing it holds is hidden, and never changes the graph given', () => {
    expect(withoutDocuments(graph, new Set())).toBe(graph);
    expect(withoutDocuments(graph, new Set(['d9']))).toBe(graph);
    const before = JSON.stringify(graph);
    withoutDocuments(graph, new Set(['d2']));
    expect(JSON.stringify(graph)).toBe(before);
  });
});
