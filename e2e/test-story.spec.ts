import { seriousFindings } from './fixtures/axe.ts';
import { expect, SEED_TEXT, test, type ActorGraphApp } from './fixtures/fixtures.ts';

// Story order: the graph built sentence by sentence in the article's order, the sentence spotlit in the text.

/** The ids of the actors drawn, sorted. */
const drawnIds = (app: ActorGraphApp) =>
  app.graph.nodes.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-actor-id') ?? '').sort());

test.describe('story order', () => {
  test('story slider at the first sentence shows only its actors', async ({ app }) => {
    await app.open();
    const { story } = app;
    const whole = await app.graph.nodes.count();
    await expect(story.position).toHaveText(/^Story: whole article, \d+ sentences$/);
    await expect(story.spotlight).toHaveCount(0);

    await story.slider.focus();
    await app.page.keyboard.press('Home');
    const { total } = await story.at();
    await expect(story.position).toHaveText(`Story: sentence 1 of ${total}`);
    await expect(story.slider).toHaveAttribute('aria-valuetext', `Sentence 1 of ${total}`);
    await expect(story.spotlight.first()).toBeVisible();
    const named = await story.spotlitActorIds();
    expect(named.length).toBeGreaterThan(0);
    await expect.poll(() => drawnIds(app)).toEqual(named);
    expect(named.length).toBeLessThan(whole);
    await expect(app.graph.count).toHaveText(`Showing ${named.length} of ${whole} actors`);
  });

  test('stepping forward adds the actors each sentence names and keeps those already drawn where they were', async ({ app }) => {
    await app.open();
    const { story } = app;
    await story.next.click();
    await expect(story.position).toHaveText(/sentence 1 of/);
    const first = await drawnIds(app);
    const placed = await app.graph.positions();

    await story.next.click();
    await expect(story.position).toHaveText(/sentence 2 of/);
    const second = await story.spotlitActorIds();
    await expect.poll(() => drawnIds(app)).toEqual([...new Set([...first, ...second])].sort());
    expect(second.some((id) => !first.includes(id))).toBe(true);
    // The same layout: an actor already drawn has not jumped across the drawing.
    const now = await app.graph.positions();
    for (const id of first) expect(Math.hypot(now[id]!.x - placed[id]!.x, now[id]!.y - placed[id]!.y)).toBeLessThan(120);

    await story.previous.click();
    await expect(story.position).toHaveText(/sentence 1 of/);
    await expect.poll(() => drawnIds(app)).toEqual(first);
  });

  test('the spotlit sentence is the current one, quoted in the bar and found in the article', async ({ app }) => {
    await app.open();
    const { story } = app;
    await story.slider.focus();
    await app.page.keyboard.press('Home');
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await expect(story.position).toHaveText(/sentence 3 of/);
    const spotlit = ((await story.spotlight.allTextContents()).join('')).trim();
    expect(spotlit.length).toBeGreaterThan(20);
    expect(SEED_TEXT).toContain(spotlit);
    await expect(story.quote).toHaveText(spotlit);
    await expect(story.spotlight.first()).toBeInViewport();

    await app.page.keyboard.press('ArrowRight');
    await expect(story.position).toHaveText(/sentence 4 of/);
    const next = ((await story.spotlight.allTextContents()).join('')).trim();
    expect(SEED_TEXT.indexOf(next)).toBeGreaterThan(SEED_TEXT.indexOf(spotlit));
  });

  test('Play advances about a sentence at a time and stops at the end; Pause stops it', async ({ app }) => {
    await app.open();
    const { story } = app;
    await story.play.click();
    await expect(story.position).toHaveText(/sentence 1 of/);
    await expect(story.pause).toBeVisible();
    await expect(story.position).toHaveText(/sentence 2 of/, { timeout: 3_000 });
    await story.pause.click();
    await expect(story.play).toBeVisible();
    await app.page.waitForTimeout(2_000);
    await expect(story.position).toHaveText(/sentence 2 of/);

    // From two before the end, it plays to the last sentence and stops there.
    await story.slider.focus();
    await app.page.keyboard.press('End');
    await app.page.keyboard.press('ArrowLeft');
    const { total } = await story.at();
    await story.play.click();
    await expect(story.position).toHaveText(`Story: sentence ${total} of ${total}`, { timeout: 3_000 });
    await expect(story.play).toBeVisible();
    await expect(story.next).toHaveAttribute('aria-disabled', 'true');
  });

  test('with reduced motion the story still plays, a sentence at a time', async ({ app }) => {
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open();
    await app.story.play.click();
    await expect(app.story.position).toHaveText(/sentence 2 of/, { timeout: 3_000 });
    await app.story.pause.click();
  });

  test('"Whole article" leaves the story and restores every actor', async ({ app }) => {
    await app.open();
    const { story } = app;
    const whole = await drawnIds(app);
    await expect(story.wholeArticle).toHaveAttribute('aria-disabled', 'true');
    await story.next.click();
    await story.next.click();
    await expect.poll(async () => (await drawnIds(app)).length).toBeLessThan(whole.length);
    await story.wholeArticle.click();
    await expect(story.position).toHaveText(/whole article/);
    await expect(story.spotlight).toHaveCount(0);
    await expect.poll(() => drawnIds(app)).toEqual(whole);
    // Announced politely, for those who cannot see the graph fill up.
    await expect(story.region.getByRole('status')).toHaveText(`Whole article: ${whole.length} actors.`);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`story in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('mid-story, coloured by group: no serious axe finding', async ({ app }) => {
      // axe over the whole page takes a while on a busy machine.
      test.setTimeout(60_000);
      await app.open();
      await app.story.next.click();
      await app.story.next.click();
      await app.story.next.click();
      await app.metrics.choice('Colour by', 'Group').check();
      await expect(app.story.spotlight.first()).toBeVisible();
      await expect(app.metrics.groupLegend).toBeVisible();
      expect(await seriousFindings(app.page)).toEqual([]);
    });
  });
}
