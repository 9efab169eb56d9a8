import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { seriousFindings } from './fixtures/axe.ts';
import { ExportMenu } from './fixtures/ExportMenu.ts';
import { test as base, expect } from './fixtures/fixtures.ts';

// Export: the view as SVG and PNG and the graph as JSON, CSV tables (zipped) and GraphML, each downloaded
// under the article's name, each file checked for what it must hold; the menu by keyboard and on a phone; a
// failure said in words; axe with it open.

const test = base.extend<{ exporter: ExportMenu }>({
  exporter: async ({ page }, use) => {
    await use(new ExportMenu(page));
  },
});

const SLUG = 'united-states-and-russian-militaries-launch-talks-on-syria';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What an exported SVG holds, read by the browser's own XML parser. */
function readSvg(page: Page, text: string) {
  return page.evaluate((svgText) => {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const root = doc.documentElement;
    const nodes = [...doc.querySelectorAll('g[data-actor-id]')];
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      rootName: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      background: root.querySelector(':scope > rect')?.getAttribute('fill') ?? null,
      labelFill: doc.querySelector('text.ag-label')?.getAttribute('style')?.match(/(?:^|;)fill:([^;]+)/)?.[1] ?? null,
      nodes: nodes.map((node) => ({ id: node.getAttribute('data-actor-id'), label: node.querySelector('text.ag-label')?.textContent ?? null })),
      screenOnly: doc.querySelectorAll('.ag-hit, .ag-focus, [tabindex]').length,
    };
  }, text);
}

/** What an exported GraphML holds, read by the browser's own XML parser: its nodes and edges with their data. */
function readGraphMl(page: Page, text: string) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const data = (element: Element) =>
      Object.fromEntries([...element.querySelectorAll(':scope > data')].map((datum) => [datum.getAttribute('key'), datum.textContent]));
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      rootName: doc.documentElement.localName,
      nodes: [...doc.querySelectorAll('graph > node')].map((node) => ({ id: node.getAttribute('id'), ...data(node) })),
      edges: [...doc.querySelectorAll('graph > edge')].map((edge) => ({
        id: edge.getAttribute('id'),
        source: edge.getAttribute('source'),
        target: edge.getAttribute('target'),
        ...data(edge),
      })),
    };
  }, text);
}

/** The graph the app holds, as its own JSON export gives it. */
async function graphAsRead(exporter: ExportMenu) {
  const saved = await exporter.save('Graph data (JSON)');
  return JSON.parse(saved.body.toString('utf8')) as {
    actors: Array<{ id: string; label: string; type: string }>;
    relations: Array<{ id: string; source: string; target: string; type: string; polarity: string }>;
  };
}

/** The lines of a CSV table with no line break inside a field (the evidence sentences may hold one: none here). */
function csvLines(text: string): string[] {
  return text.split('\r\n').filter((line) => line !== '');
}

/** The drawn actors on screen: id and label. */
async function drawnActors(page: Page) {
  return page
    .locator('svg.ag-graph g.ag-node')
    .evaluateAll((nodes) => nodes.map((node) => ({ id: node.getAttribute('data-actor-id'), label: node.querySelector('text.ag-label')?.textContent ?? null })));
}

/** The relative luminance of an "rgb(r, g, b)" colour, 0 (black) to 1 (white). */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => Number(part) / 255);
  const linear = (c = 0) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

test.describe('export', () => {
  test('SVG: named after the article, parses as XML, one element per drawn actor with its label', async ({ app, exporter, page }) => {
    await app.open();
    const saved = await exporter.save('SVG image');
    expect(saved.name).toBe(`${SLUG}.svg`);
    const svg = await readSvg(page, saved.body.toString('utf8'));
    expect(svg.parseError).toBeNull();
    expect(svg.rootName).toBe('svg');
    expect(svg.namespace).toBe('http://www.w3.org/2000/svg');
    const box = await page.locator('svg.ag-graph').boundingBox();
    expect(svg.width).toBe(Math.round(box!.width));
    expect(svg.height).toBe(Math.round(box!.height));
    const drawn = await drawnActors(page);
    expect(drawn.length).toBeGreaterThan(10);
    const byId = (a: { id: string | null }, b: { id: string | null }) => (a.id ?? '').localeCompare(b.id ?? '');
    expect([...svg.nodes].sort(byId)).toEqual([...drawn].sort(byId));
    expect(svg.nodes.map((node) => node.label)).toContain('Kerry');
    // Focus rings, hit areas and keyboard stops are the screen's, not the picture's.
    expect(svg.screenOnly).toBe(0);
    expect(luminance(svg.background!)).toBeGreaterThan(0.8);
  });

  test('SVG of a filtered view holds only what is shown', async ({ app, exporter, page }) => {
    await app.open();
    await app.filter.choose('Ker', 'Kerry');
    await expect(app.filter.chip('Around Kerry')).toBeVisible();
    const { shown } = await app.graph.shown();
    await expect(app.graph.nodes).toHaveCount(shown);
    const svg = await readSvg(page, (await exporter.save('SVG image')).body.toString('utf8'));
    expect(svg.nodes).toHaveLength(shown);
  });

  test('PNG: named after the article, a real PNG at twice the view’s size', async ({ app, exporter, page }) => {
    await app.open();
    const saved = await exporter.save('PNG image');
    expect(saved.name).toBe(`${SLUG}.png`);
    expect([...saved.body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The first chunk is IHDR: width and height, big-endian, at bytes 16 and 20.
    expect(saved.body.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = saved.body.readUInt32BE(16);
    const height = saved.body.readUInt32BE(20);
    const box = await page.locator('svg.ag-graph').boundingBox();
    const dpr = await page.evaluate(() => window.devicePixelRatio);
    expect(width).toBe(Math.round(Math.round(box!.width) * 2 * dpr));
    expect(height).toBe(Math.round(Math.round(box!.height) * 2 * dpr));
    await expect(page.getByRole('status').filter({ hasText: `Saved ${SLUG}.png` })).toBeAttached();
  });

  test('JSON: named after the article, the graph as read, format actorgraph/1', async ({ app, exporter, page }) => {
    await app.open();
    const saved = await exporter.save('Graph data (JSON)');
    expect(saved.name).toBe(`${SLUG}.json`);
    const graph = JSON.parse(saved.body.toString('utf8'));
    expect(graph.format).toBe('actorgraph/1');
    expect(graph.documents[0].title).toBe('United States and Russian militaries launch talks on Syria');
    const ids = graph.actors.map((actor: { id: string }) => actor.id).sort();
    const drawn = (await drawnActors(page)).map((actor) => actor.id).sort();
    expect(ids).toEqual(drawn);
    expect(graph.actors.find((actor: { label: string }) => actor.label === 'Kerry')?.type).toBe('person');
    expect(graph.relations.length).toBeGreaterThan(0);
  });

  test('CSV: a zip named after the article, actors.csv and relations.csv with their headers and a row each', async ({ app, exporter }) => {
    await app.open();
    const graph = await graphAsRead(exporter);
    const saved = await exporter.save('Tables (CSV, zip)');
    expect(saved.name).toBe(`${SLUG}.zip`);
    expect(saved.body.subarray(0, 2).toString('ascii')).toBe('PK');
    const files = unzipSync(new Uint8Array(saved.body));
    expect(Object.keys(files).sort()).toEqual(['actors.csv', 'relations.csv']);
    const actors = csvLines(strFromU8(files['actors.csv']!));
    const relations = csvLines(strFromU8(files['relations.csv']!));
    expect(actors[0]).toBe('id,label,type,aliases,mentions,hidden');
    expect(relations[0]).toBe(
      'id,source,source_label,target,target_label,type,polarity,directed,attributed_to,hedged,evidence,evidence_spans',
    );
    expect(actors).toHaveLength(graph.actors.length + 1);
    expect(relations).toHaveLength(graph.relations.length + 1);
    const kerry = graph.actors.find((actor) => actor.label === 'Kerry')!;
    expect(actors).toContainEqual(expect.stringMatching(new RegExp(`^${kerry.id},Kerry,person,`)));
  });

  test('GraphML: named after the article, one node per actor and one edge per relation, with their labels', async ({ app, exporter, page }) => {
    await app.open();
    const graph = await graphAsRead(exporter);
    const saved = await exporter.save('GraphML (Gephi, Cytoscape, yEd)');
    expect(saved.name).toBe(`${SLUG}.graphml`);
    const graphMl = await readGraphMl(page, saved.body.toString('utf8'));
    expect(graphMl.parseError).toBeNull();
    expect(graphMl.rootName).toBe('graphml');
    const byId = <T extends { id: string | null }>(a: T, b: T) => (a.id ?? '').localeCompare(b.id ?? '');
    expect(graphMl.nodes.map(({ id, label, type }) => ({ id, label, type })).sort(byId)).toEqual(
      graph.actors.map(({ id, label, type }) => ({ id, label, type })).sort(byId),
    );
    expect(graphMl.edges.map(({ id, source, target, relation, polarity }) => ({ id, source, target, relation, polarity })).sort(byId)).toEqual(
      graph.relations.map(({ id, source, target, type, polarity }) => ({ id, source, target, relation: type, polarity })).sort(byId),
    );
    expect(graphMl.edges.length).toBeGreaterThan(0);
    expect(graphMl.edges.every((edge) => (edge['evidence'] ?? '').length > 0)).toBe(true);
  });

  test('nothing leaves the page: the five exports send nothing, and fetch only the app’s own code', async ({ app, exporter, page }) => {
    await app.open();
    const origin = new URL(page.url()).origin;
    const requests: Array<{ url: string; method: string; type: string }> = [];
    page.on('request', (request) => {
      if (/^https?:/.test(request.url())) requests.push({ url: request.url(), method: request.method(), type: request.resourceType() });
    });
    await exporter.save('SVG image');
    await exporter.save('PNG image');
    await exporter.save('Graph data (JSON)');
    await exporter.save('Tables (CSV, zip)');
    await exporter.save('GraphML (Gephi, Cytoscape, yEd)');
    // The CSV and GraphML writers load on first use: scripts of the app's own build, fetched, never sent to.
    const ownScript = ({ url, method, type }: (typeof requests)[number]) =>
      method === 'GET' && type === 'script' && url.startsWith(`${origin}/assets/`) && url.endsWith('.js');
    expect(requests.filter((request) => !ownScript(request))).toEqual([]);
  });

  test('the dark theme exports dark, with light labels', async ({ app, exporter, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const svg = await readSvg(page, (await exporter.save('SVG image')).body.toString('utf8'));
    expect(luminance(svg.background!)).toBeLessThan(0.1);
    expect(luminance(svg.labelFill!)).toBeGreaterThan(0.6);
  });

  test('the menu works from the keyboard: arrows, Home, End, a first letter, Escape back to the button, Enter saves', async ({ app, exporter, page }) => {
    await app.open();
    await exporter.button.focus();
    await page.keyboard.press('Enter');
    await expect(exporter.menu).toBeVisible();
    await expect(exporter.button).toHaveAttribute('aria-expanded', 'true');
    await expect(exporter.item('SVG image')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(exporter.item('PNG image')).toBeFocused();
    await page.keyboard.press('End');
    await expect(exporter.item('GraphML (Gephi, Cytoscape, yEd)')).toBeFocused();
    await page.keyboard.press('ArrowDown'); // wraps round
    await expect(exporter.item('SVG image')).toBeFocused();
    await page.keyboard.press('p');
    await expect(exporter.item('PNG image')).toBeFocused();
    await page.keyboard.press('g'); // two items start with G: the letter steps between them
    await expect(exporter.item('Graph data (JSON)')).toBeFocused();
    await page.keyboard.press('g');
    await expect(exporter.item('GraphML (Gephi, Cytoscape, yEd)')).toBeFocused();
    await page.keyboard.press('t');
    await expect(exporter.item('Tables (CSV, zip)')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(exporter.item('SVG image')).toBeFocused();
    await page.keyboard.press('ArrowUp'); // wraps round
    await expect(exporter.item('GraphML (Gephi, Cytoscape, yEd)')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(exporter.menu).toBeHidden();
    await expect(exporter.button).toBeFocused();

    await page.keyboard.press('ArrowUp'); // opens on the last item
    await expect(exporter.item('GraphML (Gephi, Cytoscape, yEd)')).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`${SLUG}.graphml`);
    await expect(exporter.menu).toBeHidden();
    await expect(exporter.button).toBeFocused();
  });

  test('a click outside closes the menu, and Escape there keeps the selection', async ({ app, exporter, page }) => {
    await app.open();
    const kerry = app.graph.node('Kerry', 'John Kerry');
    await app.graph.pick(kerry);
    await expect(kerry).toHaveAttribute('data-selected', 'true');
    await exporter.button.click();
    await expect(exporter.menu).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(exporter.menu).toBeHidden();
    await expect(kerry).toHaveAttribute('data-selected', 'true');
    await exporter.button.click();
    await page.getByRole('heading', { name: 'ActorGraph' }).click();
    await expect(exporter.menu).toBeHidden();
  });

  test('a PNG the browser refuses to encode is explained, and the app carries on', async ({ app, exporter, page }) => {
    // As a tainted canvas does: toBlob throws a SecurityError.
    await page.addInitScript(() => {
      HTMLCanvasElement.prototype.toBlob = () => {
        throw new DOMException('Tainted canvases may not be exported.', 'SecurityError');
      };
    });
    await app.open();
    await exporter.button.click();
    await exporter.item('PNG image').click();
    await expect(exporter.failure).toContainText('Could not make the PNG image');
    await expect(exporter.failure).toContainText('The SVG image still works.');
    await expect(app.graph.nodes.first()).toBeVisible();
    await exporter.failure.getByRole('button', { name: 'Dismiss' }).click();
    await expect(exporter.failure).toBeHidden();
    expect((await exporter.save('SVG image')).name).toBe(`${SLUG}.svg`);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious with the menu open in the ${theme} theme`, async ({ app, exporter, page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await app.open();
      await exporter.button.click();
      await expect(exporter.items).toHaveCount(5);
      expect(await seriousFindings(page)).toEqual([]);
    });
  }
});

test.describe('export on a 375px phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('the menu rises from the bottom edge with all five items on screen, and a tap saves', async ({ app, exporter, page }) => {
    await app.open();
    await exporter.button.tap();
    await expect(exporter.items).toHaveCount(5);
    const menu = (await exporter.menu.boundingBox())!;
    expect(menu.x).toBeGreaterThanOrEqual(0);
    expect(menu.x + menu.width).toBeLessThanOrEqual(375);
    expect(menu.y).toBeGreaterThanOrEqual(0);
    expect(menu.y + menu.height).toBeLessThanOrEqual(800);
    for (const item of await exporter.items.all()) await expect(item).toBeInViewport({ ratio: 1 });
    const [download] = await Promise.all([page.waitForEvent('download'), exporter.item('Tables (CSV, zip)').tap()]);
    expect(download.suggestedFilename()).toBe(`${SLUG}.zip`);
  });
});
