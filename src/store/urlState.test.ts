import { describe, expect, it } from 'vitest';
import { assadAlliesGraph } from '../graph/fixtures/assadAllies.ts';
import {
  decodeView,
  encodeView,
  historyStep,
  PLAIN_VIEW,
  roundedViewPort,
  sameViewPort,
  stateShowing,
  viewWithinGraph,
  type UrlView,
} from './urlState.ts';

/** A view differing from the plain one only in `fields`. */
function viewWith(fields: Partial<UrlView>): UrlView {
  return { ...PLAIN_VIEW, ...fields };
}

/** What a view reads back as after a trip through the URL. */
function roundTrip(view: UrlView): UrlView {
  return viewWith(decodeView(`?${encodeView(view)}`));
}

describe('encodeView', () => {
  it('leaves the plain view as the bare address', () => {
    expect(encodeView(PLAIN_VIEW)).toBe('');
  });

  it('writes readable keys in a fixed order', () => {
    const view = viewWith({
      focusId: 'assad',
      selectedId: 'kerry',
      filters: [
        { kind: 'actor-type', hidden: ['country'] },
        { kind: 'min-mentions', min: 2 },
      ],
      pathEnds: { from: 'kerry', to: 'islamic-state' },
      viewPort: { x: 12.5, y: -40, k: 1.8 },
      storyStep: 3,
      sizeBy: 'degree',
    });
    // The story's step counts from 1, as its slider does: the fourth sentence.
    expect(encodeView(view)).toBe(
      'focus=assad&sel=kerry&f=type:-country~min:2&path=kerry..islamic-state&z=12.5,-40,1.8&story=4&size=degree',
    );
  });

  it('writes every filter kind, the actor depth only when it is not 1', () => {
    const view = viewWith({
      filters: [
        { kind: 'actor', actorIds: ['kerry', 'assad'], depth: 2 },
        { kind: 'relation-type', hidden: ['attack', 'warn'] },
        { kind: 'polarity', hidden: ['conflictual'] },
        { kind: 'text', query: 'Moscow talks' },
      ],
      colourBy: 'community',
    });
    expect(encodeView(view)).toBe(
      'f=actor:kerry,assad:2~rel:-attack,-warn~pol:-conflictual~text:Moscow%20talks&colour=community',
    );
    expect(encodeView(viewWith({ filters: [{ kind: 'actor', actorIds: ['kerry'], depth: 1 }] }))).toBe('f=actor:kerry');
  });

  it('escapes separators inside ids and search words, so they cannot split a value', () => {
    const view = viewWith({
      focusId: 'u.s.',
      filters: [{ kind: 'text', query: 'al-Assad: "regime" ~ Damascus, 2015 & after' }],
      pathEnds: { from: 'a..b', to: null },
    });
    const query = encodeView(view);
    expect(query).not.toMatch(/[ "]/);
    expect(query.split('&')).toHaveLength(3);
    expect(roundTrip(view)).toEqual(view);
  });

  it('rounds the view port to a tenth of a graph unit and three figures of scale', () => {
    expect(roundedViewPort({ x: 12.34567, y: -0.04, k: 1.83456 })).toEqual({ x: 12.3, y: 0, k: 1.83 });
    expect(encodeView(viewWith({ viewPort: { x: 100.06, y: -40.04, k: 0.056789 } }))).toBe('z=100.1,-40,0.0568');
  });
});

describe('decodeView', () => {
  it('reads the example from the issue', () => {
    expect(
      decodeView('?focus=assad&sel=kerry&f=type:-country~min:2&path=kerry..isis&z=12.5,-40,1.8&story=3&size=degree'),
    ).toEqual({
      focusId: 'assad',
      selectedId: 'kerry',
      filters: [
        { kind: 'actor-type', hidden: ['country'] },
        { kind: 'min-mentions', min: 2 },
      ],
      pathEnds: { from: 'kerry', to: 'isis' },
      viewPort: { x: 12.5, y: -40, k: 1.8 },
      storyStep: 2,
      sizeBy: 'degree',
    });
  });

  it('reads the query with or without its question mark', () => {
    expect(decodeView('focus=assad')).toEqual({ focusId: 'assad' });
    expect(decodeView('')).toEqual({});
    expect(decodeView('?')).toEqual({});
  });

  it('reads a path with one end only', () => {
    expect(decodeView('path=kerry..')).toEqual({ pathEnds: { from: 'kerry', to: null } });
    expect(decodeView('path=..assad')).toEqual({ pathEnds: { from: null, to: 'assad' } });
    expect(decodeView('path=..')).toEqual({});
    expect(decodeView('path=kerry')).toEqual({});
  });

  it('reads a plus as a space, as a form or a mailer may have written it', () => {
    expect(decodeView('f=text:Moscow+talks')).toEqual({ filters: [{ kind: 'text', query: 'Moscow talks' }] });
    const plus = viewWith({ filters: [{ kind: 'text', query: 'C++ & 1+1' }] });
    expect(roundTrip(plus)).toEqual(plus);
  });

  it('understands the American spelling of colour', () => {
    expect(decodeView('color=community')).toEqual({ colourBy: 'community' });
  });

  it('takes the first of a repeated key and the first filter of a repeated kind', () => {
    expect(decodeView('focus=assad&focus=kerry&size=degree&size=betweenness')).toEqual({
      focusId: 'assad',
      sizeBy: 'degree',
    });
    expect(decodeView('f=min:3~min:5~type:-media~type:-person')).toEqual({
      filters: [
        { kind: 'min-mentions', min: 3 },
        { kind: 'actor-type', hidden: ['media'] },
      ],
    });
  });

  it('drops unknown keys, kinds and values', () => {
    const query = 'utm_source=mail&f=colour:-red~type:-planet,-country~pol:-angry~rel:-kiss&size=huge&colour=plaid';
    expect(decodeView(query)).toEqual({ filters: [{ kind: 'actor-type', hidden: ['country'] }] });
    // A type without its minus sign says nothing about hiding it.
    expect(decodeView('f=type:country')).toEqual({ filters: [] });
  });

  it('drops bad numbers', () => {
    for (const bad of ['z=1,2', 'z=1,2,0', 'z=1,2,-3', 'z=a,b,c', 'z=1,2,3,4', 'z=Infinity,0,1', 'z=1e999,0,1', 'z=']) {
      expect(decodeView(bad), bad).toEqual({});
    }
    for (const bad of ['story=0', 'story=-1', 'story=1.5', 'story=two', 'story=', 'story=99999999999']) {
      expect(decodeView(bad), bad).toEqual({});
    }
    expect(decodeView('f=min:1~min:2.5~min:x')).toEqual({ filters: [] });
    expect(decodeView('f=actor:kerry:4~actor:kerry:0')).toEqual({ filters: [] });
    expect(decodeView('f=actor:kerry:2')).toEqual({ filters: [{ kind: 'actor', actorIds: ['kerry'], depth: 2 }] });
  });

  it('never throws on junk', () => {
    const junk = [
      '%',
      'focus=%E0%A4%A',
      'f=text:%ZZ',
      '&&&===',
      'f=~~~:::,,,',
      'f=actor:',
      'f=actor:,,',
      'path=....',
      'sel=%20',
      '?'.repeat(5000),
      '\u0000\uffff=\ud800',
      'z=1,2,3&z=x',
    ];
    for (const query of junk) {
      expect(() => decodeView(query), query).not.toThrow();
    }
    expect(decodeView('focus=%E0%A4%A&sel=%20&f=text:%ZZ~actor:,,')).toEqual({ filters: [] });
  });

  it('round-trips every field', () => {
    const views: UrlView[] = [
      viewWith({ focusId: 'bashar-al-assad' }),
      viewWith({ selectedId: 'kerry' }),
      viewWith({ filters: [{ kind: 'actor', actorIds: ['kerry', 'russia'], depth: 3 }] }),
      viewWith({ filters: [{ kind: 'actor-type', hidden: ['country', 'armed-group'] }] }),
      viewWith({ filters: [{ kind: 'relation-type', hidden: ['statement'] }] }),
      viewWith({ filters: [{ kind: 'polarity', hidden: ['neutral', 'cooperative'] }] }),
      viewWith({ filters: [{ kind: 'min-mentions', min: 4 }] }),
      viewWith({ filters: [{ kind: 'text', query: 'Erdoğan’s “red line”' }] }),
      viewWith({
        filters: [
          { kind: 'text', query: 'moscow' },
          { kind: 'min-mentions', min: 2 },
          { kind: 'actor', actorIds: ['assad'], depth: 1 },
        ],
      }),
      viewWith({ pathEnds: { from: 'kerry', to: 'bashar-al-assad' } }),
      viewWith({ pathEnds: { from: null, to: 'islamic-state' } }),
      viewWith({ viewPort: { x: -312.4, y: 0.5, k: 0.25 } }),
      viewWith({ storyStep: 0 }),
      viewWith({ storyStep: 17 }),
      viewWith({ sizeBy: 'betweenness' }),
      viewWith({ sizeBy: 'degree', colourBy: 'community' }),
    ];
    for (const view of views) {
      expect(roundTrip(view), encodeView(view)).toEqual(view);
    }
  });
});

describe('viewWithinGraph', () => {
  const graph = assadAlliesGraph();

  it('drops the focus, selection, path ends and chosen actors the graph lacks', () => {
    const view = decodeView('focus=kerry&sel=assad&path=assad..isis&f=actor:kerry,iran:2~min:2');
    expect(viewWithinGraph(view, graph)).toEqual({
      focusId: null,
      selectedId: 'assad',
      pathEnds: { from: 'assad', to: null },
      filters: [
        { kind: 'actor', actorIds: ['iran'], depth: 2 },
        { kind: 'min-mentions', min: 2 },
      ],
    });
  });

  it('drops the actor filter when none of its actors is in the graph', () => {
    expect(viewWithinGraph(decodeView('f=actor:kerry~pol:-neutral'), graph)).toEqual({
      filters: [{ kind: 'polarity', hidden: ['neutral'] }],
    });
  });

  it('drops a story step past the last sentence', () => {
    // The five sentences of the fixture, each naming Assad.
    expect(viewWithinGraph(decodeView('story=5'), graph)).toEqual({ storyStep: 4 });
    expect(viewWithinGraph(decodeView('story=6'), graph)).toEqual({ storyStep: null });
  });

  it('leaves out what the URL did not state', () => {
    expect(viewWithinGraph(decodeView('size=degree'), graph)).toEqual({ sizeBy: 'degree' });
  });
});

describe('historyStep', () => {
  const focusedOnAssad = viewWith({ focusId: 'assad' });

  it('makes a new entry of each change of focus, including leaving it', () => {
    expect(historyStep(PLAIN_VIEW, focusedOnAssad)).toBe('push');
    expect(historyStep(focusedOnAssad, viewWith({ focusId: 'russia' }))).toBe('push');
    expect(historyStep(focusedOnAssad, PLAIN_VIEW)).toBe('push');
  });

  it('rewrites the current entry for any other change, and writes nothing for none', () => {
    expect(historyStep(focusedOnAssad, { ...focusedOnAssad, selectedId: 'iran' })).toBe('replace');
    expect(historyStep(PLAIN_VIEW, viewWith({ filters: [{ kind: 'min-mentions', min: 2 }] }))).toBe('replace');
    expect(historyStep(PLAIN_VIEW, viewWith({ viewPort: { x: 1, y: 2, k: 3 } }))).toBe('replace');
    expect(historyStep(focusedOnAssad, { ...focusedOnAssad })).toBe('none');
    // A move smaller than the URL records is no change.
    const there = viewWith({ viewPort: { x: 1, y: 2, k: 3 } });
    expect(historyStep(there, viewWith({ viewPort: { x: 1.001, y: 2, k: 3 } }))).toBe('none');
  });
});

describe('stateShowing', () => {
  it('sets every field of the view, keeping the filters it replaces undoable', () => {
    const before = { filters: [], filterPast: [] };
    const view = viewWith({ focusId: 'assad', filters: [{ kind: 'min-mentions', min: 2 }] });
    expect(stateShowing(before, view)).toEqual({
      ...view,
      filterPast: [[]],
      filterFuture: [],
      lastFilterEdit: null,
    });
  });

  it('leaves the undo list alone when the filters are the same', () => {
    const filters = [{ kind: 'min-mentions', min: 2 } as const];
    const state = stateShowing({ filters, filterPast: [] }, viewWith({ filters: [...filters] }));
    expect(state).not.toHaveProperty('filterPast');
  });
});

describe('sameViewPort', () => {
  it('tells apart only what the URL can', () => {
    expect(sameViewPort(null, null)).toBe(true);
    expect(sameViewPort(null, { x: 0, y: 0, k: 1 })).toBe(false);
    expect(sameViewPort({ x: 10.01, y: 0, k: 1.5001 }, { x: 10, y: 0.02, k: 1.5 })).toBe(true);
    expect(sameViewPort({ x: 10, y: 0, k: 1.5 }, { x: 10, y: 0, k: 1.6 })).toBe(false);
  });
});
