import { seriousFindings } from './fixtures/axe.ts';
import { expect, test } from './fixtures/fixtures.ts';

// Metrics on the graph shown: size by a measure, colour by group, each explained in a sentence, and the
// selected actor's figures in the details, all following the filters.

test.describe('metrics on the graph shown', () => {
  test('sizing by Go-between redraws the discs and names the actor on most paths', async ({ app }) => {
    await app.open();
    const { metrics } = app;
    await expect(metrics.choice('Size by', 'Mentions')).toBeChecked();
    await expect(metrics.explanation('mentions')).toContainText('named most often');
    const byMentions = await metrics.radii();

    await metrics.choice('Size by', 'Go-between').check();
    await expect(metrics.explanation('betweenness')).toHaveText(/paths between the others/);
    await expect.poll(async () => JSON.stringify(await metrics.radii())).not.toBe(JSON.stringify(byMentions));

    // The actor the sentence names is drawn the largest.
    const radii = await metrics.radii();
    const largest = Math.max(...Object.values(radii));
    const sentence = (await metrics.explanation('betweenness').textContent()) ?? '';
    const biggest = await app.graph.nodes.evaluateAll(
      (nodes, r) =>
        nodes
          .filter((node) => Number(node.querySelector('circle.ag-dot')?.getAttribute('r')) === r)
          .map((node) => (node.getAttribute('aria-label') ?? '').split(',')[0]!),
      largest,
    );
    expect(biggest.length).toBeGreaterThan(0);
    for (const label of biggest) expect(sentence).toContain(label);
    // An actor on no path between others is drawn at the smallest size.
    expect(Math.min(...Object.values(radii))).toBeLessThan(largest);
  });

  test('the choices are a keyboard radio group: arrow keys move the size measure', async ({ app }) => {
    await app.open();
    const { metrics } = app;
    await metrics.choice('Size by', 'Mentions').focus();
    await app.page.keyboard.press('ArrowRight');
    await expect(metrics.choice('Size by', 'Related actors')).toBeChecked();
    await expect(metrics.choice('Size by', 'Related actors')).toBeFocused();
    await expect(metrics.explanation('degree')).toHaveText(/related to/);
  });

  test('colouring by Group marks every node with its group and lists the groups with their members', async ({ app }) => {
    await app.open();
    const { metrics } = app;
    expect(Object.values(await metrics.nodeGroups()).every((group) => group === null)).toBe(true);
    await expect(metrics.groupLegend).toBeHidden();

    await metrics.choice('Colour by', 'Group').check();
    await expect(metrics.groupLegend).toBeVisible();
    await expect(metrics.explanation('community')).toHaveText(/group/);
    await expect.poll(async () => Object.values(await metrics.nodeGroups()).every((group) => group !== null)).toBe(true);

    // Group 1 (data-group 0) in the legend names actors drawn in group 0.
    const groups = await metrics.nodeGroups();
    const first = metrics.groupLegend.locator('li[data-group="0"]');
    await expect(first).toContainText('Group 1');
    const labels = await app.graph.labels();
    const ids = await app.graph.nodes.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-actor-id') ?? ''));
    const inFirst = labels.filter((_, index) => groups[ids[index]!] === '0');
    expect(inFirst.length).toBeGreaterThan(1);
    const named = (await first.locator('.group-members').textContent()) ?? '';
    expect(inFirst.some((label) => named.includes(label))).toBe(true);

    await metrics.choice('Colour by', 'Type').check();
    await expect(metrics.groupLegend).toBeHidden();
    await expect.poll(async () => Object.values(await metrics.nodeGroups()).every((group) => group === null)).toBe(true);
  });

  test("the selected actor's figures are in words, and follow the filters", async ({ app }) => {
    await app.open();
    await app.article.mentionsOf('russia').first().click();
    const { figures } = app.metrics;
    await expect(figures).toBeVisible();
    const { shown } = await app.graph.shown();
    await expect(figures).toContainText(new RegExp(`Related to \\d+ of the ${shown - 1} other actors shown\\.`));
    await expect(figures).toContainText(/On \d+% of the shortest paths between others\./);
    await expect(figures).toContainText(/Group \d+, with /);
    const related = (await figures.getByText(/^Related to/).textContent()) ?? '';
    const explained = (await app.metrics.explanation('mentions').textContent()) ?? '';

    // Actors named once drop out: the figures and the sentence are measured again on what is left.
    await app.filter.showMore();
    await app.filter.minMentions.fill('2');
    await expect.poll(async () => (await app.graph.shown()).shown).toBeLessThan(shown);
    const fewer = (await app.graph.shown()).shown;
    await expect(figures).toContainText(new RegExp(`Related to \\d+ of the ${fewer - 1} other actors shown\\.`));
    expect(await figures.getByText(/^Related to/).textContent()).not.toBe(related);
    await app.metrics.choice('Size by', 'Related actors').check();
    await expect(app.metrics.explanation('degree')).toContainText(`of the ${fewer - 1} others`);
    expect(explained).toContain('named most often');
  });

  test('an actor the filters hide has no figures, and says why', async ({ app }) => {
    await app.open();
    await app.article.mentionsOf('russia').first().click();
    await app.graph.legend.getByRole('button', { name: /countries/i }).click();
    await expect(app.metrics.figures).toHaveText(/Russia is not in the graph shown, so it has no figures there\./);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`metrics in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('coloured by group, sized by go-between, with an actor selected: no serious axe finding', async ({ app }) => {
      // axe over the whole page takes a while on a busy machine.
      test.setTimeout(60_000);
      await app.open();
      await app.metrics.choice('Size by', 'Go-between').check();
      await app.metrics.choice('Colour by', 'Group').check();
      await app.article.mentionsOf('russia').first().click();
      await expect(app.metrics.groupLegend).toBeVisible();
      await expect(app.metrics.figures).toBeVisible();
      expect(await seriousFindings(app.page)).toEqual([]);
    });
  });
}
