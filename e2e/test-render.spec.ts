import { seriousFindings } from './fixtures/axe.ts';
import { expect, test } from './fixtures/fixtures.ts';

// How the graph is drawn: who claims a link and what is hedged, sizes, labels that never overlap,
// focus and path. On the seed article: "Assad said Turkish support had been crucial to … ISIS and the
// al Qaeda-linked Nusra Front" (claimed by Assad); "Russia's alleged military build-up … on behalf of
// Assad" (hedged).

const ASSAD = ['Bashar Al Assad', 'Bashar al-Assad', 'Assad'];
const ISIS = ['Islamic State', 'ISIS', 'ISIL'];

/** Pairs of label boxes that overlap by more than half a pixel either way. */
function overlapping(boxes: Array<{ id: string; left: number; right: number; top: number; bottom: number }>): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 0.5 && y > 0.5) pairs.push(`${a.id} × ${b.id}`);
    }
  }
  return pairs;
}

test.describe('claimed and hedged relations', () => {
  test('a link only Assad claims is marked claimed and says by whom; a hedged one says so', async ({ app }) => {
    await app.open();
    const turkey = await app.graph.actorIdOf(app.graph.node('Turkey'));
    const isis = await app.graph.actorIdOf(app.graph.node(...ISIS));
    const claimed = app.graph.link(turkey, isis);
    await expect(claimed).toHaveAttribute('data-claimed', 'true');
    await expect(claimed.locator('title')).toHaveText(/support \(cooperative\), claimed by (Bashar Al Assad|Bashar al-Assad|Assad)/);
    for (const title of await app.graph.claimedLinks().locator('title').allTextContents()) {
      expect(title).toContain('claimed by');
    }

    await expect(app.graph.hedgedLinks()).not.toHaveCount(0);
    for (const title of await app.graph.hedgedLinks().locator('title').allTextContents()) {
      expect(title).toContain('hedged');
    }
    // Plain links carry neither.
    const kerry = await app.graph.actorIdOf(app.graph.node('Kerry', 'John Kerry'));
    const russia = await app.graph.actorIdOf(app.graph.node('Russia'));
    await expect(app.graph.link(kerry, russia)).not.toHaveAttribute('data-claimed', /.*/);
    await expect(app.graph.link(kerry, russia)).not.toHaveAttribute('data-hedged', /.*/);
  });

  test('the legend shows both marks, and the details draw the same mark beside “according to”', async ({ app }) => {
    await app.open();
    await expect(app.graph.legend.getByText('Claimed by someone (“according to …”)')).toBeVisible();
    await expect(app.graph.legend.getByText('Hedged (“alleged”)')).toBeVisible();
    await app.graph.pick(app.graph.node('Turkey'));
    const claim = app.details.region.locator('[data-claimed="true"]').filter({ hasText: /according to (Bashar|Assad)/ });
    await expect(claim.first()).toBeVisible();
    await expect(claim.first().locator('svg text')).toHaveText('“');
  });
});

test.describe('sizes', () => {
  test('sizing by related actors redraws the discs: the best connected biggest, all between 7 and 26', async ({ app }) => {
    await app.open();
    const byMentions = await app.metrics.radii();
    await app.metrics.choice('Size by', 'Related actors').check();
    await expect.poll(async () => JSON.stringify(await app.metrics.radii())).not.toBe(JSON.stringify(byMentions));
    const byDegree = await app.metrics.radii();
    const radii = Object.values(byDegree);
    expect(Math.max(...radii)).toBeCloseTo(26, 5);
    for (const radius of radii) expect(radius).toBeGreaterThanOrEqual(7);
    // The biggest disc is an actor with the most related actors drawn.
    const ids = Object.keys(byDegree);
    const related = Object.fromEntries(await Promise.all(ids.map(async (id) => [id, (await app.graph.neighbourIds(id)).length] as const)));
    const biggest = ids.filter((id) => byDegree[id]! > 25.99);
    const most = Math.max(...Object.values(related));
    for (const id of biggest) expect(related[id]).toBe(most);
  });
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 375, height: 800 },
]) {
  test.describe(`labels at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('no two shown labels overlap once the layout has settled', async ({ app }) => {
      await app.open();
      await app.graph.settled();
      const boxes = await app.graph.shownLabelBoxes();
      expect(boxes.length).toBeGreaterThan(5);
      expect(overlapping(boxes)).toEqual([]);
    });

    test('a label hidden for crowding shows while its actor is hovered', async ({ app }) => {
      await app.open();
      await app.graph.settled();
      // Zoomed out, labels keep their size on screen while the graph shrinks: some must give way.
      for (let press = 0; press < 8 && (await app.graph.crowdedLabelIds()).length === 0; press++) {
        await app.graph.control('Zoom out').click();
        await app.page.waitForTimeout(350);
      }
      const [hiddenId] = await app.graph.crowdedLabelIds();
      expect(hiddenId, 'some label is hidden when zoomed out').toBeDefined();
      const node = app.graph.region.locator(`svg .ag-node[data-actor-id="${hiddenId}"]`);
      await expect(node.locator('text.ag-label')).toBeHidden();
      const dot = await node.locator('circle.ag-dot').boundingBox();
      if (!dot) throw new Error('the crowded actor is not on screen');
      await app.page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
      await expect(node.locator('text.ag-label')).toBeVisible();
      expect(overlapping(await app.graph.shownLabelBoxes())).toEqual([]);
      await app.page.mouse.move(1, 1);
      await expect(node.locator('text.ag-label')).toBeHidden();
    });
  });
}

test.describe('focus and path', () => {
  test('the focus actor gets a double ring', async ({ app }) => {
    await app.open();
    const kerry = app.graph.node('Kerry', 'John Kerry');
    await kerry.dblclick();
    await expect(kerry).toHaveAttribute('data-focus', 'true');
    await expect(kerry.locator('circle.ag-centre-ring')).toHaveCount(2);
    for (const ring of await kerry.locator('circle.ag-centre-ring').all()) await expect(ring).toBeVisible();
    await expect(app.graph.region.locator('svg [data-focus="true"]')).toHaveCount(1);
  });

  test('a path stands out: its actors and links on-path, thicker, the rest receding but visible', async ({ app }) => {
    await app.open();
    await app.path.choose('from', 'Ker', 'Kerry');
    await app.path.choose('to', 'Assad', ...ASSAD);
    const onPath = app.graph.region.locator('svg .ag-node[data-on-path="true"]');
    await expect(onPath.first()).toBeVisible();
    const pathIds = await onPath.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-actor-id')));
    expect(pathIds).toContain(await app.graph.actorIdOf(app.graph.node('Kerry', 'John Kerry')));
    expect(pathIds).toContain(await app.graph.actorIdOf(app.graph.node(...ASSAD)));

    const pathLinks = app.graph.region.locator('svg g.ag-link[data-on-path="true"]');
    await expect(pathLinks).toHaveCount(pathIds.length - 1);
    const width = (link: import('@playwright/test').Locator) =>
      link.locator('path.ag-link-line').evaluate((line) => Number.parseFloat(getComputedStyle(line).strokeWidth));
    const offPath = app.graph.region.locator('svg g.ag-link:not([data-on-path])').first();
    expect(await width(pathLinks.first())).toBeGreaterThan(await width(offPath));

    const receding = app.graph.region.locator('svg .ag-node:not([data-on-path])').first();
    await expect
      .poll(() => receding.evaluate((node) => Number(getComputedStyle(node).opacity)))
      .toBeLessThan(0.5);
    expect(await receding.evaluate((node) => Number(getComputedStyle(node).opacity))).toBeGreaterThan(0.2);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility of the drawing in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('with a claimed relation in the details and a path shown, axe finds nothing serious', async ({ app }) => {
      await app.open();
      await app.graph.pick(app.graph.node('Turkey'));
      await expect(app.details.region.locator('[data-claimed="true"]').first()).toBeVisible();
      await app.path.choose('from', 'Ker', 'Kerry');
      await app.path.choose('to', 'Assad', ...ASSAD);
      await expect(app.graph.region.locator('svg .ag-node[data-on-path="true"]').first()).toBeVisible();
      expect(await seriousFindings(app.page)).toEqual([]);
    });
  });
}
