import { SEED_TEXT, expect, test } from './fixtures/fixtures.ts';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

test.describe('the details panel', () => {
  test('invites a selection when nothing is selected', async ({ app }) => {
    await app.open();
    await expect(app.details.emptyNote).toBeVisible();
  });

  test('shows Assad with relations quoted from real sentences of the article', async ({ app }) => {
    await app.open();
    await app.graph.pick(app.graph.node('Assad', 'Bashar al-Assad', 'Bashar Al Assad'));
    await expect(app.details.actorName).toHaveText(/Assad/);
    await expect(app.details.region.getByText(/\d+ mentions?/)).toBeVisible();
    await expect(app.details.evidence.first()).toBeVisible();
    const quotes = (await app.details.evidence.allTextContents()).map(normalise);
    const article = normalise(SEED_TEXT);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(article).toContain(quote);
    expect(quotes.some((quote) => quote.includes('Assad'))).toBe(true);
  });

  test('selects the other actor of a relation when its name is clicked', async ({ app }) => {
    await app.open();
    await app.graph.pick(app.graph.node('Kerry', 'John Kerry'));
    // The item's first button names the other actor; "Delete relation" comes after it.
    const other = app.details.relations.first().getByRole('button').first();
    const otherName = (await other.textContent()) ?? '';
    await other.click();
    await expect(app.details.actorName).toHaveText(otherName);
    await expect(app.graph.node(otherName)).toHaveAttribute('data-selected', 'true');
  });

  test('Escape clears the selection', async ({ app }) => {
    await app.open();
    await app.graph.pick(app.graph.node('Russia'));
    await expect(app.details.actorName).toHaveText('Russia');
    await app.page.keyboard.press('Escape');
    await expect(app.details.emptyNote).toBeVisible();
  });
});
