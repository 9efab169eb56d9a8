import type { Page } from '@playwright/test';
import type { PageRecord } from './figures.ts';

// The render bench's recorder in the page, installed before the page's own scripts run: every animation frame's
// time (a requestAnimationFrame loop: the frames the main thread managed to start), every long task (a
// PerformanceObserver), every change of the drawing's data-layout attribute ("running" / "settled", which both
// renderers and the reference set), when a file was picked, and the first frame on which a watched actor is drawn. Times are on the page's
// performance clock, which starts at navigation. A script string, not a function: the bench runs under tsx, whose
// transpiled functions may call helpers that do not exist in the page.

const RECORDER = `(() => {
  const record = { frames: [], longTasks: [], layout: [], shownAt: null, pickedAt: null, watch: WATCH };
  window.__renderBench = record;
  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') record.pickedAt = performance.now();
  }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      record.layout.push({ at: performance.now(), state: mutation.target.getAttribute('data-layout') });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-layout'] });
  // performance.now(), not the callback's argument: Chrome passes the time the frame was begun, which lies before
  // a long task that held the frame back.
  const onFrame = () => {
    const time = performance.now();
    record.frames.push(time);
    if (record.watch !== null && record.shownAt === null && document.querySelector(record.watch)) record.shownAt = time;
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
})();`;

/** Where each page draws its graph: the app's graph pane, the reference's one SVG. */
export const DRAWING = { app: '.graph-host', reference: '#graph' } as const;

/** A node drawn for this actor (any actor when null) inside the drawing `scope`: not the article's mark of it. */
export function drawnActorSelector(scope: string, actorId: string | null): string {
  return actorId === null ? `${scope} [data-actor-id]` : `${scope} [data-actor-id="${quotedForCss(actorId)}"]`;
}

/** Enough escaping for the ids we make (letters, digits, hyphens) and anything with a quote or backslash. */
function quotedForCss(id: string): string {
  return id.replace(/["\\]/g, '\\$&');
}

/** Records from the page's first script on; `watch`: the selector whose first drawn frame is noted (null: none yet). */
export async function installRecorder(page: Page, watch: string | null): Promise<void> {
  await page.addInitScript({ content: RECORDER.replace('WATCH', JSON.stringify(watch)) });
}

/** Watches for a new selector from now on (the imported graph's actor, after the seed was drawn). */
export async function watchFor(page: Page, selector: string): Promise<void> {
  await page.evaluate(`(window.__renderBench.watch = ${JSON.stringify(selector)}, window.__renderBench.shownAt = null)`);
}

export async function pageClock(page: Page): Promise<number> {
  return (await page.evaluate('performance.now()')) as number;
}

/** What was recorded so far, after one more frame and task so the last long tasks are reported. */
export async function readRecord(page: Page): Promise<PageRecord> {
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
  return (await page.evaluate('window.__renderBench')) as PageRecord;
}

/** Waits until the watched selector was drawn; returns the frame time it first was. */
export async function waitUntilShown(page: Page, timeoutMs: number): Promise<number> {
  await page.waitForFunction('window.__renderBench.shownAt !== null', undefined, { timeout: timeoutMs, polling: 100 });
  return (await page.evaluate('window.__renderBench.shownAt')) as number;
}

/**
 * Waits until the layout has been at rest for `quietMs` (a graph may rest, then move again when a figure computed
 * later resizes its nodes), or `timeoutMs` passed; returns the page's clock when it stopped waiting. Polls twice
 * a second from here, so the wait itself costs the page next to nothing.
 */
export async function waitForRest(page: Page, since: number, quietMs: number, timeoutMs: number): Promise<number> {
  const script = `(() => {
    const layout = window.__renderBench.layout.filter((change) => change.at >= ${since});
    const last = layout[layout.length - 1];
    return last !== undefined && last.state === 'settled' && performance.now() - last.at >= ${quietMs};
  })()`;
  await page.waitForFunction(script, undefined, { timeout: timeoutMs, polling: 500 }).catch(() => undefined);
  return pageClock(page);
}
