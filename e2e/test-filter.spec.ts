import { expect, test } from './fixtures/fixtures.ts';

test.describe('filtering by actor', () => {
  test('shows Kerry and his neighbours only, and the count says so', async ({ app }) => {
    await app.open();
    const all = await app.graph.nodes.count();
    await expect(app.graph.count).toHaveText(`Showing ${all} of ${all} actors`);

    await app.filter.choose('Ker', 'Kerry');
    await expect(app.graph.node('Nusra Front', 'al-Nusra Front')).toHaveCount(0);
    await expect(app.graph.node('Kerry', 'John Kerry')).toHaveCount(1);
    const { shown, total } = await app.graph.shown();
    expect(total).toBe(all);
    expect(shown).toBeLessThan(all);
    await expect(app.graph.nodes).toHaveCount(shown);
    await expect(app.filter.removeButton('Kerry')).toBeVisible();
  });

  test('a second actor adds its neighbourhood; removing and clearing bring the graph back', async ({ app }) => {
    await app.open();
    const all = await app.graph.nodes.count();
    await app.filter.choose('Ker', 'Kerry');
    const kerryOnly = (await app.graph.shown()).shown;

    await app.filter.choose('nusra', 'Nusra Front');
    await expect(app.graph.node('Nusra Front', 'al-Nusra Front')).toHaveCount(1);
    const both = (await app.graph.shown()).shown;
    expect(both).toBeGreaterThan(kerryOnly);

    await app.filter.removeButton('Kerry').click();
    await expect(app.filter.removeButton('Kerry')).toHaveCount(0);
    await expect(app.graph.node('Nusra Front', 'al-Nusra Front')).toHaveCount(1);

    await app.filter.clear.click();
    await expect(app.graph.nodes).toHaveCount(all);
    await expect(app.graph.count).toHaveText(`Showing ${all} of ${all} actors`);
  });

  test('works from the keyboard: arrows move through suggestions, Enter picks, Escape closes', async ({ app }) => {
    await app.open();
    await app.filter.input.fill('r');
    await expect(app.filter.input).toHaveAttribute('aria-expanded', 'true');
    await app.page.keyboard.press('ArrowDown');
    const activeId = await app.filter.input.getAttribute('aria-activedescendant');
    const active = app.page.locator(`[id="${activeId}"]`);
    await expect(active).toHaveAttribute('aria-selected', 'true');
    const label = (await active.locator('.option-label').textContent()) ?? '';
    await app.page.keyboard.press('Enter');
    await expect(app.filter.removeButton(label)).toBeVisible();

    await app.filter.input.fill('a');
    await expect(app.filter.options.first()).toBeVisible();
    await app.page.keyboard.press('Escape');
    await expect(app.filter.input).toHaveAttribute('aria-expanded', 'false');
    await expect(app.filter.options).toHaveCount(0);
  });

  test('matches aliases whatever the case', async ({ app }) => {
    await app.open();
    await app.filter.input.fill('KREML');
    await expect(app.filter.option('Russia')).toBeVisible();
    // The article only says "Turkish": the demonym is an alias of Turkey.
    await app.filter.input.fill('turkish');
    await expect(app.filter.option('Turkey')).toBeVisible();
  });
});
