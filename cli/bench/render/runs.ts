import type { Browser, Page } from '@playwright/test';
import { renderRunOf, restTime, type RenderRun } from './figures.ts';
import type { BenchGraph } from './graphs.ts';
import {
  DRAWING,
  drawnActorSelector,
  installRecorder,
  pageClock,
  readRecord,
  waitForRest,
  waitUntilShown,
  watchFor,
} from './pageRecorder.ts';
import { panAndZoom } from './panZoom.ts';
import type { ReferenceGraph } from './reference/referenceGraph.ts';

// One measured run of each kind, each in a fresh browser context (no cache, no saved workspace): the app drawing a
// graph opened through its own file picker, the reference drawing the same graph, and the app's first load.

export const VIEWPORT = { width: 1440, height: 900 };

export interface RunPlan {
  /** How long to wait for the graph to be shown before giving the run up (reported as not shown). */
  showTimeoutMs: number;
  /** The live-layout window: frames counted from the graph shown for this long, or until it rests. */
  liveWindowMs: number;
  /** How long to wait for the layout to rest before panning anyway (reported as not at rest). */
  restTimeoutMs: number;
  panMs: number;
}

/** At rest means no movement for this long (the app may move the graph again when a later figure resizes it). */
const QUIET_MS = 1000;
/** The reference page, built beside the app (index.ts) and served from the same folder. */
export const REFERENCE_PATH = '/render-reference/index.html';

export type RendererKind = 'svg' | 'canvas';

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  return context.newPage();
}

/** Waits for rest, pans and zooms, then turns what the page recorded into the run's figures. */
async function measureFromShown(page: Page, openedAt: number, shownAt: number, plan: RunPlan, draggableActors: boolean): Promise<RenderRun> {
  const stoppedWaiting = await waitForRest(page, openedAt, QUIET_MS, plan.restTimeoutMs);
  const settledAt = restTime((await readRecord(page)).layout, openedAt);
  const panFrom = await pageClock(page);
  await panAndZoom(page, plan.panMs, draggableActors);
  const panTo = await pageClock(page);
  const record = await readRecord(page);
  const liveUntil = Math.min(shownAt + plan.liveWindowMs, settledAt ?? stoppedWaiting, stoppedWaiting);
  return renderRunOf(record, { openedAt, shownAt, settledAt, liveUntil, panFrom, panTo });
}

/** The run's figures, or null when the graph was not shown within the plan's time. */
async function unlessTooSlow<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return null;
    throw error;
  }
}

/** The app: first load (the seed drawn and at rest), then the graph file opened by "Open article". */
export function runApp(browser: Browser, baseUrl: string, graph: BenchGraph, plan: RunPlan): Promise<(RenderRun & { renderer: RendererKind }) | null> {
  return unlessTooSlow(() => appRun(browser, baseUrl, graph, plan));
}

async function appRun(browser: Browser, baseUrl: string, graph: BenchGraph, plan: RunPlan): Promise<RenderRun & { renderer: RendererKind }> {
  const page = await newPage(browser);
  try {
    await installRecorder(page, null);
    await page.goto(baseUrl);
    await page.locator(drawnActorSelector(DRAWING.app, null)).first().waitFor();
    await waitForRest(page, 0, QUIET_MS, plan.restTimeoutMs);
    await watchFor(page, drawnActorSelector(DRAWING.app, graph.watchId));
    await page.getByRole('button', { name: 'Open article' }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: graph.fileName, mimeType: 'application/json', buffer: Buffer.from(graph.json) });
    const shownAt = await waitUntilShown(page, plan.showTimeoutMs);
    const pickedAt = (await readRecord(page)).pickedAt;
    if (pickedAt === null) throw new Error('render bench: the file input never changed');
    const renderer: RendererKind = (await page.locator('.graph-host canvas').count()) > 0 ? 'canvas' : 'svg';
    return { ...(await measureFromShown(page, pickedAt, shownAt, plan, true)), renderer };
  } finally {
    await page.context().close();
  }
}

/** The plain reference renderer (reference/main.ts) on the same graph, handed over in the page. */
export function runReference(browser: Browser, baseUrl: string, graph: BenchGraph, plan: RunPlan): Promise<RenderRun | null> {
  return unlessTooSlow(() => referenceRun(browser, baseUrl, graph, plan));
}

async function referenceRun(browser: Browser, baseUrl: string, graph: BenchGraph, plan: RunPlan): Promise<RenderRun> {
  const page = await newPage(browser);
  try {
    await installRecorder(page, drawnActorSelector(DRAWING.reference, graph.watchId));
    await page.goto(new URL(REFERENCE_PATH, baseUrl).href);
    await page.waitForFunction('typeof window.drawReferenceGraph === "function"');
    // The time taken in the page, so handing the graph over the wire is not counted.
    const openedAt = await page.evaluate((given) => {
      const at = performance.now();
      (window as unknown as { drawReferenceGraph: (drawn: ReferenceGraph) => void }).drawReferenceGraph(given);
      return at;
    }, graph.reference);
    const shownAt = await waitUntilShown(page, plan.showTimeoutMs);
    // The reference's actors have no drag: a drag anywhere pans it.
    return await measureFromShown(page, openedAt, shownAt, plan, false);
  } finally {
    await page.context().close();
  }
}

/** A fresh load of the app: navigation to the seed's first actor drawn, in ms on the page's clock. */
export async function seedOnScreen(browser: Browser, baseUrl: string, plan: RunPlan): Promise<number> {
  const page = await newPage(browser);
  try {
    await installRecorder(page, drawnActorSelector(DRAWING.app, null));
    await page.goto(baseUrl);
    return await waitUntilShown(page, plan.showTimeoutMs);
  } finally {
    await page.context().close();
  }
}
