import { seriousFindings } from './fixtures/axe.ts';
import { expect, test, type ActorGraphApp } from './fixtures/fixtures.ts';

// Focus: double-click an actor (or Enter on the selected one) and its direct neighbourhood becomes the
// view; the focus bar says whose and leads back; each focus is a browser history entry.

const ASSAD = ['Assad', 'Bashar al-Assad', 'Bashar Al Assad'];
const RUSSIA = ['Russia'];

/** The labels the graph draws, sorted, to compare sets of actors. */
async function drawnIds(app: ActorGraphApp): Promise<string[]> {
  const ids = await app.graph.nodes.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-actor-id') ?? ''),
  );
  return ids.sort();
}

test.describe('focus on an actor', () => {
  test.beforeEach(async ({ app, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open();
  });

  test('double-click draws only the actor and its neighbours, named in the focus bar', async ({ app, page }) => {
    const assad = app.graph.node(...ASSAD);
    const assadId = await app.graph.actorIdOf(assad);
    const neighbours = await app.graph.neighbourIds(assadId);
    const { total } = await app.graph.shown();
    expect(neighbours.length).toBeGreaterThan(1);
    expect(await app.focus.focused()).toBeNull();

    await assad.dblclick();

    await expect.poll(() => drawnIds(app)).toEqual([assadId, ...neighbours].sort());
    expect(await app.focus.focused()).toEqual({ label: expect.stringMatching(/Assad/), related: neighbours.length });
    await expect(app.graph.count).toHaveText(`Showing ${neighbours.length + 1} of ${total} actors`);
    // The focused actor stays selected, its details shown, the toggle there pressed.
    await expect(assad).toHaveAttribute('data-selected', 'true');
    await expect(app.details.actorName).toContainText('Assad');
    await expect(app.focus.detailsToggle).toHaveAttribute('aria-pressed', 'true');
    expect(new URL(page.url()).searchParams.get('focus')).toBe(assadId);
  });

  test('Enter on the selected actor focuses on it (Enter twice from the keyboard)', async ({ app, page }) => {
    const russia = app.graph.node(...RUSSIA);
    const russiaId = await app.graph.actorIdOf(russia);
    const neighbours = await app.graph.neighbourIds(russiaId);
    await russia.focus();
    await page.keyboard.press('Enter');
    await expect(russia).toHaveAttribute('data-selected', 'true');
    expect(await app.focus.focused()).toBeNull();
    await page.keyboard.press('Enter');
    await expect(app.focus.status).toHaveText(`Focused on Russia · ${neighbours.length} related actors`);
    await expect.poll(() => drawnIds(app)).toEqual([russiaId, ...neighbours].sort());
  });

  test('Back walks back through earlier focuses to the whole graph, Forward comes forward again', async ({
    app,
    page,
  }) => {
    const { total } = await app.graph.shown();
    await app.graph.node(...ASSAD).dblclick();
    await expect(app.focus.status).toContainText('Assad');
    // Russia is one of Assad's neighbours, so it is drawn in his focus.
    await app.graph.node(...RUSSIA).dblclick();
    await expect(app.focus.status).toContainText('Focused on Russia');

    await page.goBack();
    await expect(app.focus.status).toContainText('Assad');
    await page.goBack();
    await expect(app.focus.status).toHaveCount(0);
    await expect(app.focus.showEveryone).toHaveCount(0);
    await expect(app.graph.count).toHaveText(`Showing ${total} of ${total} actors`);

    await page.goForward();
    await expect(app.focus.status).toContainText('Assad');
    await page.goForward();
    await expect(app.focus.status).toContainText('Focused on Russia');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('russia');
  });

  test('"Show everyone" ends the focus, and Back returns to it', async ({ app, page }) => {
    const { total } = await app.graph.shown();
    await app.graph.node(...ASSAD).dblclick();
    await expect(app.focus.status).toContainText('Assad');
    await app.focus.showEveryone.click();
    await expect(app.graph.count).toHaveText(`Showing ${total} of ${total} actors`);
    // The button is gone; the keyboard carries on from the actor that was focused.
    expect(await app.graph.focusedActorId()).toBe('bashar-al-assad');
    await expect(app.focus.status).toHaveCount(0);
    expect(new URL(page.url()).searchParams.has('focus')).toBe(false);
    await page.goBack();
    await expect(app.focus.status).toContainText('Assad');
  });

  test('Escape clears the selection first, then the focus', async ({ app, page }) => {
    const { total } = await app.graph.shown();
    const assad = app.graph.node(...ASSAD);
    await assad.dblclick();
    await expect(app.focus.status).toContainText('Assad');
    await page.keyboard.press('Escape');
    await expect(assad).not.toHaveAttribute('data-selected', 'true');
    await expect(app.focus.status).toContainText('Assad');
    await page.keyboard.press('Escape');
    await expect(app.focus.status).toHaveCount(0);
    await expect(app.graph.count).toHaveText(`Showing ${total} of ${total} actors`);
  });

  test("the details panel's toggle focuses on the selected actor and back out", async ({ app }) => {
    const { total } = await app.graph.shown();
    await app.graph.pick(app.graph.node('Kerry', 'John Kerry'));
    await expect(app.focus.detailsToggle).toHaveAttribute('aria-pressed', 'false');
    await app.focus.detailsToggle.click();
    await expect(app.focus.status).toContainText('Focused on Kerry');
    await expect(app.focus.detailsToggle).toHaveAttribute('aria-pressed', 'true');
    await app.focus.detailsToggle.click();
    await expect(app.focus.status).toHaveCount(0);
    await expect(app.graph.count).toHaveText(`Showing ${total} of ${total} actors`);
  });

});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`focus in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('the focus bar and the pressed toggle have no serious or critical axe finding', async ({ app, page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await app.open();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await app.graph.node(...ASSAD).dblclick();
      await expect(app.focus.showEveryone).toBeVisible();
      await expect(app.focus.detailsToggle).toHaveAttribute('aria-pressed', 'true');
      expect(await seriousFindings(page)).toEqual([]);
    });
  });
}
