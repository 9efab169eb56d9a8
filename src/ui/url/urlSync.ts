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
// a new focus pushes a history entry, anything else rewrites the current one. The URL leads when the
// app opens (once the graph is ready, as a new graph resets the view) and on Back and Forward.

/** The slice of `window` this needs, so tests can hand in their own. */
export interface Browser {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/**
 * Rewrites of the current entry wait this long for the next one, so typing a search or playing the
 * story writes the address once a pause, not once a key (browsers throttle a flood of them).
 */
export const REPLACE_DELAY_MS = 300;

/** Starts keeping `store` and the URL in step; returns the function that stops it. */
export function syncUrlWithStore(store: AppStore, browser: Browser): () => void {
  /** The graph the URL was last read or written for; null until the first graph is ready. */
  let graph: GraphDocument | null = null;
  /** The view the current history entry holds, or will once a pending rewrite is written. */
  let entryView: UrlView = PLAIN_VIEW;
  let pendingRewrite: { url: string; timer: number } | null = null;
  let restoring = false;

  const urlOf = (view: UrlView) => {
    const query = encodeView(view);
    return `${browser.location.pathname}${query ? `?${query}` : ''}${browser.location.hash}`;
  };
  const currentUrl = () => `${browser.location.pathname}${browser.location.search}${browser.location.hash}`;

  const writeRewrite = () => {
    if (!pendingRewrite) return;
    browser.clearTimeout(pendingRewrite.timer);
    const { url } = pendingRewrite;
    pendingRewrite = null;
    if (url !== currentUrl()) safely(() => browser.history.replaceState(null, '', url));
  };

  const rewriteSoon = (url: string) => {
    if (pendingRewrite) browser.clearTimeout(pendingRewrite.timer);
    pendingRewrite = { url, timer: browser.setTimeout(writeRewrite, REPLACE_DELAY_MS) };
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
    if (url !== currentUrl()) safely(() => browser.history.replaceState(null, '', url));
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
      return rewriteSoon(urlOf(view));
    }
    const step = historyStep(entryView, view);
    if (step === 'none') return;
    entryView = view;
    if (step === 'replace') return rewriteSoon(urlOf(view));
    // The entry being left keeps the view it ended on; the new focus starts a new one.
    writeRewrite();
    safely(() => browser.history.pushState(null, '', urlOf(view)));
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
