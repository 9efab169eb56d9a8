import type { Page } from '@playwright/test';
import { expect, test, ActorGraphApp } from './fixtures/fixtures.ts';

// The whole view lives in the URL: filters, focus, selection, path, zoom. Opening the URL in a fresh
// page brings the same view back; a broken URL opens the plain graph.

const ASSAD = ['Assad', 'Bashar al-Assad', 'Bashar Al Assad'];

/** Opens the app at `url` (a path with its query) and waits for the graph. */
async function openAt(page: Page, url: string): Promise<ActorGraphApp> {
  const app = new ActorGraphApp(page);
  await page.goto(url);
  await expect(app.graph.nodes.first()).toBeVisible({ timeout: 20_000 });
  return app;
}

/** Every error the page reports: uncaught exceptions and console errors. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('a URL round trip: chips, focus, selection, path and zoom come back in a fresh page', async ({
  app,
  page,
  context,
}) => {
  // Two pages each reading the article: on a shared, busy machine this takes longer than most tests.
  test.slow();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open();
  await app.filter.showMore();

  // A filter chip, a focus, a selection inside it, a path from Kerry to Assad, and a closer zoom.
  await app.filter.minMentions.fill('2');
  await expect(app.filter.chips).toHaveCount(1);
  // Folded again, as a fresh page opens them: the drawing the zoom is compared on is the same size in both.
  await app.filter.more.click();
  await app.graph.node(...ASSAD).dblclick();
  await expect(app.focus.status).toContainText('Assad');
  await app.graph.pick(app.graph.node('Russia'));
  await app.details.region.getByRole('button', { name: 'Path from here' }).click();
  await app.graph.pick(app.graph.node(...ASSAD));
  await app.details.region.getByRole('button', { name: 'Path to here' }).click();
  await app.graph.pick(app.graph.node('Russia'));
  await expect(app.details.actorName).toHaveText('Russia');
  await app.graph.control('Zoom in').click();
  await app.graph.control('Zoom in').click();
  const zoomed = await app.graph.viewTransform();
  // Rewrites of the address wait for a pause in the user's changes.
  await expect.poll(() => new URL(page.url()).searchParams.get('z')).not.toBeNull();
  const shared = page.url();
  // What the chip says it removes depends on the focus too: read it in the finished view.
  const chip = (await app.filter.chips.first().textContent()) ?? '';
  const query = new URL(shared).searchParams;
  expect(query.get('focus')).toBe('bashar-al-assad');
  expect(query.get('sel')).toBe('russia');
  expect(query.get('f')).toBe('min:2');
  expect(query.get('path')).toBe('russia..bashar-al-assad');

  const fresh = await context.newPage();
  await fresh.emulateMedia({ reducedMotion: 'reduce' });
  const opened = await openAt(fresh, shared);
  await expect(opened.filter.chips).toHaveText([chip]);
  await expect(opened.focus.status).toContainText('Assad');
  await expect(opened.details.actorName).toHaveText('Russia');
  await expect(opened.graph.node('Russia')).toHaveAttribute('data-selected', 'true');
  await expect(opened.graph.count).toHaveText((await app.graph.count.textContent()) ?? '');
  const pathFrom = fresh.getByRole('region', { name: 'Path' }).getByRole('combobox', { name: 'From' });
  await expect(pathFrom).toHaveValue('Russia');
  // The same point of the graph at the centre, at the same scale, on a window of the same size.
  const restored = await opened.graph.viewTransform();
  expect(restored.k).toBeCloseTo(zoomed.k, 1);
  expect(Math.abs(restored.x - zoomed.x)).toBeLessThan(5);
  expect(Math.abs(restored.y - zoomed.y)).toBeLessThan(5);
  expect(fresh.url()).toBe(shared);
});

test('Back restores the whole view of the entry it returns to: its filters and its zoom too', async ({
  app,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open();
  await app.filter.showMore();
  await app.graph.node(...ASSAD).dblclick();
  await expect(app.focus.status).toContainText('Assad');
  await app.filter.minMentions.fill('2');
  await app.graph.control('Zoom in').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('z')).not.toBeNull();
  const zoomed = await app.graph.viewTransform();

  await app.graph.node('Russia').dblclick();
  await expect(app.focus.status).toContainText('Focused on Russia');
  await app.filter.minMentions.fill('1');
  await expect(app.filter.chips).toHaveCount(0);

  await page.goBack();
  await expect(app.focus.status).toContainText('Assad');
  await app.filter.showMore();
  await expect(app.filter.minMentions).toHaveValue('2');
  await expect.poll(async () => (await app.graph.viewTransform()).k).toBeCloseTo(zoomed.k, 2);
  const restored = await app.graph.viewTransform();
  expect(Math.abs(restored.x - zoomed.x)).toBeLessThan(2);
  expect(Math.abs(restored.y - zoomed.y)).toBeLessThan(2);
  await page.goForward();
  await expect(app.focus.status).toContainText('Focused on Russia');
  await expect(app.filter.chips).toHaveCount(0);
});

test('reloading keeps the view', async ({ app, page }) => {
  await app.open();
  await app.filter.showMore();
  await app.filter.minMentions.fill('2');
  await expect(app.filter.chips).toHaveCount(1);
  await expect.poll(() => new URL(page.url()).searchParams.get('f')).toBe('min:2');
  const { shown } = await app.graph.shown();
  await page.reload();
  await expect(app.graph.nodes.first()).toBeVisible({ timeout: 20_000 });
  await app.filter.showMore();
  await expect(app.filter.minMentions).toHaveValue('2');
  expect((await app.graph.shown()).shown).toBe(shown);
});

test('a junk URL opens the plain graph without an error, and the address is tidied', async ({ page }) => {
  const errors = collectErrors(page);
  const junk = '/?focus=nobody&sel=%E0%A4%A&f=type:-planet~min:x~text:%ZZ&z=NaN,1&story=-4&size=huge';
  const app = await openAt(page, junk);
  const { shown, total } = await app.graph.shown();
  expect(shown).toBe(total);
  await expect(app.filter.chips).toHaveCount(0);
  expect(await app.focus.focused()).toBeNull();
  await expect(app.details.emptyNote).toBeVisible();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  expect(errors).toEqual([]);
});

test('a link to actors another article has opens what it can of the view', async ({ page }) => {
  const app = await openAt(page, '/?focus=somebody-else&sel=russia&size=degree');
  await expect(app.details.actorName).toHaveText('Russia');
  expect(await app.focus.focused()).toBeNull();
  await expect.poll(() => new URL(page.url()).search).toBe('?sel=russia&size=degree');
});

test('the story step, the sizes and the colours come back from the URL, and changes to them are written', async ({
  page,
}) => {
  const app = await openAt(page, '/?story=4&size=degree&colour=community');
  const story = app.graph.region.getByRole('slider', { name: /Story/ });
  await expect(story).toHaveAttribute('aria-valuetext', /^Sentence 4 of \d+$/);
  const sizeBy = app.graph.region.getByRole('group', { name: 'Size by' });
  const colourBy = app.graph.region.getByRole('group', { name: 'Colour by' });
  await expect(sizeBy.getByRole('radio', { name: 'Related actors' })).toBeChecked();
  await expect(colourBy.getByRole('radio', { name: 'Group' })).toBeChecked();

  await sizeBy.getByRole('radio', { name: 'Go-between' }).check();
  await colourBy.getByRole('radio', { name: 'Type' }).check();
  await app.graph.region.getByRole('button', { name: 'Whole article' }).click();
  await expect.poll(() => new URL(page.url()).search).toBe('?size=betweenness');
});
