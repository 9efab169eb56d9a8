import { describe, expect, it } from 'vitest';
import { assadAlliesGraph } from '../../graph/fixtures/assadAllies.ts';
import { kerryTalksGraph } from '../../graph/fixtures/kerryTalks.ts';
import type { GraphDocument } from '../../extract/types.ts';
import { createAppStore } from '../../store/appStore.ts';
import type { ExtractResult } from '../../worker/client.ts';
import { syncUrlWithStore, WRITE_BUDGET, type Browser } from './urlSync.ts';

/** A browser tab reduced to its history: entries of addresses, Back and Forward, a clock run by hand. */
function fakeBrowser(address: string) {
  const entries = [address];
  let index = 0;
  let writes = 0;
  let clock = 0;
  const listeners = new Set<() => void>();
  const timers = new Map<number, { due: number; callback: () => void }>();
  let nextTimer = 1;
  const location = { pathname: '', search: '', hash: '' };
  const show = () => {
    const url = new URL(entries[index]!, 'http://example.test');
    location.pathname = url.pathname;
    location.search = url.search;
    location.hash = url.hash;
  };
  show();
  const browser: Browser = {
    location,
    history: {
      pushState: (_state, _unused, url) => {
        writes += 1;
        entries.splice(index + 1, entries.length, String(url));
        index += 1;
        show();
      },
      replaceState: (_state, _unused, url) => {
        writes += 1;
        entries[index] = String(url);
        show();
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    setTimeout: (callback, ms) => {
      timers.set(nextTimer, { due: clock + ms, callback });
      return nextTimer++;
    },
    clearTimeout: (id) => timers.delete(id),
    performance: { now: () => clock },
  };
  const go = (step: number) => {
    index += step;
    show();
    listeners.forEach((listener) => listener());
  };
  return {
    browser,
    entries,
    address: () => entries[index]!,
    back: () => go(-1),
    forward: () => go(1),
    /** How many times the history was written to. */
    writes: () => writes,
    /** Moves the clock on by `ms`, firing the timers that fall due. */
    wait: (ms: number) => {
      clock += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.due > clock) continue;
        timers.delete(id);
        timer.callback();
      }
    },
  };
}

/** A store whose article reader the test answers, and a way to hand it a graph. */
function storeReading() {
  let answer: (result: ExtractResult) => void = () => {};
  const store = createAppStore(() => new Promise<ExtractResult>((resolve) => (answer = resolve)));
  const read = async (graph: GraphDocument) => {
    const reading = store.getState().readArticles(graph.documents);
    answer({ ok: true, graph });
    await reading;
  };
  return { store, read };
}

describe('syncUrlWithStore', () => {
  it('shows the view a link states once the graph is ready, not before', async () => {
    const tab = fakeBrowser('/?focus=assad&sel=iran&f=type:-country&z=10,-20,1.5&size=degree');
    const { store, read } = storeReading();
    syncUrlWithStore(store, tab.browser);
    // The address is kept while the article is read.
    expect(tab.address()).toBe('/?focus=assad&sel=iran&f=type:-country&z=10,-20,1.5&size=degree');
    await read(assadAlliesGraph());
    expect(store.getState()).toMatchObject({
      focusId: 'assad',
      selectedId: 'iran',
      filters: [{ kind: 'actor-type', hidden: ['country'] }],
      viewPort: { x: 10, y: -20, k: 1.5 },
      sizeBy: 'degree',
    });
    expect(tab.entries).toHaveLength(1);
  });

  it('opens junk as the plain graph and tidies the address', async () => {
    const tab = fakeBrowser('/?focus=nobody&f=%%%~type:-planet&z=x#about');
    const { store, read } = storeReading();
    syncUrlWithStore(store, tab.browser);
    await read(assadAlliesGraph());
    expect(store.getState()).toMatchObject({ focusId: null, filters: [], viewPort: null });
    expect(tab.address()).toBe('/#about');
  });

  it('makes each focus a history entry that Back and Forward walk', async () => {
    const tab = fakeBrowser('/');
    const { store, read } = storeReading();
    syncUrlWithStore(store, tab.browser);
    await read(assadAlliesGraph());

    store.getState().setFocus('assad');
    store.getState().setFocus('russia');
    expect(tab.entries).toEqual(['/', '/?focus=assad', '/?focus=russia']);

    tab.back();
    expect(store.getState().focusId).toBe('assad');
    tab.back();
    expect(store.getState().focusId).toBeNull();
    tab.forward();
    expect(store.getState().focusId).toBe('assad');
    // Walking the history adds nothing to it.
    expect(tab.entries).toEqual(['/', '/?focus=assad', '/?focus=russia']);
  });

  it('rewrites the current entry at once for other changes, so Back skips them', async () => {
    const tab = fakeBrowser('/');
    const { store, read } = storeReading();
    syncUrlWithStore(store, tab.browser);
    await read(assadAlliesGraph());

    store.getState().setFocus('assad');
    store.getState().selectActor('iran');
    store.getState().setSearch('I');
    store.getState().setSearch('Ir');
    store.getState().setViewPort({ x: 1.04, y: 2, k: 2.5 });
    expect(tab.entries).toEqual(['/', '/?focus=assad&sel=iran&f=text:Ir&z=1,2,2.5']);
  });

  it('keeps in each entry the view it was left on', async () => {
    const tab = fakeBrowser('/');
    const { store, read } = storeReading();
    syncUrlWithStore(store, tab.browser);
    await read(assadAlliesGraph());

    store.getState().setMinMentions(2);
    store.getState().setFocus('assad');
    expect(tab.entries).toEqual(['/?f=min:2', '/?focus=assad&f=min:2']);
    store.getState().removeFilter('min-mentions');
    tab.back();
    // Back restores the whole view of that entry, filters too, and "Undo filter" can take them back.
    expect(store.getState()).toMatchObject({ focusId: null, filters: [{ kind: 'min-mentions', min: 2 }] });
    store.getState().undoFilter();
    expect(store.getState().filters).toEqual([]);
  });

  it('keeps a change made just before Back in the entry it was made in', async () => {
    const tab = fakeBrowser('/');
    const { store, read } = storeReading();
    syncUrlWithStore(store, tab.browser);
    await read(assadAlliesGraph());

    store.getState().setFocus('assad');
    store.getState().selectActor('turkey');
    tab.back();
    expect(store.getState().selectedId).toBeNull();
    tab.forward();
    expect(store.getState()).toMatchObject({ focusId: 'assad', selectedId: 'turkey' });
  });

  it('holds back a flood of rewrites, then writes the last one', async () => {
    const tab = fakeBrowser('/');
    const { store, read } = storeReading();
    syncUrlWithStore(store, tab.browser);
    await read(assadAlliesGraph());

    // A held-down arrow key on the minimum: a change every 30 ms.
    for (let min = 2; min < 200; min += 1) {
      store.getState().setMinMentions(min);
      tab.wait(30);
    }
    expect(tab.writes()).toBeLessThanOrEqual(WRITE_BUDGET.writes);
    tab.wait(WRITE_BUDGET.withinMs);
    expect(tab.address()).toBe('/?f=min:199');
    // A push is never held back, and the entry it leaves keeps the last rewrite.
    store.getState().setMinMentions(250);
    store.getState().setFocus('assad');
    expect(tab.entries).toEqual(['/?f=min:250', '/?focus=assad&f=min:250']);
  });

  it('starts a new article on its plain view, in place of the current entry', async () => {
    const tab = fakeBrowser('/?focus=assad');
    const { store, read } = storeReading();
    syncUrlWithStore(store, tab.browser);
    await read(assadAlliesGraph());
    await read(kerryTalksGraph());
    expect(store.getState().focusId).toBeNull();
    expect(tab.entries).toEqual(['/']);
  });

  it('stops following the store and the history when stopped', async () => {
    const tab = fakeBrowser('/');
    const { store, read } = storeReading();
    const stop = syncUrlWithStore(store, tab.browser);
    await read(assadAlliesGraph());
    store.getState().selectActor('iran');
    stop();
    expect(tab.entries).toEqual(['/?sel=iran']);
    store.getState().setFocus('assad');
    expect(tab.entries).toEqual(['/?sel=iran']);
  });
});
