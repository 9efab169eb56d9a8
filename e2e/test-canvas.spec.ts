import { seriousFindings } from './fixtures/axe.ts';
import { expect, test } from './fixtures/fixtures.ts';
import { CanvasGraph } from './fixtures/CanvasGraph.ts';
import { syntheticActorLabel, syntheticGraphJson } from './fixtures/syntheticGraph.ts';
import { textFile, Workspace } from './fixtures/Workspace.ts';

// A graph too large for one SVG element per actor is drawn on a canvas, with a hidden list of actors
// for the keyboard and screen readers; filtered down small, the SVG renderer draws it again.

const SIZE = 2000;

test.describe('a graph of 2,000 actors', () => {
  // Reading and laying out 2,000 actors takes a while on two shared cores, before any step is tested.
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ app }) => {
    await app.open();
    await new Workspace(app.page).openFiles(textFile('large.json', syntheticGraphJson(SIZE, 7), 'application/json'));
    await new CanvasGraph(app.page).shows(SIZE);
  });

  test('is drawn on a canvas, not as 2,000 SVG nodes, every actor still named in the list', async ({ app }) => {
    const canvas = new CanvasGraph(app.page);
    await expect(canvas.svgNodes).toHaveCount(0);
    await expect(app.graph.count).toHaveText(`Showing ${SIZE} of ${SIZE} actors`);
    const first = canvas.actor(syntheticActorLabel(0));
    await expect(first).toHaveAttribute('data-actor-id', 'actor-1');
    await expect(first).toHaveAttribute('aria-label', /^Actor 1, person, \d+ mentions$/);
    await expect(first).toHaveAttribute('aria-pressed', 'false');
    // One Tab stop in the list: the most important actor, listed first.
    await expect(canvas.actors.first()).toHaveAttribute('tabindex', '0');
    await expect(canvas.region.locator('.ag-actor-list button[tabindex="0"]')).toHaveCount(1);
  });

  test('an actor chosen in the list is selected, and shown in the details', async ({ app }) => {
    const canvas = new CanvasGraph(app.page);
    const actor = canvas.actor(syntheticActorLabel(41));
    await actor.focus();
    await app.page.keyboard.press('Enter');
    await expect(app.details.actorName).toHaveText(syntheticActorLabel(41));
    await expect(actor).toHaveAttribute('aria-pressed', 'true');
    await expect(actor).toHaveAttribute('data-selected', 'true');
    // The selected actor is the list's Tab stop from now on.
    await expect(actor).toHaveAttribute('tabindex', '0');
    // A click on empty ground clears the selection.
    const box = await canvas.canvas.boundingBox();
    if (!box) throw new Error('no canvas on screen');
    await app.page.mouse.click(box.x + 6, box.y + 6);
    await expect(app.details.emptyNote).toBeVisible();
    await expect(actor).toHaveAttribute('aria-pressed', 'false');
  });

  test('a click on a disc selects its actor, and hovering lights it up', async ({ app }) => {
    const canvas = new CanvasGraph(app.page);
    await canvas.settled();
    // Fitted, 2,000 discs are a pixel or two across: zoom in to where they are targets.
    for (let i = 0; i < 4; i++) await app.graph.control('Zoom in').click();
    await expect(app.page).toHaveURL(/[?&]z=/);
    await app.page.waitForTimeout(400);
    // Organisations' green (#009E73): every third actor of the generated graph is one.
    const point = await canvas.pointInDisc('#009E73');
    if (!point) throw new Error('no organisation disc on the canvas');
    await app.page.mouse.move(point.x, point.y);
    await expect(canvas.canvas).toHaveCSS('cursor', 'pointer');
    await app.page.mouse.click(point.x, point.y);
    const selected = canvas.region.locator('.ag-actor-list button[data-selected="true"]');
    await expect(selected).toHaveCount(1);
    await expect(selected).toHaveAttribute('aria-label', /, organisation, /);
    await expect(app.details.actorName).toHaveText(await canvas.labelOf(selected));
  });

  test('Tab enters the list, arrows walk the links, Enter selects and Enter again focuses', async ({ app }) => {
    const canvas = new CanvasGraph(app.page);
    await app.graph.control('Zoom in').focus();
    await app.page.keyboard.press('Shift+Tab');
    const start = await canvas.focusedActorId();
    expect(start).toBe(await canvas.actors.first().getAttribute('data-actor-id'));
    const startLabel = await canvas.labelOf(canvas.actors.first());
    await app.page.keyboard.press('ArrowRight');
    const neighbour = await canvas.focusedActorId();
    expect(neighbour).not.toBeNull();
    expect(neighbour).not.toBe(start);
    await app.page.keyboard.press('Enter');
    const label = syntheticActorLabel(Number(neighbour!.replace('actor-', '')) - 1);
    await expect(app.details.actorName).toHaveText(label);
    // Its relations name the actor the arrow came from: the arrow followed a link.
    await expect(app.details.otherActor(startLabel).first()).toBeVisible();
    await app.page.keyboard.press('Enter');
    await expect(app.page).toHaveURL(new RegExp(`focus=${neighbour}`));
  });

  test('the zoom buttons zoom the drawing', async ({ app }) => {
    const canvas = new CanvasGraph(app.page);
    const before = await canvas.pixels();
    await app.graph.control('Zoom in').click();
    await expect(app.page).toHaveURL(/[?&]z=/);
    const k = Number(/z=[-\d.]+,[-\d.]+,([\d.]+)/.exec(app.page.url())?.[1]);
    await app.graph.control('Zoom in').click();
    await expect.poll(() => Number(/z=[-\d.]+,[-\d.]+,([\d.]+)/.exec(app.page.url())?.[1])).toBeGreaterThan(k);
    expect(await canvas.pixels()).not.toBe(before);
    await app.graph.control('Fit to screen').click();
    await expect(app.page).not.toHaveURL(/[?&]z=/);
  });

  test('filtered to one actor and its neighbours, the SVG renderer draws it again', async ({ app }) => {
    const canvas = new CanvasGraph(app.page);
    const leaf = syntheticActorLabel(SIZE - 1);
    await app.filter.choose(leaf, leaf);
    await expect(canvas.canvas).toHaveCount(0);
    await expect(app.graph.node(leaf)).toBeVisible();
    const { shown } = await app.graph.shown();
    expect(shown).toBeLessThan(10);
    await expect(app.graph.nodes).toHaveCount(shown);
  });
});

test('a graph just over the threshold is drawn on a canvas and has no serious or critical axe finding', async ({ app }) => {
  // Smaller than the graph above: axe over 2,000 actors' buttons and their highlights outlasts any timeout.
  test.setTimeout(120_000);
  await app.open();
  await new Workspace(app.page).openFiles(textFile('over.json', syntheticGraphJson(350, 3), 'application/json'));
  const canvas = new CanvasGraph(app.page);
  await canvas.shows(350);
  await expect(canvas.svgNodes).toHaveCount(0);
  expect(await seriousFindings(app.page)).toEqual([]);
});
