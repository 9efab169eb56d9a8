import type { Page } from '@playwright/test';
import { expect, test, type ActorGraphApp } from './fixtures/fixtures.ts';
import { Workspace } from './fixtures/Workspace.ts';

// The worker is swapped at the network level for one that misbehaves, so the built app's own
// failure and empty states are what the user sees, with nothing in the app changed for the test.
// The seed's graph comes worked out at build time, so the worker first reads an article the user pasted: the
// workspace kept across the reload that follows.

const WORKER_SCRIPT = '**/assets/extract.worker-*.js';

const asScript = (body: string) => ({ status: 200, contentType: 'text/javascript', body });

const PASTED = 'Ministers meet in Oslo\n\nNorway and Sweden signed a fishing agreement on Monday, Prime Minister Jonas Gahr Store said.';

/** A workspace of one pasted article, read by the real worker; then the worker swapped for `script` and the page reloaded. */
async function reloadWithWorker(app: ActorGraphApp, page: Page, script: string): Promise<void> {
  await app.open();
  await new Workspace(page).paste(PASTED);
  await expect(app.graph.node('Norway')).toBeVisible({ timeout: 20_000 });
  await page.route(WORKER_SCRIPT, (route) => route.fulfill(asScript(script)));
  await page.reload();
}

test.describe('when the article cannot be read', () => {
  test('a crashed worker is reported in words, and Try again reads the article', async ({ app, page }) => {
    await reloadWithWorker(app, page, 'throw new Error("the model did not load");');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not read this article:');
    await expect(alert).toContainText('the model did not load');

    await page.unroute(WORKER_SCRIPT);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(app.graph.node('Norway')).toBeVisible({ timeout: 20_000 });
    await expect(alert).toHaveCount(0);
  });

  test('a failure reply from the worker is shown as is', async ({ app, page }) => {
    const failing = `self.onmessage = (e) => self.postMessage({ kind: 'failed', id: e.data.id, message: 'the text is not in a language I read' });`;
    await reloadWithWorker(app, page, failing);
    await expect(page.getByRole('alert')).toHaveText(
      /Could not read this article: the text is not in a language I read/,
    );
  });

  test('an article with no actors explains that nothing was found', async ({ app, page }) => {
    const empty = `self.onmessage = (e) => self.postMessage({ kind: 'extracted', id: e.data.id,
      graph: { format: 'actorgraph/1', documents: e.data.documents, actors: [], relations: [] } });`;
    await reloadWithWorker(app, page, empty);
    await expect(page.getByText(/No people, countries or organisations were found/)).toBeVisible();
    // The article itself is still there to read, without highlights.
    await expect(app.article.region.getByRole('heading', { level: 3 })).toHaveText(/Ministers meet in Oslo/);
    await expect(app.article.marks).toHaveCount(0);
  });
});
