import { describe, expect, it } from 'vitest';
import { visibleGraph } from '../../graph/filter.ts';
import { kerryTalksGraph } from '../../graph/fixtures/kerryTalks.ts';
import { actorRowsOf, nextSortOrder, relationRowsOf, rowsMatching, scrollToShow, sortedRows } from './tableRows.ts';

const graph = kerryTalksGraph();

describe('actorRowsOf', () => {
  it('gives each visible actor its mentions and its distinct related actors', () => {
    const rows = actorRowsOf(graph);
    const kerry = rows.find((row) => row.id === 'kerry')!;
    // Kerry meets and warns Russia (one neighbour, two relations) and meets Abdullah bin Zayed.
    expect(kerry).toMatchObject({ name: 'Kerry', type: 'person', degree: 2, actorId: 'kerry' });
    expect(kerry.mentions).toBe(graph.actors.find((actor) => actor.id === 'kerry')!.mentions.length);
    expect(rows.find((row) => row.id === 'crimea')!.degree).toBe(0);
  });

  it('counts degree among the visible relations only', () => {
    // Filtered to Assad: only Russia is related to him, and Russia's other neighbours are out of view.
    const visible = visibleGraph(graph, { actorIds: ['assad'] });
    const rows = actorRowsOf(visible);
    expect(rows.map((row) => row.id).sort()).toEqual(['assad', 'russia']);
    expect(rows.find((row) => row.id === 'russia')!.degree).toBe(1);
  });
});

describe('relationRowsOf', () => {
  it('names both ends and the claimant, and quotes the sentence that states it', () => {
    const rows = relationRowsOf(graph, graph);
    const turkeyIsis = rows.find((row) => row.source === 'Turkey' && row.target === 'ISIS')!;
    expect(turkeyIsis).toMatchObject({ relationType: 'support', polarity: 'cooperative', attributedTo: 'Assad', actorId: 'turkey' });
    expect(turkeyIsis.evidence).toBe('Assad said Turkey supports ISIS and the al Qaeda-linked Nusra Front.');
    expect(rows.find((row) => row.relationType === 'sever')!.attributedTo).toBe('');
  });

  it('still names a claimant the filter hides', () => {
    const visible = visibleGraph(graph, { actorIds: ['isis'] });
    const rows = relationRowsOf(graph, visible);
    expect(visible.actors.some((actor) => actor.id === 'assad')).toBe(false);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.attributedTo).toBe('Assad');
  });
});

describe('nextSortOrder', () => {
  it('starts numbers with the largest and words from A, and flips on a second click', () => {
    expect(nextSortOrder(null, 'mentions', true)).toEqual({ column: 'mentions', direction: 'descending' });
    expect(nextSortOrder(null, 'name', false)).toEqual({ column: 'name', direction: 'ascending' });
    const flipped = nextSortOrder({ column: 'name', direction: 'ascending' }, 'name', false);
    expect(flipped).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSortOrder(flipped, 'degree', true)).toEqual({ column: 'degree', direction: 'descending' });
  });
});

describe('sortedRows', () => {
  const rows = actorRowsOf(graph);

  it('sorts names ignoring case, and numbers as numbers', () => {
    const names = sortedRows(rows, (row) => row.name, 'ascending').map((row) => row.name);
    expect(names.slice(0, 3)).toEqual(['Abdullah bin Zayed', 'al Qaeda', 'Assad']);
    const degrees = sortedRows(rows, (row) => row.degree, 'descending').map((row) => row.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(degrees[0]).toBe(3); // Russia: Kerry, Assad, the Pentagon
  });

  it('keeps ties in text order in both directions', () => {
    const zeroes = (direction: 'ascending' | 'descending') =>
      sortedRows(rows, (row) => row.degree, direction)
        .filter((row) => row.degree === 0)
        .map((row) => row.id);
    expect(zeroes('ascending')).toEqual(zeroes('descending'));
  });
});

describe('rowsMatching', () => {
  const rows = relationRowsOf(graph, graph);
  const cells = (row: (typeof rows)[number]) => [row.source, row.relationType, row.target, row.evidence];

  it('keeps the rows with a cell containing the query, in any case', () => {
    const matched = rowsMatching(rows, cells, 'nusra');
    expect(matched.map((row) => `${row.source} ${row.relationType} ${row.target}`)).toEqual([
      'Turkey support ISIS', // its sentence names the Nusra Front
      'Turkey support Nusra Front',
      'Nusra Front member al Qaeda',
    ]);
  });

  it('keeps everything for a blank query and nothing for a missing word', () => {
    expect(rowsMatching(rows, cells, '  ')).toHaveLength(rows.length);
    expect(rowsMatching(rows, cells, 'zebra')).toEqual([]);
  });
});

describe('scrollToShow', () => {
  const box = { top: 100, bottom: 400 };
  it('leaves a row in sight where it is', () => {
    expect(scrollToShow({ top: 150, bottom: 180 }, box, 30)).toBe(0);
  });
  it('scrolls up to a row above or under the sticky header, down to one below', () => {
    expect(scrollToShow({ top: 110, bottom: 140 }, box, 30)).toBe(-20);
    expect(scrollToShow({ top: 500, bottom: 530 }, box, 30)).toBe(130);
  });
  it('brings a row taller than the box in at its top', () => {
    expect(scrollToShow({ top: 500, bottom: 900 }, box, 30)).toBe(370);
  });
});
