import type { Page } from '@playwright/test';
import { seriousFindings } from './fixtures/axe.ts';
import { expect, test } from './fixtures/fixtures.ts';

// The relation-type filter: a list of the graph's relation types (checked = shown); hiding one takes its
// links away, its chip counts them, and undo brings them back.

/** The relation types of each drawn link, read from its title ("Kerry → Russia: warn (conflictual); …"). */
async function linkTypes(page: Page): Promise<string[][]> {
  const titles = await page.locator('svg.ag-graph g.ag-link > title').allTextContents();
  return titles.map((title) => [...title.matchAll(/: ([a-z-]+) \(/g)].map((match) => match[1]!));
}

test.describe('the relation-type filter', () => {
  test('hiding "statement" removes those links, the chip counts them, undo brings them back', async ({ app, page }) => {
    await app.open();
    await app.filter.showMore();
    const before = await linkTypes(page);
    const statements = before.flat().filter((type) => type === 'statement').length;
    const statementOnlyLinks = before.filter((types) => types.every((type) => type === 'statement')).length;
    expect(statements).toBeGreaterThan(0);
    const { shown: actorsBefore } = await app.graph.shown();

    await expect(app.filter.relationTypes).toHaveAccessibleName('Relation types All shown');
    await app.filter.relationTypes.click();
    const statement = app.filter.relationType('statement');
    await expect(statement).toBeChecked();
    await expect(statement).toHaveAccessibleName(`statement ${statements} ${statements === 1 ? 'relation' : 'relations'}`);
    await statement.uncheck();

    await expect(app.filter.chip('Hide statement relations')).toBeVisible();
    expect(await app.filter.removedBy('Hide statement relations')).toEqual({ actors: 0, relations: statements });
    await expect(page.locator('svg.ag-graph g.ag-link')).toHaveCount(before.length - statementOnlyLinks);
    expect((await linkTypes(page)).flat()).not.toContain('statement');
    // The actors stay: the text still names them.
    expect((await app.graph.shown()).shown).toBe(actorsBefore);
    await expect(app.filter.relationTypes).toHaveAccessibleName(/^Relation types 1 of \d+ hidden$/);

    await page.keyboard.press('Escape');
    await expect(statement).toBeHidden();
    await expect(app.filter.relationTypes).toBeFocused();

    await app.filter.undo.click();
    await expect(app.filter.chips).toHaveCount(0);
    await expect(page.locator('svg.ag-graph g.ag-link')).toHaveCount(before.length);
    await app.filter.relationTypes.click();
    await expect(statement).toBeChecked();
  });

  test('stacks with the polarity filter; its chip removes it, Ctrl+Shift+Z redoes', async ({ app, page }) => {
    await app.open();
    await app.filter.showMore();
    const links = page.locator('svg.ag-graph g.ag-link');
    const all = await links.count();
    await app.filter.polarities.getByRole('button', { name: 'Conflictual' }).click();
    await app.filter.relationTypes.click();
    await app.filter.relationType('statement').uncheck();
    await app.filter.relationType('member').uncheck();
    await expect(app.filter.chips).toHaveCount(2);
    await expect(app.filter.chips.nth(1)).toContainText('Hide statement, member relations · −0 actors, −');
    const hiddenByBoth = all - (await links.count());
    expect(hiddenByBoth).toBeGreaterThan(0);

    await page.keyboard.press('Escape'); // the open list lies over the chips
    await app.filter.removeChip('Hide statement, member relations').click();
    await expect(app.filter.chips).toHaveCount(1);
    await app.filter.relationTypes.click();
    await expect(app.filter.relationType('statement')).toBeChecked();
    await expect(app.filter.relationType('member')).toBeChecked();

    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+z');
    await expect(app.filter.chips).toHaveCount(2);
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(app.filter.chips).toHaveCount(1);
  });

  test('"Show all" in the list shows every type again', async ({ app, page }) => {
    await app.open();
    await app.filter.showMore();
    await app.filter.relationTypes.click();
    await app.filter.relationType('statement').uncheck();
    await app.filter.relationType('attack').uncheck();
    await expect(app.filter.chip('Hide statement, attack relations')).toBeVisible();
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(app.filter.chips).toHaveCount(0);
    await expect(app.filter.relationType('attack')).toBeChecked();
    await expect(app.filter.relationType('meet')).toBeFocused();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious with the list open and a type hidden, ${theme} theme`, async ({ app, page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await app.open();
      await app.filter.showMore();
      await app.filter.relationTypes.click();
      await app.filter.relationType('statement').uncheck();
      await expect(app.filter.chip('Hide statement relations')).toBeVisible();
      expect(await seriousFindings(page)).toEqual([]);
    });
  }
});
