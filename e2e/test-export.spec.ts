import type { Page } from '@playwright/test';
import { seriousFindings } from './fixtures/axe.ts';
import { ExportMenu } from './fixtures/ExportMenu.ts';
import { test as base, expect } from './fixtures/fixtures.ts';

// Export: the view as SVG and PNG and the graph as JSON, each downloaded under the article's name,
// each file checked for what it must hold; the menu by keyboard; a failure said in words; axe with it open.

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

  test('nothing leaves the page: the three exports make no network request', async ({ app, exporter, page }) => {
    await app.open();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (/^https?:/.test(request.url())) requests.push(request.url());
    });
    await exporter.save('SVG image');
    await exporter.save('PNG image');
    await exporter.save('Graph data (JSON)');
    expect(requests).toEqual([]);
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
    await expect(exporter.item('Graph data (JSON)')).toBeFocused();
    await page.keyboard.press('ArrowDown'); // wraps round
    await expect(exporter.item('SVG image')).toBeFocused();
    await page.keyboard.press('p');
    await expect(exporter.item('PNG image')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(exporter.menu).toBeHidden();
    await expect(exporter.button).toBeFocused();

    await page.keyboard.press('ArrowUp'); // opens on the last item
    await expect(exporter.item('Graph data (JSON)')).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`${SLUG}.json`);
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
      await expect(exporter.items).toHaveCount(3);
      expect(await seriousFindings(page)).toEqual([]);
    });
  }
});
