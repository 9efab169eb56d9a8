import { expect, test } from './fixtures/fixtures.ts';

// The buttons over the graph: zoom in and out, fit to screen, unpin all, re-run the layout.

test.describe('graph view controls', () => {
  test('each control has an accessible name and a tooltip', async ({ app }) => {
    await app.open();
    for (const name of ['Zoom in', 'Zoom out', 'Fit to screen', 'Unpin all', 'Re-run layout', 'Keyboard shortcuts']) {
      const button = app.graph.control(name);
      await expect(button, name).toBeVisible();
      await expect(button).toHaveAttribute('title', new RegExp(`^${name}`));
    }
  });

  test('Zoom in and Zoom out change the zoom, each press by the same step', async ({ app }) => {
    await app.open();
    await app.graph.settled();
    const zoom = async () => (await app.graph.viewTransform()).k;
    // The view follows the layout (and fits a resized pane) until the user zooms; from then on it is theirs.
    const before = await zoom();
    await app.graph.control('Zoom in').click();
    await expect.poll(zoom).toBeGreaterThan(before * 1.2);
    const zoomedIn = await zoomWhenStill(zoom);
    await app.graph.control('Zoom out').click();
    await app.graph.control('Zoom out').click();
    await expect.poll(zoom).toBeCloseTo(zoomedIn / 1.4 / 1.4, 2);
  });

  test('Fit to screen brings every actor back into view after zooming in', async ({ app }) => {
    await app.open();
    const { total } = await app.graph.discsInView();
    for (let i = 0; i < 4; i++) await app.graph.control('Zoom in').click();
    await expect.poll(async () => (await app.graph.discsInView()).inside).toBeLessThan(total);
    await app.graph.control('Fit to screen').click();
    await expect.poll(async () => (await app.graph.discsInView()).inside).toBe(total);
  });

  test('Unpin all frees the actors the user dragged', async ({ app }) => {
    await app.open();
    await app.graph.drag(app.graph.node('Kerry', 'John Kerry'), 60, 40);
    await app.graph.drag(app.graph.node('Russia'), -50, 30);
    await expect(app.graph.pinned()).toHaveCount(2);
    await app.graph.control('Unpin all').click();
    await expect(app.graph.pinned()).toHaveCount(0);
  });

  test('a click or a double-click on an actor selects or focuses it without pinning it', async ({ app }) => {
    await app.open();
    const kerry = app.graph.node('Kerry', 'John Kerry');
    await kerry.click();
    await expect(kerry).toHaveAttribute('data-selected', 'true');
    await kerry.dblclick();
    await expect(kerry).toHaveAttribute('data-focus', 'true');
    await expect(app.graph.pinned()).toHaveCount(0);
  });

  test('Unpin all with nothing pinned leaves a graph at rest where it is', async ({ app, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open();
    await app.graph.settled();
    const before = await app.graph.positions();
    await app.graph.control('Unpin all').click();
    expect(await app.graph.positions()).toEqual(before);
  });

  test('Re-run layout puts every actor back where the first layout put it', async ({ app, page }) => {
    // Reduced motion: the layout runs to rest at once, so positions can be compared exactly.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open();
    await app.graph.settled();
    const original = await app.graph.positions();
    const kerry = app.graph.node('Kerry', 'John Kerry');
    const kerryId = await app.graph.actorIdOf(kerry);
    await app.graph.drag(kerry, 120, 80);
    await expect(kerry).toHaveAttribute('data-pinned');
    const dragged = await app.graph.positions();
    expect(Math.hypot(dragged[kerryId]!.x - original[kerryId]!.x, dragged[kerryId]!.y - original[kerryId]!.y)).toBeGreaterThan(20);

    await app.graph.control('Re-run layout').click();
    await expect(app.graph.pinned()).toHaveCount(0);
    const rerun = await app.graph.positions();
    expect(Object.keys(rerun).sort()).toEqual(Object.keys(original).sort());
    for (const [id, at] of Object.entries(original)) {
      expect(rerun[id]!.x, id).toBeCloseTo(at.x, 1);
      expect(rerun[id]!.y, id).toBeCloseTo(at.y, 1);
    }
  });

  test('with reduced motion Zoom in acts at once, about the centre of the view', async ({ app, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open();
    // The view follows the layout until the user zooms: read it once it is at rest, or the follow moves it after.
    await app.graph.settled();
    const box = (await app.graph.region.locator('svg.ag-graph').boundingBox())!;
    const centreInGraph = ({ k, x, y }: { k: number; x: number; y: number }) => ({
      x: (box.width / 2 - x) / k,
      y: (box.height / 2 - y) / k,
    });
    const before = await app.graph.viewTransform();
    await app.graph.control('Zoom in').click();
    const after = await app.graph.viewTransform();
    expect(after.k).toBeCloseTo(before.k * 1.4, 3);
    // The point of the graph at the centre of the view stays there.
    expect(centreInGraph(after).x).toBeCloseTo(centreInGraph(before).x, 1);
    expect(centreInGraph(after).y).toBeCloseTo(centreInGraph(before).y, 1);
  });
});

/** The value once two readings 100 ms apart agree (a glide has ended). */
async function zoomWhenStill(read: () => Promise<number>): Promise<number> {
  let last = await read();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await read();
    if (next === last) return next;
    last = next;
  }
}
