import { seriousFindings } from './fixtures/axe.ts';
import { expect, test } from './fixtures/fixtures.ts';
import { CanvasGraph } from './fixtures/CanvasGraph.ts';
import { syntheticActorLabel, syntheticGraphJson } from './fixtures/syntheticGraph.ts';
import { textFile, Workspace } from './fixtures/Workspace.ts';

const KERRY = ['Kerry', 'John Kerry'];

test.describe('the table view', () => {
  test('the View tabs switch between graph and table, and the graph comes back as it was', async ({ app }) => {
    await app.open();
    const { table } = app;
    await expect(table.graphTab).toHaveAttribute('aria-selected', 'true');
    await expect(table.tablePanel).toBeHidden();
    const drawn = await app.graph.nodes.count();

    await table.tableTab.click();
    await expect(table.tableTab).toHaveAttribute('aria-selected', 'true');
    await expect(table.graphTab).toHaveAttribute('aria-selected', 'false');
    await expect(table.table('Actors')).toBeVisible();
    await expect(table.table('Relations')).toBeVisible();
    await expect(app.graph.nodes.first()).toBeHidden();
    // The same actors as the graph draws, one row each.
    await expect(table.rows('Actors')).toHaveCount(drawn);

    // Arrow keys move along the tabs, as the tab pattern has it.
    await table.tableTab.press('ArrowLeft');
    await expect(table.graphTab).toBeFocused();
    await expect(table.graphTab).toHaveAttribute('aria-selected', 'true');
    await expect(app.graph.nodes).toHaveCount(drawn);
    await expect(app.graph.nodes.first()).toBeVisible();
  });

  test('sorts actors by mentions, most first, and back on a second click', async ({ app }) => {
    await app.open();
    await app.table.tableTab.click();
    const mentions = app.table.header('Actors', 'Mentions');
    await expect(mentions).toHaveAttribute('aria-sort', 'none');
    await mentions.getByRole('button').click();
    await expect(mentions).toHaveAttribute('aria-sort', 'descending');
    const descending = (await app.table.columnTexts('Actors', 'Mentions')).map(Number);
    expect(descending.length).toBeGreaterThan(3);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(descending[0]).toBeGreaterThan(descending.at(-1)!);

    await mentions.getByRole('button').click();
    await expect(mentions).toHaveAttribute('aria-sort', 'ascending');
    const ascending = (await app.table.columnTexts('Actors', 'Mentions')).map(Number);
    expect(ascending).toEqual([...descending].reverse());
  });

  test('"Filter rows" keeps the rows that mention the words typed', async ({ app }) => {
    await app.open();
    await app.table.tableTab.click();
    const before = await app.table.rows('Relations').count();
    await app.table.filterBox('Relations').fill('assad');
    await expect.poll(() => app.table.rows('Relations').count()).toBeLessThan(before);
    const rows = await app.table.rows('Relations').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.toLowerCase()).toContain('assad');
    // The actors table keeps its own filter.
    await expect(app.table.filterBox('Actors')).toHaveValue('');

    await app.table.filterBox('Relations').fill('no such words here');
    await expect(app.table.rows('Relations')).toHaveCount(0);
    await expect(app.table.group('Relations').getByText('No rows match')).toBeVisible();
  });

  test('a row selects its actor in the graph and the details, by click or by Enter', async ({ app }) => {
    await app.open();
    await app.table.tableTab.click();
    await app.table.rowButton('Actors', 'Russia').click();
    await expect(app.details.actorName).toHaveText('Russia');
    const russiaRow = app.table.row('Actors', 'Russia');
    await expect(russiaRow).toHaveAttribute('data-selected', 'true');

    const assad = app.table.rowButton('Actors', /^(Assad|Bashar al-Assad|Bashar Al Assad)$/);
    await assad.focus();
    await app.page.keyboard.press('Enter');
    await expect(app.details.actorName).toHaveText(/Assad/);
    await expect(russiaRow).not.toHaveAttribute('data-selected', 'true');

    await app.table.graphTab.click();
    await expect(app.graph.node('Assad', 'Bashar al-Assad', 'Bashar Al Assad')).toHaveAttribute('data-selected', 'true');
  });

  test('a relation row selects its source actor', async ({ app }) => {
    await app.open();
    await app.table.tableTab.click();
    const first = app.table.rows('Relations').first();
    const source = (await first.locator('th').textContent())?.trim() ?? '';
    await first.locator('td').last().click(); // the evidence sentence: anywhere on the row will do
    await expect(app.details.actorName).toHaveText(source);
  });

  test('a selection made in the graph marks its row and scrolls it into view', async ({ app }) => {
    await app.open();
    // Sort so the picked actor's row is last, likely out of the table's scroll box.
    await app.table.tableTab.click();
    await app.table.header('Actors', 'Mentions').getByRole('button').click();
    const names = await app.table.columnTexts('Actors', 'Name');
    const last = names.at(-1)!;
    await app.table.graphTab.click();

    await app.graph.pick(app.graph.node(last));
    await expect(app.details.actorName).toHaveText(last);
    await app.table.tableTab.click();
    const row = app.table.row('Actors', last);
    await expect(row).toHaveAttribute('data-selected', 'true');
    await expect(row).toBeInViewport();
    await expect(app.table.table('Actors').locator('tbody tr[data-selected]')).toHaveCount(1);
  });

  test('shows what the graph shows: the actor filter narrows the table too', async ({ app }) => {
    await app.open();
    await app.filter.choose('Ker', 'Kerry');
    await expect(app.filter.removeButton('Kerry')).toBeVisible();
    const { shown } = await app.graph.shown();
    await app.table.tableTab.click();
    await expect(app.table.rows('Actors')).toHaveCount(shown);
    const names = await app.table.columnTexts('Actors', 'Name');
    expect(names.some((name) => KERRY.includes(name))).toBe(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no serious or critical axe finding in the ${theme} theme, sorted, filtered, with a row selected`, async ({
      app,
    }) => {
      await app.page.emulateMedia({ colorScheme: theme });
      await app.open();
      await expect(app.page.locator('html')).toHaveAttribute('data-theme', theme);
      await app.table.tableTab.click();
      await app.table.header('Actors', 'Degree').getByRole('button').click();
      await app.table.rowButton('Actors', 'Russia').click();
      await app.table.filterBox('Relations').fill('russia');
      await expect(app.table.row('Actors', 'Russia')).toHaveAttribute('data-selected', 'true');
      expect(await seriousFindings(app.page)).toEqual([]);
    });
  }
});

test.describe('the table of a graph of 2,000 actors', () => {
  const SIZE = 2000;
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ app }) => {
    await app.open();
    await new Workspace(app.page).openFiles(textFile('large.json', syntheticGraphJson(SIZE, 7), 'application/json'));
    await new CanvasGraph(app.page).shows(SIZE);
  });

  test('draws the rows near its scroll position, says how many there are, and reaches the last by scrolling', async ({
    app,
  }) => {
    const { table } = app;
    await table.tableTab.click();
    await expect(table.group('Actors').getByText(`${SIZE} of ${SIZE}`)).toBeVisible();
    await expect(table.table('Actors')).toHaveAttribute('aria-rowcount', String(SIZE + 1));
    await expect(table.rowButton('Actors', syntheticActorLabel(0))).toBeVisible();
    await expect(table.rows('Actors').first()).toHaveAttribute('aria-rowindex', '2');
    expect(await table.rows('Actors').count()).toBeLessThan(200);

    await table.scrollToEnd('Actors');
    const last = table.rowButton('Actors', syntheticActorLabel(SIZE - 1));
    await expect(last).toBeVisible();
    await expect(table.row('Actors', syntheticActorLabel(SIZE - 1))).toHaveAttribute('aria-rowindex', String(SIZE + 1));
    expect(await table.rows('Actors').count()).toBeLessThan(200);

    // Sorted by mentions, the first rows are the most mentioned of all 2,000, not of the rows drawn before.
    await table.scrollBox('Actors').evaluate((box) => box.scrollTo({ top: 0 }));
    await table.header('Actors', 'Mentions').getByRole('button').click();
    const mentions = (await table.columnTexts('Actors', 'Mentions')).map(Number);
    expect(mentions[0]).toBe(Math.max(...mentions));
    await expect(table.rowButton('Actors', syntheticActorLabel(0))).toBeVisible();
  });

  test('an actor selected in the graph far down the list is scrolled to and marked when the table shows', async ({ app }) => {
    const canvas = new CanvasGraph(app.page);
    const far = syntheticActorLabel(1500);
    await canvas.actor(far).focus();
    await app.page.keyboard.press('Enter');
    await expect(app.details.actorName).toHaveText(far);
    await app.table.tableTab.click();
    const row = app.table.row('Actors', far);
    await expect(row).toHaveAttribute('data-selected', 'true');
    await expect(row).toBeInViewport();
    await expect(row).toHaveAttribute('aria-rowindex', '1502');
    // Keyboard: the row's button is reached and chosen as in a short table.
    await app.table.rowButton('Actors', syntheticActorLabel(1501)).focus();
    await app.page.keyboard.press('Enter');
    await expect(app.details.actorName).toHaveText(syntheticActorLabel(1501));
    expect(await seriousFindings(app.page)).toEqual([]);
  });
});
