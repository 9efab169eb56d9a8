import { seriousFindings } from './fixtures/axe.ts';
import { expect, test } from './fixtures/fixtures.ts';

// axe-core over the whole page, in each theme, in the states an analyst spends time in: just opened,
// an actor selected (the details panel full of relations and quotes), the filter listing suggestions.
// Only serious and critical findings fail a test; each is reported with the elements it found.

const THEMES = ['light', 'dark'] as const;

for (const theme of THEMES) {
  test.describe(`accessibility in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test.beforeEach(async ({ app }) => {
      await app.open();
      await expect(app.page.locator('html')).toHaveAttribute('data-theme', theme);
    });

    test('the app as it opens has no serious or critical axe finding', async ({ app }) => {
      expect(await seriousFindings(app.page)).toEqual([]);
    });

    test('with an actor selected and its details shown', async ({ app }) => {
      await app.graph.pick(app.graph.node('Assad', 'Bashar al-Assad', 'Bashar Al Assad'));
      await expect(app.details.evidence.first()).toBeVisible();
      // A mention highlighted as selected in the article is checked too.
      await expect(app.article.selectedMentions().first()).toBeVisible();
      expect(await seriousFindings(app.page)).toEqual([]);
    });

    test('with the actor filter open on its suggestions and a chip chosen', async ({ app }) => {
      await app.filter.choose('Ker', 'Kerry');
      await app.filter.input.fill('r');
      await app.page.keyboard.press('ArrowDown');
      await expect(app.filter.options.first()).toBeVisible();
      await expect(app.filter.removeButton('Kerry')).toBeVisible();
      expect(await seriousFindings(app.page)).toEqual([]);
    });
  });
}

test.describe('colour is never the only cue', () => {
  test('an actor’s type shows as a letter in its disc and beside its name in the legend', async ({ app }) => {
    await app.open();
    await expect(app.graph.node('Kerry', 'John Kerry').locator('text.ag-type-mark')).toHaveText('P');
    await expect(app.graph.node('Russia').locator('text.ag-type-mark')).toHaveText('C');
    const person = app.graph.legend.getByRole('listitem').filter({ hasText: 'Person' });
    await expect(person).toHaveText('PPerson');
  });

  test('a relation’s polarity in the details is drawn with its link’s dash and named in words', async ({ app }) => {
    await app.open();
    await app.graph.pick(app.graph.node('Kerry', 'John Kerry'));
    const warning = app.details.relations.filter({ hasText: 'warn' });
    await expect(warning.locator('svg line')).toHaveAttribute('stroke-dasharray', '7 4');
    await expect(warning.getByText('(conflictual)')).toBeAttached();
  });
});
