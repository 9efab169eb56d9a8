import { expect, test } from './fixtures/fixtures.ts';

// The worker is swapped at the network level for one that misbehaves, so the built app's own
// failure and empty states are what the user sees, with nothing in the app changed for the test.

const WORKER_SCRIPT = '**/assets/extract.worker-*.js';

const asScript = (body: string) => ({ status: 200, contentType: 'text/javascript', body });

test.describe('when the article cannot be read', () => {
  test('a crashed worker is reported in words, and Try again reads the article', async ({ app, page }) => {
    await page.route(WORKER_SCRIPT, (route) => route.fulfill(asScript('throw new Error("the model did not load");')));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not read this article:');
    await expect(alert).toContainText('the model did not load');

    await page.unroute(WORKER_SCRIPT);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(app.graph.nodes.first()).toBeVisible({ timeout: 20_000 });
    await expect(alert).toHaveCount(0);
  });

  test('a failure reply from the worker is shown as is', async ({ page }) => {
    const failing = `self.onmessage = (e) => self.postMessage({ kind: 'failed', id: e.data.id, message: 'the text is not in a language I read' });`;
    await page.route(WORKER_SCRIPT, (route) => route.fulfill(asScript(failing)));
    await page.goto('/');
    await expect(page.getByRole('alert')).toHaveText(
      /Could not read this article: the text is not in a language I read/,
    );
  });

  test('an article with no actors explains that nothing was found', async ({ app, page }) => {
    const empty = `self.onmessage = (e) => self.postMessage({ kind: 'extracted', id: e.data.id,
      graph: { format: 'actorgraph/1', documents: e.data.documents, actors: [], relations: [] } });`;
    await page.route(WORKER_SCRIPT, (route) => route.fulfill(asScript(empty)));
    await page.goto('/');
    await expect(page.getByText(/No people, countries or organisations were found/)).toBeVisible();
    // The article itself is still there to read, without highlights.
    await expect(app.article.region.getByRole('heading', { level: 3 })).toHaveText(/Russian militaries launch talks/);
    await expect(app.article.marks).toHaveCount(0);
  });
});
