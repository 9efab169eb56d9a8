import { expect, test } from './fixtures/fixtures.ts';

test.describe('article highlights and graph nodes', () => {
  test('clicking a highlight selects its actor in the details and the graph', async ({ app }) => {
    await app.open();
    const kerry = app.graph.node('Kerry', 'John Kerry');
    const kerryId = await app.graph.actorIdOf(kerry);
    await app.article.mentionsOf(kerryId).first().click();
    await expect(app.details.actorName).toHaveText(/Kerry/);
    await expect(kerry).toHaveAttribute('data-selected', 'true');
    await expect(app.article.mentionsOf(kerryId).first()).toHaveAttribute('data-selected', 'true');
  });

  test('Enter on a focused highlight selects its actor', async ({ app }) => {
    await app.open();
    const mark = app.article.marks.first();
    const actorId = await mark.getAttribute('data-actor-id');
    await mark.focus();
    await app.page.keyboard.press('Enter');
    await expect(app.graph.nodes.and(app.page.locator(`[data-actor-id="${actorId}"]`))).toHaveAttribute(
      'data-selected',
      'true',
    );
  });

  test('clicking a node marks all its mentions and scrolls one into view', async ({ app }) => {
    await app.open();
    // Peter Cook is named near the end of the article, well below the first screen of the pane.
    const cook = app.graph.node('Peter Cook');
    const cookId = await app.graph.actorIdOf(cook);
    await app.graph.pick(cook);
    const mentions = app.article.mentionsOf(cookId);
    const count = await mentions.count();
    expect(count).toBeGreaterThan(0);
    await expect(app.article.selectedMentions()).toHaveCount(count);
    await expect(mentions.first()).toBeInViewport();
  });

  test('hovering a highlight dims the actors that are not its neighbours', async ({ app }) => {
    await app.open();
    const nusra = app.graph.node('Nusra Front', 'al-Nusra Front');
    const nusraId = await app.graph.actorIdOf(nusra);
    const dimmed = app.graph.region.locator('svg .ag-node.ag-dimmed');
    await expect(dimmed).toHaveCount(0);
    await app.article.mentionsOf(nusraId).first().hover();
    await expect(dimmed.first()).toBeAttached();
    await expect(nusra).not.toHaveClass(/ag-dimmed/);
    expect(await dimmed.count()).toBeLessThan(await app.graph.nodes.count());
    await app.page.mouse.move(0, 0);
    await expect(dimmed).toHaveCount(0);
  });

  test('Tab reaches a graph node and Enter selects it', async ({ app }) => {
    await app.open();
    // Start from the filter, the last control before the graph, and tab on into the drawing.
    await app.filter.input.focus();
    const focusedActor = () =>
      app.page.evaluate(() => document.activeElement?.closest('[data-actor-id]')?.getAttribute('data-actor-id'));
    let actorId: string | null | undefined = null;
    for (let presses = 0; presses < 10 && !actorId; presses++) {
      await app.page.keyboard.press('Tab');
      actorId = await focusedActor();
    }
    expect(actorId, 'a graph node takes the focus').toBeTruthy();
    await app.page.keyboard.press('Enter');
    const node = app.graph.nodes.and(app.page.locator(`[data-actor-id="${actorId}"]`));
    await expect(node).toHaveAttribute('data-selected', 'true');
    await expect(app.details.actorName).not.toHaveText('');
  });
});
