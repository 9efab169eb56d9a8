import { describe, expect, it } from 'vitest';
import { exploredGraph } from '../../graph/explore.ts';
import { kerryTalksGraph } from '../../graph/fixtures/kerryTalks.ts';
import { applyFilters } from '../../graph/viewFilters.ts';
import { linkIdOf, pathView } from './pathView.ts';

describe('pathView', () => {
  const graph = kerryTalksGraph();
  const text = graph.documents[0]!.text;
  const everything = { actors: graph.actors, relations: graph.relations };

  it('finds Kerry to Assad through Russia, lighting its actors and links and spotlighting every hop’s sentences', () => {
    const view = pathView(graph, everything, { from: 'kerry', to: 'assad' });
    expect(view.status).toBe('found');
    if (view.status !== 'found') return;
    expect(view.path.actorIds).toEqual(['kerry', 'russia', 'assad']);
    expect(view.drawing).toEqual({ nodeIds: ['kerry', 'russia', 'assad'], linkIds: ['kerry|russia', 'assad|russia'] });
    expect(view.spotlights.map((spot) => [spot.kind, text.slice(spot.start, spot.end)])).toEqual([
      ['path', 'Kerry had previously warned Russia over its military build-up on behalf of Assad.'],
      ['path', 'Kerry met Russia again in New York.'],
      ['path', 'Russia continues to support its long-time ally Assad.'],
    ]);
  });

  it('spotlights a sentence two hops rest on once', () => {
    // "Assad said Turkey supports ISIS and the al Qaeda-linked Nusra Front" states both hops.
    const view = pathView(graph, everything, { from: 'turkey', to: 'al-qaeda' });
    if (view.status !== 'found') throw new Error(`expected a path, got ${view.status}`);
    expect(view.path.hops).toHaveLength(2);
    expect(view.spotlights.map((spot) => text.slice(spot.start, spot.end))).toEqual([
      'Assad said Turkey supports ISIS and the al Qaeda-linked Nusra Front.',
    ]);
  });

  it('waits for both ends, ignoring an actor the graph lacks', () => {
    expect(pathView(graph, everything, { from: null, to: null })).toEqual({ status: 'picking', from: null, to: null });
    expect(pathView(graph, everything, { from: 'kerry', to: null })).toEqual({ status: 'picking', from: 'kerry', to: null });
    expect(pathView(graph, everything, { from: 'kerry', to: 'nobody' })).toEqual({
      status: 'picking',
      from: 'kerry',
      to: null,
    });
  });

  it('says when the same actor is at both ends', () => {
    expect(pathView(graph, everything, { from: 'crimea', to: 'crimea' })).toEqual({
      status: 'same-actor',
      actorId: 'crimea',
    });
  });

  it('tells a chain the view hides from none in the whole article', () => {
    // Hiding countries hides Russia, the only link between Kerry and Assad.
    const noCountries = applyFilters(graph, [{ kind: 'actor-type', hidden: ['country'] }]);
    expect(pathView(graph, noCountries, { from: 'kerry', to: 'assad' })).toEqual({
      status: 'none-shown',
      from: 'kerry',
      to: 'assad',
      hiddenEnds: [],
    });
    expect(pathView(graph, noCountries, { from: 'kerry', to: 'russia' })).toMatchObject({
      status: 'none-shown',
      hiddenEnds: ['russia'],
    });
    // Nothing links Kerry's talks to Turkey's backing of ISIS, filtered or not.
    expect(pathView(graph, everything, { from: 'kerry', to: 'isis' })).toEqual({ status: 'none', from: 'kerry', to: 'isis' });
    expect(pathView(graph, noCountries, { from: 'kerry', to: 'isis' })).toMatchObject({ status: 'none' });
  });

  it('looks only within a focus: Peter Cook’s neighbourhood holds no chain to Assad', () => {
    const focused = exploredGraph(graph, { focusId: 'pentagon', filters: [] });
    expect(pathView(graph, focused, { from: 'peter-cook', to: 'russia' })).toMatchObject({ status: 'found' });
    expect(pathView(graph, focused, { from: 'peter-cook', to: 'assad' })).toMatchObject({
      status: 'none-shown',
      hiddenEnds: ['assad'],
    });
  });
});

describe('linkIdOf', () => {
  it('names a hop’s link by its unordered pair, as the scene does', () => {
    expect(linkIdOf({ fromId: 'russia', toId: 'assad' })).toBe('assad|russia');
    expect(linkIdOf({ fromId: 'assad', toId: 'russia' })).toBe('assad|russia');
  });
});
