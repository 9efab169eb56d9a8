import { seriousFindings } from './fixtures/axe.ts';
import { expect, test } from './fixtures/fixtures.ts';

// The app on a 375px phone held upright, with fingers: nothing wider than the screen, the drawing over
// half of it, a tap selects and raises the details as a sheet, a pinch zooms the graph and not the page,
// the filters beyond the actor box fold behind "More filters" (as at every width). And on a 1920px screen, the
// panes side by side.

const PHONE = { width: 375, height: 800 };
const ASSAD = ['Assad', 'Bashar al-Assad', 'Bashar Al Assad'];

test.describe('on a 375px phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test.beforeEach(async ({ app }) => {
    await app.open();
  });

  test('nothing scrolls sideways: as opened, with each sheet, more filters and the table', async ({ app }) => {
    const { phone } = app;
    expect(await phone.sidewaysOverflow()).toBe(0);
    await app.graph.pick(app.graph.node(...ASSAD), 'tap');
    await expect(app.details.actorName).toBeVisible();
    expect(await phone.sidewaysOverflow()).toBe(0);
    await phone.articleToggle.tap();
    await expect(app.article.region).toBeVisible();
    expect(await phone.sidewaysOverflow()).toBe(0);
    await phone.closeSheet.tap();
    await phone.moreFilters.tap();
    await expect(app.filter.search).toBeVisible();
    expect(await phone.sidewaysOverflow()).toBe(0);
    await app.table.tableTab.tap();
    await expect(app.table.tablePanel.getByRole('table').first()).toBeVisible();
    expect(await phone.sidewaysOverflow()).toBe(0);
  });

  test('the drawing takes over half the screen’s height, with the view controls in a row above it', async ({ app }) => {
    const [drawing, controls, bar] = await app.phone.restingBoxes([app.phone.drawing, app.graph.controls, app.phone.sheetBar]);
    expect(drawing!.height).toBeGreaterThanOrEqual(PHONE.height / 2);
    expect(drawing!.width).toBeGreaterThanOrEqual(PHONE.width - 1);
    // The controls cover none of the drawing: a fitted graph is wholly in sight.
    expect(controls!.y + controls!.height).toBeLessThanOrEqual(drawing!.y + 1);
    // And the whole drawing is on the first screen, above the sheet bar.
    expect(drawing!.y + drawing!.height).toBeLessThanOrEqual(bar!.y + 1);
  });

  test('a tap on a node selects it at once and raises its details as a sheet over the lower graph', async ({ app, page }) => {
    const assad = app.graph.node(...ASSAD);
    await page.evaluate(() => {
      const times: Record<string, number> = {};
      (window as unknown as { tapTimes: Record<string, number> }).tapTimes = times;
      for (const type of ['touchend', 'click']) {
        document.addEventListener(type, () => (times[type] ??= performance.now()), { capture: true });
      }
    });
    await app.graph.pick(assad, 'tap');
    await expect(assad).toHaveAttribute('data-selected', 'true');
    await expect(app.details.actorName).toHaveText(/Assad/);
    // No 300 ms wait for a double tap: the click follows the finger's lift straight away.
    const times = await page.evaluate(() => (window as unknown as { tapTimes: Record<string, number> }).tapTimes);
    expect(times.click! - times.touchend!).toBeLessThan(200);

    await app.phone.settled(app.details.region);
    const sheet = await app.phone.box(app.details.region);
    const drawing = await app.phone.box(app.phone.drawing);
    const bar = await app.phone.box(app.phone.sheetBar);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(bar.y + 1);
    expect(sheet.y).toBeGreaterThan(drawing.y + drawing.height / 4); // the top of the graph stays in sight
    await expect(app.phone.detailsToggle).toHaveAttribute('aria-expanded', 'true');
  });

  test('the details sheet scrolls inside itself, and Close puts it away and clears the selection', async ({ app }) => {
    const russia = app.graph.node('Russia');
    await app.graph.pick(russia, 'tap');
    await expect(app.details.actorName).toHaveText('Russia');
    const scrolled = await app.details.region.evaluate((sheet) => {
      sheet.scrollTop = 200;
      return { overflows: sheet.scrollHeight > sheet.clientHeight, top: sheet.scrollTop };
    });
    expect(scrolled).toEqual({ overflows: true, top: 200 });
    expect(await app.phone.pageScale()).toBe(1);

    await app.phone.closeSheet.tap();
    await expect(app.details.region).toBeHidden();
    await expect(russia).not.toHaveAttribute('data-selected', 'true');
    await expect(app.phone.detailsToggle).toBeFocused();
    await expect(app.phone.closeSheet).toBeHidden();
  });

  test('Escape puts the details away too, and the Details button brings the pane back', async ({ app, page }) => {
    const assad = app.graph.node(...ASSAD);
    await app.graph.pick(assad, 'tap');
    await expect(app.details.actorName).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(app.details.region).toBeHidden();
    await expect(assad).not.toHaveAttribute('data-selected', 'true');

    await app.phone.detailsToggle.tap();
    await expect(app.details.emptyNote).toBeVisible();
    await app.phone.detailsToggle.tap();
    await expect(app.details.region).toBeHidden();
  });

  test('the article is a sheet too: a tapped mention brings up that actor’s details', async ({ app }) => {
    await expect(app.article.region).toBeHidden();
    await app.phone.articleToggle.tap();
    await expect(app.article.region).toBeInViewport();
    await expect(app.phone.articleToggle).toHaveAttribute('aria-expanded', 'true');
    const kerry = app.article.region.locator('mark.mention', { hasText: /^Kerry$/ }).first();
    await kerry.tap();
    await expect(app.details.actorName).toHaveText(/Kerry/);
    await expect(app.article.region).toBeHidden();
    // Back to the article: the selection stays, its mentions marked.
    await app.phone.articleToggle.tap();
    await expect(app.article.selectedMentions().first()).toBeVisible();
    await app.phone.closeSheet.tap();
    await expect(app.article.region).toBeHidden();
  });

  test('a pinch zooms the graph, not the page; two fingers pan it', async ({ app }) => {
    const { phone, graph } = app;
    await phone.layoutAtRest(); // so the open ground found for the fingers is still open when they land
    const before = await graph.viewTransform();
    await phone.pinch(await phone.openGround(60), 60, 200);
    await expect.poll(async () => (await graph.viewTransform()).k).toBeGreaterThan(before.k * 1.8);
    expect(await phone.pageScale()).toBe(1);

    const zoomed = await graph.viewTransform();
    await phone.pinch(await phone.openGround(200), 200, 100);
    await expect.poll(async () => (await graph.viewTransform()).k).toBeLessThan(zoomed.k * 0.7);

    const settled = await graph.viewTransform();
    const centre = await phone.openGround(80);
    const left = { x: centre.x - 40, y: centre.y };
    const right = { x: centre.x + 40, y: centre.y };
    await phone.twoFingers([left, right], [
      { x: left.x + 60, y: left.y + 40 },
      { x: right.x + 60, y: right.y + 40 },
    ]);
    const panned = await graph.viewTransform();
    expect(panned.x - settled.x).toBeCloseTo(60, -1);
    expect(panned.y - settled.y).toBeCloseTo(40, -1);
    expect(panned.k).toBeCloseTo(settled.k, 2);
  });

  test('a double tap on an actor low in the drawing focuses on it: the details sheet waits for the second tap', async ({ app }) => {
    await app.phone.layoutAtRest();
    const lowest = await app.graph.nodes.evaluateAll((nodes) => {
      const bottom = (node: Element) => node.querySelector('.ag-dot')?.getBoundingClientRect().bottom ?? 0;
      return nodes.reduce((low, node) => (bottom(node) > bottom(low) ? node : low)).getAttribute('data-actor-id');
    });
    const node = app.graph.region.locator(`svg [data-actor-id="${lowest}"]`);
    const drawing = await app.phone.box(app.phone.drawing);
    const at = await app.phone.discCentre(node);
    expect(at.y).toBeGreaterThan(drawing.y + drawing.height * 0.6); // where the details sheet comes up
    await app.phone.doubleTap(at);
    await expect(node).toHaveAttribute('data-focus', 'true');
    await expect(app.details.actorName).toBeVisible();
  });

  test('one finger drags a node and leaves it pinned where it is lifted', async ({ app }) => {
    const pentagon = app.graph.node('Pentagon');
    await app.phone.layoutAtRest();
    const start = await app.phone.discCentre(pentagon);
    await expect(app.graph.pinned()).toHaveCount(0);
    await app.phone.slide(start, { x: start.x + 50, y: start.y - 40 });
    await expect(pentagon).toHaveAttribute('data-pinned', '');
    const moved = await app.phone.box(pentagon.locator('.ag-dot'));
    expect(moved.x + moved.width / 2 - start.x).toBeCloseTo(50, -1);
  });

  test('"More filters" folds search, minimum mentions and relations away and says how many are on', async ({ app }) => {
    const { moreFilters } = app.phone;
    const { search, minMentions } = app.filter;
    await expect(app.filter.input).toBeVisible();
    await expect(app.graph.count).toBeVisible();
    await expect(search).toBeHidden();
    await expect(moreFilters).toHaveAttribute('aria-expanded', 'false');

    await moreFilters.tap();
    await expect(moreFilters).toHaveAttribute('aria-expanded', 'true');
    await expect(search).toBeVisible();
    await expect(minMentions).toBeVisible();
    await minMentions.fill('3');
    await expect(moreFilters).toHaveAccessibleName('More filters 1 active');
    const { shown, total } = await app.graph.shown();
    expect(shown).toBeLessThan(total);

    await moreFilters.tap();
    await expect(moreFilters).toHaveAttribute('aria-expanded', 'false');
    await expect(search).toBeHidden();
    await expect(moreFilters).toHaveAccessibleName('More filters 1 active');
  });

  test('every control a finger uses is 24px or more each way', async ({ app, page }) => {
    await app.graph.pick(app.graph.node('Russia'), 'tap');
    await expect(app.details.actorName).toBeVisible();
    await app.phone.moreFilters.tap();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, [role="button"]:not(mark)')].flatMap((target) => {
        const box = target.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return [];
        const name = target.getAttribute('aria-label') ?? target.textContent ?? target.tagName;
        return box.width < 24 || box.height < 24 ? [`${name.trim()} ${Math.round(box.width)}×${Math.round(box.height)}`] : [];
      }),
    );
    expect(small).toEqual([]);
  });

});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`on a 375px phone in the ${theme} theme`, () => {
    test.use({ viewport: PHONE, hasTouch: true, isMobile: true, deviceScaleFactor: 2, colorScheme: theme });

    test('axe finds nothing serious with the details sheet and more filters open', async ({ app, page }) => {
      test.slow(); // axe over the whole page with the sheet full of quotes
      await app.open();
      await expect(app.theme.root).toHaveAttribute('data-theme', theme);
      await app.phone.moreFilters.tap();
      await app.graph.pick(app.graph.node(...ASSAD), 'tap');
      await expect(app.details.evidence.first()).toBeVisible();
      expect(await seriousFindings(page)).toEqual([]);
    });

    test('axe finds nothing serious with the article sheet open', async ({ app, page }) => {
      test.slow(); // axe over the whole page with every mention of the article
      await app.open();
      await app.phone.articleToggle.tap();
      await expect(app.article.region).toBeVisible();
      expect(await seriousFindings(page)).toEqual([]);
    });
  });
}

test.describe('on a 1920px screen', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('article, graph and details stand side by side, the graph the widest, the article at a reading width', async ({ app }) => {
    await app.open();
    const article = await app.phone.box(app.article.region);
    const graph = await app.phone.box(app.graph.region);
    const details = await app.phone.box(app.details.region);
    expect(article.x + article.width).toBeLessThanOrEqual(graph.x + 1);
    expect(graph.x + graph.width).toBeLessThanOrEqual(details.x + 1);
    for (const pane of [article, details]) {
      expect(Math.abs(pane.y - graph.y)).toBeLessThan(2);
      expect(pane.height).toBeGreaterThan(1000 - 100);
    }
    expect(graph.width).toBeGreaterThan(1920 / 2);
    const line = await app.phone.box(app.article.region.locator('p').first());
    expect(line.width).toBeLessThan(40 * 16);
    // No sheet bar; the filters beyond the actor box fold as at every width, and unfold in the toolbar.
    await expect(app.phone.sheetBar).toBeHidden();
    await expect(app.filter.search).toBeHidden();
    await app.filter.showMore();
    await expect(app.filter.search).toBeVisible();
  });
});
