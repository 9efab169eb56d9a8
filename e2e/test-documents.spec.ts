import { seriousFindings } from './fixtures/axe.ts';
import { test, expect, type ActorGraphApp } from './fixtures/fixtures.ts';
import { Workspace } from './fixtures/Workspace.ts';

// Issue 6: a workspace of several documents. One hidden from the graph takes away what only it says and keeps
// the rest (kept across a reload, nothing read again); the details and the article pane say which document a
// sentence comes from, and a sentence from another document turns the article pane to it.

const SEED_TITLE = 'United States and Russian militaries launch talks on Syria';
const PASTED_TITLE = 'Zelenskyy appeals to NATO';
const ACCUSATION = 'Volodymyr Zelenskyy accused Russia of shelling Kharkiv on Sunday.';
const PASTED = `${PASTED_TITLE}\n\n${ACCUSATION} Zelenskyy met Jens Stoltenberg in Kyiv.`;

/** How many mentions a node's accessible name gives ("Russia, country, 9 mentions"). */
async function mentionsOf(app: ActorGraphApp, label: string): Promise<number> {
  const name = (await app.graph.node(label).getAttribute('aria-label')) ?? '';
  return Number(/, (\d+) mentions?$/.exec(name)?.[1] ?? NaN);
}

/** The seed and the pasted article, added beside it; returns Russia's mentions in the seed alone. */
async function openTwoDocuments(app: ActorGraphApp): Promise<{ workspace: Workspace; seedRussia: number }> {
  await app.open();
  const workspace = new Workspace(app.page);
  const seedRussia = await mentionsOf(app, 'Russia');
  await workspace.paste(PASTED, 'Add to the workspace');
  await expect(app.graph.node('Volodymyr Zelenskyy')).toBeVisible();
  await expect.poll(() => mentionsOf(app, 'Russia')).toBe(seedRussia + 1);
  return { workspace, seedRussia };
}

test('one document says nothing of where a sentence comes from', async ({ app }) => {
  await app.open();
  await app.graph.pick(app.graph.node('Russia'));
  await expect(app.details.evidence.first()).toBeVisible();
  await expect(app.details.region.getByRole('button', { name: /^Show in the article: / })).toHaveCount(0);
  await expect(app.article.heading).toHaveText('Article');
});

test('an actor named two ways in two documents is one node: the seed’s “Kerry” joins “John Kerry” of an added article', async ({ app }) => {
  await app.open();
  await expect(app.graph.node('Kerry')).toBeVisible();
  const workspace = new Workspace(app.page);
  await workspace.paste(
    'Kerry and Lavrov meet in Geneva\n\nSecretary of State John Kerry met Foreign Minister Sergei Lavrov in Geneva on Friday.',
    'Add to the workspace',
  );
  await expect(app.graph.node('Sergei Lavrov')).toBeVisible();
  // One node, under the full name, holding the seed's two mentions and the new article's two; no bare "Kerry".
  await expect(app.graph.node('John Kerry')).toHaveCount(1);
  await expect(app.graph.node('Kerry')).toHaveCount(0);
  await app.graph.pick(app.graph.node('John Kerry'));
  await expect(app.details.region).toContainText(`2 in “${SEED_TITLE}”, 2 in “Kerry and Lavrov meet in Geneva”`);
  await expect(app.details.sentenceSource(SEED_TITLE).first()).toBeVisible();
});

test('a hidden document leaves the graph with its own actors, stays hidden after a reload, and comes back', async ({ app }) => {
  test.slow(); // a reload and an axe scan
  const { workspace, seedRussia } = await openTwoDocuments(app);

  await workspace.setVisibility('Hide from graph', PASTED_TITLE);
  await expect(app.graph.node('Volodymyr Zelenskyy')).toHaveCount(0);
  await expect(app.graph.node('Jens Stoltenberg')).toHaveCount(0);
  await expect.poll(() => mentionsOf(app, 'Russia')).toBe(seedRussia);
  // The list says it at a glance, and offers the way back.
  await expect(workspace.panel.getByRole('listitem').nth(1)).toContainText('Hidden');
  await expect(workspace.visibilityToggle('Show in graph', PASTED_TITLE)).toBeVisible();
  expect(await seriousFindings(app.page)).toEqual([]);
  await app.page.keyboard.press('Escape');
  // The article pane still shows the hidden article (the one just pasted), and says it is hidden.
  await expect(app.article.heading).toHaveText(`Article 2 of 2: ${PASTED_TITLE}`);
  await expect(app.article.hiddenNote).toContainText('Hidden from the graph');
  await expect(app.article.region).toContainText(ACCUSATION);

  await app.page.waitForTimeout(200); // the save is written after the change
  await app.page.reload();
  await expect(app.graph.node('Russia')).toBeVisible({ timeout: 20_000 });
  await expect(app.graph.node('Volodymyr Zelenskyy')).toHaveCount(0);
  expect(await mentionsOf(app, 'Russia')).toBe(seedRussia);
  await expect(workspace.documentPicker.locator('option')).toHaveText([
    `1. ${SEED_TITLE}`,
    `2. ${PASTED_TITLE} (hidden from the graph)`,
  ]);

  await workspace.setVisibility('Show in graph', PASTED_TITLE);
  await expect(app.graph.node('Volodymyr Zelenskyy')).toBeVisible();
  await expect.poll(() => mentionsOf(app, 'Russia')).toBe(seedRussia + 1);
  await expect(workspace.visibilityToggle('Hide from graph', PASTED_TITLE)).toBeVisible();
});

test('hiding every document says so in the graph pane, and one button shows them again', async ({ app }) => {
  const { workspace } = await openTwoDocuments(app);
  await workspace.setVisibility('Hide from graph', PASTED_TITLE);
  await workspace.setVisibility('Hide from graph', SEED_TITLE);
  await expect(app.graph.region).toContainText('Every article in this workspace is hidden from the graph');
  await app.graph.region.getByRole('button', { name: 'Show all articles in the graph' }).click();
  await expect(app.graph.node('Volodymyr Zelenskyy')).toBeVisible();
  await expect(app.graph.node('Russia')).toBeVisible();
});

test('the details name each sentence’s document, and one from the other document turns the article pane to it', async ({ app }) => {
  test.slow(); // an axe scan
  const { workspace } = await openTwoDocuments(app);
  await workspace.documentPicker.selectOption({ label: `1. ${SEED_TITLE}` });
  await expect(app.article.heading).toHaveText(`Article 1 of 2: ${SEED_TITLE}`);
  await app.page.keyboard.press('Escape');

  await app.graph.pick(app.graph.node('Russia'));
  await expect(app.details.actorName).toHaveText('Russia');
  // Mentions by document, and every sentence's document named under it.
  await expect(app.details.region).toContainText(`in “${SEED_TITLE}”, 1 in “${PASTED_TITLE}”`);
  // Zelenskyy accuses Russia, and Russia shells Kharkiv: two relations, one sentence of the pasted article.
  await expect(app.details.sentenceSource(PASTED_TITLE)).toHaveCount(2);
  expect(await app.details.sentenceSource(SEED_TITLE).count()).toBeGreaterThan(1);

  await app.details.sentenceSource(PASTED_TITLE).first().click();
  await expect(app.article.heading).toHaveText(`Article 2 of 2: ${PASTED_TITLE}`);
  await expect(workspace.documentPicker).toHaveValue(await workspace.documentPicker.locator('option').nth(1).getAttribute('value') ?? '');
  await expect.poll(() => app.article.spotlitText()).toBe(ACCUSATION);
  await expect(app.article.spotlights.first()).toBeInViewport();
  // The selection stays: the details still show Russia.
  await expect(app.details.actorName).toHaveText('Russia');
  expect(await seriousFindings(app.page)).toEqual([]);

  // And back: a seed sentence turns the pane to the seed, that sentence picked out.
  await app.details.sentenceSource(SEED_TITLE).first().click();
  await expect(app.article.heading).toHaveText(`Article 1 of 2: ${SEED_TITLE}`);
  await expect(app.article.spotlights.first()).toBeInViewport();
});

test('a path across both documents names each hop’s document under its sentence', async ({ app }) => {
  await openTwoDocuments(app);
  await app.path.choose('from', 'Zelen', 'Volodymyr Zelenskyy');
  await app.path.choose('to', 'Putin', 'Vladimir Putin');
  await expect(app.path.hops.first()).toBeVisible();
  await expect(app.path.region.getByRole('button', { name: `Show in the article: ${PASTED_TITLE}` }).first()).toBeVisible();
  await expect(app.path.region.getByRole('button', { name: `Show in the article: ${SEED_TITLE}` }).first()).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  test('a sentence’s document, tapped in the details sheet, raises the article sheet on it', async ({ app }) => {
    await openTwoDocuments(app);
    await app.graph.pick(app.graph.node('Russia'), 'tap');
    await expect(app.phone.detailsToggle).toHaveAttribute('aria-expanded', 'true');
    const source = app.details.sentenceSource(PASTED_TITLE).first();
    const box = await app.phone.box(source);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await source.tap();
    await expect(app.phone.articleToggle).toHaveAttribute('aria-expanded', 'true');
    await expect(app.article.heading).toHaveText(`Article 2 of 2: ${PASTED_TITLE}`);
    await expect.poll(() => app.article.spotlitText()).toBe(ACCUSATION);
    await expect(app.article.spotlights.first()).toBeInViewport();
  });
});
