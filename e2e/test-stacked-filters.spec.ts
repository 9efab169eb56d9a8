import { expect, test } from './fixtures/fixtures.ts';

test.describe('stacked filters', () => {
  test('the legend hides a type: its nodes go, its chip says how many', async ({ app }) => {
    await app.open();
    await app.filter.showMore();
    const all = await app.graph.nodes.count();
    const countries = app.graph.region.locator('svg [data-type="country"]');
    const countryCount = await countries.count();
    expect(countryCount).toBeGreaterThan(0);

    const toggle = app.graph.typeToggle('Countries');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(countries).toHaveCount(0);
    await expect(toggle).toHaveAccessibleName('Countries hidden, press to show');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(app.graph.nodes).toHaveCount(all - countryCount);
    await expect(app.graph.count).toHaveText(`Showing ${all - countryCount} of ${all} actors`);
    expect((await app.filter.removedBy('Hide countries')).actors).toBe(countryCount);

    await toggle.click();
    await expect(countries).toHaveCount(countryCount);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(app.filter.chips).toHaveCount(0);
  });

  test('two filters stack with their counts; removing a chip and undoing bring it back', async ({ app }) => {
    await app.open();
    await app.filter.showMore();
    const all = await app.graph.nodes.count();
    await app.graph.typeToggle('Countries').click();
    await app.filter.minMentions.fill('2');
    await expect(app.filter.chips).toHaveCount(2);
    await expect(app.filter.chips.nth(0)).toContainText('Hide countries · −');
    await expect(app.filter.chips.nth(1)).toContainText('At least 2 mentions · −');

    const countries = await app.filter.removedBy('Hide countries');
    const rare = await app.filter.removedBy('At least 2 mentions');
    expect(rare.actors).toBeGreaterThan(0);
    const { shown, total } = await app.graph.shown();
    expect(total).toBe(all);
    expect(shown).toBe(all - countries.actors - rare.actors);
    await expect(app.graph.nodes).toHaveCount(shown);

    await app.filter.removeChip('Hide countries').click();
    await expect(app.filter.chips).toHaveCount(1);
    await expect(app.graph.region.locator('svg [data-type="country"]').first()).toBeVisible();

    await app.filter.undo.click();
    await expect(app.filter.chips).toHaveCount(2);
    await expect(app.graph.region.locator('svg [data-type="country"]')).toHaveCount(0);
    await expect(app.graph.nodes).toHaveCount(shown);
  });

  test('Ctrl+Z undoes a filter change outside text fields', async ({ app }) => {
    await app.open();
    await app.filter.showMore();
    const all = await app.graph.nodes.count();
    await app.filter.polarities.getByRole('button', { name: 'Conflictual' }).click();
    await expect(app.filter.polarities.getByRole('button', { name: 'Conflictual' })).toHaveAttribute('aria-pressed', 'false');
    await expect(app.filter.chip('Hide conflictual relations')).toContainText('relation');
    expect((await app.filter.removedBy('Hide conflictual relations')).relations).toBeGreaterThan(0);
    await app.graph.typeToggle('People').click();
    await expect(app.filter.chips).toHaveCount(2);

    await app.page.keyboard.press('ControlOrMeta+z');
    await expect(app.filter.chips).toHaveCount(1);
    await expect(app.graph.nodes).toHaveCount(all);
    await app.page.keyboard.press('ControlOrMeta+z');
    await expect(app.filter.chips).toHaveCount(0);
    await expect(app.filter.polarities.getByRole('button', { name: 'Conflictual' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('search narrows to the matching actors and what links to them', async ({ app }) => {
    await app.open();
    await app.filter.showMore();
    const all = await app.graph.nodes.count();
    await app.filter.search.fill('nusra');
    await expect(app.filter.chip('Search “nusra”')).toBeVisible();
    await expect(app.graph.node('Nusra Front', 'al-Nusra Front')).toHaveCount(1);
    const { shown } = await app.graph.shown();
    expect(shown).toBeLessThan(all);
    await expect(app.graph.nodes).toHaveCount(shown);
    expect((await app.filter.removedBy('Search')).actors).toBe(all - shown);

    // Typing the word was one change: one undo takes the whole search away.
    await app.filter.undo.click();
    await expect(app.filter.search).toHaveValue('');
    await expect(app.graph.nodes).toHaveCount(all);
  });

  test('the actor filter is a chip whose depth reaches further', async ({ app }) => {
    await app.open();
    await app.filter.showMore();
    await app.filter.choose('Ker', 'Kerry');
    await expect(app.filter.chip('Around Kerry')).toBeVisible();
    const depthOne = (await app.graph.shown()).shown;
    await app.filter.chip('Around Kerry').getByRole('combobox', { name: 'Depth' }).selectOption('2');
    await expect.poll(async () => (await app.graph.shown()).shown).toBeGreaterThan(depthOne);
    await app.filter.removeChip('Around Kerry').click();
    await expect(app.filter.removeButton('Kerry')).toHaveCount(0);
  });
});
