import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/fixtures.ts';

// Keyboard use: single-key shortcuts, the shortcut help, and arrow keys along the graph's links.

test.describe('keyboard shortcuts', () => {
  test('"/" focuses the actor filter without typing a slash into it', async ({ app, page }) => {
    await app.open();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect(app.filter.input).toBeFocused();
    await expect(app.filter.input).toHaveValue('');
  });

  test('"+" and "=" zoom in, "-" zooms out, "0" fits the graph', async ({ app, page }) => {
    // Reduced motion: the layout is at rest from the start, so the fitted zoom stays put to compare with.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open();
    await app.graph.settled();
    const zoom = async () => (await app.graph.viewTransform()).k;
    const start = await zoom();
    await page.keyboard.press('+');
    await expect.poll(zoom).toBeCloseTo(start * 1.4, 2);
    await page.keyboard.press('=');
    await expect.poll(zoom).toBeCloseTo(start * 1.4 * 1.4, 2);
    await page.keyboard.press('-');
    await expect.poll(zoom).toBeCloseTo(start * 1.4, 2);
    await page.keyboard.press('0');
    await expect.poll(zoom).toBeCloseTo(start, 2);
    const { total } = await app.graph.discsInView();
    await expect.poll(async () => (await app.graph.discsInView()).inside).toBe(total);
  });

  test('shortcuts wait while the user types in the filter', async ({ app, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // a layout at rest: the view moves only if zoomed
    await app.open();
    await app.graph.settled();
    const before = await app.graph.viewTransform();
    await app.filter.input.click();
    await page.keyboard.type('al-Qaeda 0+/?');
    await expect(app.filter.input).toHaveValue('al-Qaeda 0+/?');
    await expect(app.graph.shortcutHelp).toBeHidden();
    // Give a zoom that should not happen the time a real one takes.
    await page.waitForTimeout(400);
    expect(await app.graph.viewTransform()).toEqual(before);
  });

  test('Escape still clears the selection', async ({ app, page }) => {
    await app.open();
    const kerry = app.graph.node('Kerry', 'John Kerry');
    await app.graph.pick(kerry);
    await expect(kerry).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(kerry).not.toHaveAttribute('data-selected', 'true');
  });
});

test.describe('the shortcut help', () => {
  test('"?" opens it; Escape closes it and focus returns, the selection kept', async ({ app, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open();
    const kerry = app.graph.node('Kerry', 'John Kerry');
    await kerry.focus();
    await page.keyboard.press('Enter');
    await expect(kerry).toHaveAttribute('data-selected', 'true');

    await page.keyboard.press('?');
    const help = app.graph.shortcutHelp;
    await expect(help).toBeVisible();
    await expect(help.getByText('Zoom in')).toBeVisible();
    await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
    // While it is open the page behind is inert: a zoom key does nothing there.
    const before = await app.graph.viewTransform();
    await page.keyboard.press('+');
    await page.waitForTimeout(300);
    expect(await app.graph.viewTransform()).toEqual(before);

    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(kerry).toBeFocused();
    await expect(kerry).toHaveAttribute('data-selected', 'true');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no serious or critical axe finding in the ${theme} theme`, async ({ app, page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await app.open();
      await page.keyboard.press('?');
      await expect(app.graph.shortcutHelp).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).include('dialog').analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('lists, in groups, the undo and redo chords and how to focus, unpin and go back', async ({ app, page }) => {
    await app.open();
    await page.keyboard.press('?');
    const help = app.graph.shortcutHelp;
    const row = (does: string) => help.getByRole('row').filter({ hasText: does });
    await expect(row('Undo the last change, a filter or a correction')).toHaveText(/^Ctrl\s*\+\s*Z\s*Undo/);
    await expect(row('Redo it')).toHaveText(/^Shift\s*\+\s*Ctrl\s*\+\s*Z/);
    await expect(row('Focus the view on the actor')).toContainText('double-click');
    await expect(row('Unpin an actor you dragged')).toHaveText(/^Shift\s*\+\s*double-click/);
    await expect(row('Back to the previous focus')).toHaveText(/^Alt\s*\+\s*←/);
    for (const group of ['Move around', 'View', 'Actors', 'Undo', 'Help']) {
      await expect(help.getByRole('rowheader', { name: group, exact: true }).or(help.getByRole('columnheader', { name: group, exact: true }))).toBeVisible();
    }
  });

  test('the Keyboard shortcuts button opens it and Close closes it, focus back on the button', async ({ app }) => {
    await app.open();
    const button = app.graph.control('Keyboard shortcuts');
    await button.click();
    await expect(app.graph.shortcutHelp).toBeVisible();
    await app.graph.shortcutHelp.getByRole('button', { name: 'Close' }).click();
    await expect(app.graph.shortcutHelp).toBeHidden();
    await expect(button).toBeFocused();
  });
});

test.describe('arrow keys in the graph', () => {
  test('move focus from an actor to one of its neighbours, and on along links', async ({ app, page }) => {
    await app.open();
    const kerry = app.graph.node('Kerry', 'John Kerry');
    const kerryId = await app.graph.actorIdOf(kerry);
    const kerrysNeighbours = await app.graph.neighbourIds(kerryId);
    expect(kerrysNeighbours.length).toBeGreaterThan(0);

    await kerry.focus();
    for (const arrow of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']) {
      await kerry.focus();
      await page.keyboard.press(arrow);
      expect(kerrysNeighbours, arrow).toContain(await app.graph.focusedActorId());
    }

    // On from the neighbour: each step lands on a neighbour of the actor before.
    let current = (await app.graph.focusedActorId())!;
    for (const arrow of ['ArrowRight', 'ArrowDown', 'ArrowLeft']) {
      const neighbours = await app.graph.neighbourIds(current);
      await page.keyboard.press(arrow);
      const next = (await app.graph.focusedActorId())!;
      expect(neighbours, `${arrow} from ${current}`).toContain(next);
      current = next;
    }
  });

  test('the same arrow from the same actor always leads to the same neighbour', async ({ app, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open();
    const kerry = app.graph.node('Kerry', 'John Kerry');
    await kerry.focus();
    await page.keyboard.press('ArrowRight');
    const first = await app.graph.focusedActorId();
    await kerry.focus();
    await page.keyboard.press('ArrowRight');
    expect(await app.graph.focusedActorId()).toBe(first);
  });

  test('Enter on the actor reached selects it', async ({ app, page }) => {
    await app.open();
    await app.graph.node('Kerry', 'John Kerry').focus();
    await page.keyboard.press('ArrowRight');
    const reached = app.graph.region.locator(`svg [data-actor-id="${await app.graph.focusedActorId()}"]`);
    await page.keyboard.press('Enter');
    await expect(reached).toHaveAttribute('data-selected', 'true');
  });
});

test.describe('keyboard focus out of sight', () => {
  test('an actor reached by Tab or an arrow while zoomed in is brought into view', async ({ app, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open();
    for (let i = 0; i < 5; i++) await page.keyboard.press('+');
    const { inside, total } = await app.graph.discsInView();
    expect(inside).toBeLessThan(total);

    const focusedDiscInView = () =>
      page.evaluate(() => {
        const dot = document.activeElement?.querySelector('.ag-dot')?.getBoundingClientRect();
        const box = document.querySelector('svg.ag-graph')?.getBoundingClientRect();
        return Boolean(dot && box && dot.left >= box.left && dot.right <= box.right && dot.top >= box.top && dot.bottom <= box.bottom);
      });
    // Tab through every actor: each one, focused, is in sight.
    await app.filter.input.focus();
    for (let i = 0; i < total + 3; i++) {
      await page.keyboard.press('Tab');
      if ((await app.graph.focusedActorId()) === null) continue;
      expect(await focusedDiscInView(), `actor ${await app.graph.focusedActorId()}`).toBe(true);
      await page.keyboard.press('ArrowRight');
      expect(await focusedDiscInView(), `after ArrowRight: ${await app.graph.focusedActorId()}`).toBe(true);
    }
  });
});

test('Tab through a fitted graph leaves the view where it is: every actor is in sight already', async ({ app, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open();
  await app.graph.settled();
  const before = await app.graph.viewTransform();
  await app.graph.nodes.first().focus();
  const { total } = await app.graph.discsInView();
  for (let i = 1; i < total; i++) await page.keyboard.press('Tab');
  expect(await app.graph.focusedActorId()).not.toBeNull();
  expect(await app.graph.viewTransform()).toEqual(before);
});
