import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../extract/data/index.ts';
import { documentFromText } from '../extract/document.ts';
import { extractGraph } from '../extract/index.ts';
import { splitSentences } from '../extract/sentences.ts';
import { tokenize } from '../extract/tokens.ts';
import type { GraphDocument, Span } from '../extract/types.ts';
import { kerryTalksGraph } from './fixtures/kerryTalks.ts';
import { graphUpToSentence, storySentences } from './story.ts';

const textOf = (graph: GraphDocument, span: Span) => graph.documents[0]!.text.slice(span.start, span.end);
const idsOf = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id).sort();

/** A headline and sentences where actors are named but no relation is stated, so the graph's spans do not cover them. */
function headlineGraph(): GraphDocument {
  const text =
    'Kerry warns Russia over Syria\n\nSen. John McCain said Russia was arming Assad. Nobody else spoke. ' +
    'Russia supports Assad, the U.S. said. Turkey told the U.S. Senate nothing.';
  const spansOf = (surface: string) =>
    [...text.matchAll(new RegExp(surface, 'g'))].map((m) => ({ doc: 'd1', start: m.index, end: m.index + surface.length }));
  const evidence = 'Russia supports Assad, the U.S. said.';
  const start = text.indexOf(evidence);
  return {
    format: 'actorgraph/1',
    documents: [{ id: 'd1', title: 'Kerry warns Russia over Syria', text }],
    actors: [
      { id: 'kerry', label: 'Kerry', type: 'person', aliases: [], mentions: spansOf('Kerry') },
      { id: 'russia', label: 'Russia', type: 'country', aliases: [], mentions: spansOf('Russia') },
      { id: 'john-mccain', label: 'John McCain', type: 'person', aliases: [], mentions: spansOf('John McCain') },
      { id: 'assad', label: 'Assad', type: 'person', aliases: [], mentions: spansOf('Assad') },
      { id: 'turkey', label: 'Turkey', type: 'country', aliases: [], mentions: spansOf('Turkey') },
    ],
    relations: [
      {
        id: 'r1',
        source: 'russia',
        target: 'assad',
        type: 'support',
        polarity: 'cooperative',
        directed: true,
        attributedTo: null,
        evidence: [{ doc: 'd1', start, end: start + evidence.length }],
      },
    ],
  };
}

describe('storySentences', () => {
  it('tells the article sentence by sentence, each with the actors it names in the order it names them', () => {
    const graph = kerryTalksGraph();
    const story = storySentences(graph);
    expect(story).toHaveLength(7);
    expect(textOf(graph, story[0]!)).toBe(
      'At a meeting in London with Foreign Minister Abdullah bin Zayed, Kerry said talks would help.',
    );
    expect(story[0]!.actorIds).toEqual(['abdullah-bin-zayed', 'kerry']);
    expect(story[2]!.actorIds).toEqual(['assad', 'turkey', 'isis', 'al-qaeda', 'nusra-front']);
    expect(story[6]!.actorIds).toEqual(['pentagon', 'peter-cook']);
  });

  it('finds the sentence around a mention no relation covers: a headline line, across "Sen." and "U.S."', () => {
    const graph = headlineGraph();
    expect(storySentences(graph).map((sentence) => textOf(graph, sentence))).toEqual([
      'Kerry warns Russia over Syria',
      'Sen. John McCain said Russia was arming Assad.',
      // "Nobody else spoke." names no actor: skipped.
      'Russia supports Assad, the U.S. said.',
      'Turkey told the U.S. Senate nothing.',
    ]);
    expect(storySentences(graph)[1]!.actorIds).toEqual(['john-mccain', 'russia', 'assad']);
  });

  it("splits the seed article as the extractor does, skipping the sentences that name no actor", () => {
    const text = readFileSync(fileURLToPath(new URL('../../seeds/000_6481e570e0997220.txt', import.meta.url)), 'utf8');
    const graph = extractGraph([documentFromText('d1', text)]);
    const extractorSentences = splitSentences(tokenize(text), loadLexicon().abbreviations)
      .filter((sentence) => graph.actors.some((actor) => actor.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end)))
      .map(({ start, end }) => ({ start, end }));
    expect(extractorSentences.length).toBeGreaterThan(10);
    expect(storySentences(graph).map(({ start, end }) => ({ start, end }))).toEqual(extractorSentences);
  });

  it('has nothing to tell for a graph without actors', () => {
    const empty: GraphDocument = { format: 'actorgraph/1', documents: [{ id: 'd1', title: '', text: 'Nothing.' }], actors: [], relations: [] };
    expect(storySentences(empty)).toEqual([]);
    expect(graphUpToSentence(empty, 3)).toBe(empty);
  });
});

describe('graphUpToSentence', () => {
  const graph = kerryTalksGraph();

  it('at the first sentence, holds only the actors it names and the relation it states', () => {
    const first = graphUpToSentence(graph, 0);
    expect(idsOf(first.actors)).toEqual(['abdullah-bin-zayed', 'kerry']);
    expect(first.relations.map((relation) => [relation.source, relation.type, relation.target])).toEqual([
      ['kerry', 'meet', 'abdullah-bin-zayed'],
    ]);
    expect(first.documents).toBe(graph.documents);
  });

  it('adds the actors and relations of each later sentence, with only the mentions and evidence told so far', () => {
    const second = graphUpToSentence(graph, 1);
    expect(idsOf(second.actors)).toEqual(['abdullah-bin-zayed', 'assad', 'kerry', 'russia']);
    // In the graph's order: the meeting with Abdullah bin Zayed, then the warning.
    expect(second.relations.map((relation) => relation.type)).toEqual(['meet', 'warn']);
    expect(second.actors.find((actor) => actor.id === 'kerry')!.mentions).toHaveLength(2);
    // Kerry meets Russia only in sentence 6; the meeting is not in the graph until then.
    expect(second.relations.some((r) => r.type === 'meet' && r.target === 'russia')).toBe(false);
    expect(graphUpToSentence(graph, 5).relations.some((r) => r.type === 'meet' && r.target === 'russia')).toBe(true);
  });

  it('at the last sentence, or past it, holds the whole graph; before the first, the first sentence', () => {
    const last = graphUpToSentence(graph, 6);
    expect(last.actors).toEqual(graph.actors);
    expect(last.relations).toEqual(graph.relations);
    expect(graphUpToSentence(graph, 99).actors).toEqual(graph.actors);
    expect(idsOf(graphUpToSentence(graph, -1).actors)).toEqual(['abdullah-bin-zayed', 'kerry']);
  });

  it('keeps an actor the text has only called "he" so far when a told relation involves it', () => {
    const withPronoun = kerryTalksGraph();
    // As if the extractor had read "He met Kerry" in the first sentence as Peter Cook meeting Kerry.
    withPronoun.relations.push({ ...withPronoun.relations[0]!, id: 'r99', source: 'peter-cook', target: 'kerry' });
    const first = graphUpToSentence(withPronoun, 0);
    expect(first.actors.find((actor) => actor.id === 'peter-cook')?.mentions).toEqual([]);
  });
});

describe('storySentences on a long article', () => {
  it('tells a megabyte of text, every copy of the article', () => {
    // The fixture's article over and over, about 1,800 copies on lines of their own, its relations stated in
    // every other copy. About 0.2 s; checking each mention against every evidence span, as a first version
    // did, took 25 s (past the test timeout).
    const one = kerryTalksGraph();
    const text = one.documents[0]!.text;
    const copies = Math.ceil(1_000_000 / (text.length + 1));
    const shifted = (span: Span, copy: number) => ({ ...span, start: span.start + copy * (text.length + 1), end: span.end + copy * (text.length + 1) });
    const range = [...Array(copies).keys()];
    const long: GraphDocument = {
      ...one,
      documents: [{ ...one.documents[0]!, text: range.map(() => text).join('\n') }],
      actors: one.actors.map((actor) => ({ ...actor, mentions: range.flatMap((copy) => actor.mentions.map((m) => shifted(m, copy))) })),
      // Every other copy states its relations, so half the mentions lie outside any evidence span.
      relations: one.relations.map((relation) => ({
        ...relation,
        evidence: range.filter((copy) => copy % 2 === 0).flatMap((copy) => relation.evidence.map((e) => shifted(e, copy))),
      })),
    };
    const story = storySentences(long);
    expect(story).toHaveLength(copies * 7);
    // Worked out once: the bar, the article and the graph share it.
    expect(storySentences(long)).toBe(story);
  });
});
