import type { GraphDocument } from '../../extract/types.ts';
import type { AppStore } from '../../store/appStore.ts';
import { selectGraph } from '../../store/selectors.ts';
import {
  decodeView,
  encodeView,
  historyStep,
  PLAIN_VIEW,
  stateShowing,
  viewOf,
  viewWithinGraph,
  type UrlView,
} from '../../store/urlState.ts';

// Keeps the address bar and the store saying the same view. The store leads while the user works:
// a new focus pushes a history entry, anything else rewrites the current one at once. The URL leads when the
// app opens (once the graph is ready, as a new graph resets the view) and on Back and Forward.

/** The slice of `window` this needs, so tests can hand in their own. */
export interface Browser {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
  performance: Pick<Performance, 'now'>;
}

/**
 * How many history writes go out at once within a stretch of time; past that, rewrites wait and only
 * the last is written. Browsers refuse or throttle floods (Safari: 100 in 30 s), and a held-down arrow
 * key on the minimum, or a story slider dragged back and forth, could make one. Each change is written
 * at once otherwise, so Back or a reload straight after a change never loses it.
 */
export const WRITE_BUDGET = { writes: 50, withinMs: 30_000 };

/** Starts keeping `store` and the URL in step; returns the function that stops it. */
export function syncUrlWithStore(store: AppStore, browser: Browser): () => void {
  /** The graph the URL was last read or written for; null until the first graph is ready. */
  let graph: GraphDocument | null = null;
  /** The view the current history entry holds, or will once a pending rewrite is written. */
  let entryView: UrlView = PLAIN_VIEW;
  let pendingRewrite: { url: string; timer: number } | null = null;
  let restoring = false;
  /** When the recent history writes were made, oldest first. */
  const recentWrites: number[] = [];

  const urlOf = (view: UrlView) => {
    const query = encodeView(view);
    return `${browser.location.pathname}${query ? `?${query}` : ''}${browser.location.hash}`;
  };
  const currentUrl = () => `${browser.location.pathname}${browser.location.search}${browser.location.hash}`;

  /** Makes one history write, counted against the budget. */
  const write = (how: 'pushState' | 'replaceState', url: string) => {
    recentWrites.push(browser.performance.now());
    safely(() => browser.history[how](null, '', url));
  };

  /** How long until the budget allows another write: 0 when it does now. */
  const budgetWait = () => {
    const now = browser.performance.now();
    while (recentWrites.length > 0 && recentWrites[0]! <= now - WRITE_BUDGET.withinMs) recentWrites.shift();
    const oldest = recentWrites[0];
    return recentWrites.length < WRITE_BUDGET.writes || oldest === undefined ? 0 : oldest + WRITE_BUDGET.withinMs - now;
  };

  const writeRewrite = () => {
    if (!pendingRewrite) return;
    browser.clearTimeout(pendingRewrite.timer);
    const { url } = pendingRewrite;
    pendingRewrite = null;
    if (url !== currentUrl()) write('replaceState', url);
  };

  const rewrite = (url: string) => {
    if (pendingRewrite) {
      pendingRewrite.url = url;
      return;
    }
    const wait = budgetWait();
    if (wait <= 0) {
      if (url !== currentUrl()) write('replaceState', url);
      return;
    }
    pendingRewrite = { url, timer: browser.setTimeout(writeRewrite, wait) };
  };

  /** Shows the view the URL states on `shown`, then writes the URL back as the store reads it. */
  const showUrlView = (shown: GraphDocument) => {
    if (pendingRewrite) browser.clearTimeout(pendingRewrite.timer);
    pendingRewrite = null;
    const view: UrlView = { ...PLAIN_VIEW, ...viewWithinGraph(decodeView(browser.location.search), shown) };
    restoring = true;
    try {
      store.setState((state) => stateShowing(state, view));
    } finally {
      restoring = false;
    }
    entryView = viewOf(store.getState());
    // Junk and ids the graph lacks leave the address, so what it says is what is shown.
    const url = urlOf(entryView);
    if (url !== currentUrl()) write('replaceState', url);
  };

  const follow = () => {
    if (restoring) return;
    const state = store.getState();
    const shown = selectGraph(state);
    // While a graph is read, the URL waits: it may describe the graph on its way.
    if (!shown) return;
    if (graph === null) {
      graph = shown;
      return showUrlView(shown);
    }
    const view = viewOf(state);
    if (shown !== graph) {
      // Another article: its fresh view takes the entry's place; the old ids mean nothing here.
      graph = shown;
      entryView = view;
      return rewrite(urlOf(view));
    }
    const step = historyStep(entryView, view);
    if (step === 'none') return;
    entryView = view;
    if (step === 'replace') return rewrite(urlOf(view));
    // The entry being left keeps the view it ended on; the new focus starts a new one.
    writeRewrite();
    write('pushState', urlOf(view));
  };

  const onPopState = () => {
    if (graph) showUrlView(graph);
  };

  const stopFollowing = store.subscribe(follow);
  browser.addEventListener('popstate', onPopState);
  follow();
  return () => {
    stopFollowing();
    browser.removeEventListener('popstate', onPopState);
    writeRewrite();
  };
}

/** History calls can throw (a browser's rate limit, a sandboxed frame); the view works on without. */
function safely(write: () => void): void {
  try {
    write();
  } catch {
    // The address falls behind; the next change writes it again.
  }
}
