import { test, expect } from './fixtures/fixtures.ts';
import { seriousFindings } from './fixtures/axe.ts';
import { longText, ReadingProgress } from './fixtures/ReadingProgress.ts';
import { textFile, Workspace } from './fixtures/Workspace.ts';

// Issue 6: long work shows progress and can be cancelled; opening another article while one is read reads only
// the new one. A 3 MB text is read by the worker in some 50 parts, each reported on the bar.

const LONG = textFile('long-read.txt', longText('Long read', 3));
const MERKEL = textFile('merkel.txt', 'Merkel meets Macron in Berlin\n\nAngela Merkel met Emmanuel Macron in Berlin on Monday.');

test.describe('reading a long text', () => {
  test.slow();

  test('shows the progress bar moving, then the graph; the bar is gone when done', async ({ app }) => {
    await app.open();
    const workspace = new Workspace(app.page);
    const reading = new ReadingProgress(app.page);
    await workspace.openFiles(LONG);
    await expect(reading.bar('“Long read”')).toBeVisible();
    await expect(reading.cancelButton).toBeVisible();
    await reading.expectPast('“Long read”', 0);
    const seen = await reading.percent('“Long read”');
    await reading.expectPast('“Long read”', seen);
    await expect(reading.bar('“Long read”')).toHaveAttribute('aria-valuetext', /^Reading “Long read” — \d+% \([\d.]+ of 3 MB\)$/);
    expect(await seriousFindings(app.page)).toEqual([]);
    await expect(reading.bar('“Long read”')).toBeHidden({ timeout: 90_000 });
    await expect(app.graph.node('Nordvik Energy ASA', 'Nordvik')).toBeVisible();
    await expect(app.page.getByRole('banner')).toContainText('Long read');
  });

  test('a long text read is kept across a reload, to its last paragraph', async ({ app }) => {
    await app.open();
    await new Workspace(app.page).openFiles(LONG);
    await expect(app.graph.node('Nordvik Energy ASA', 'Nordvik')).toBeVisible({ timeout: 90_000 });
    const last = await app.article.lastParagraph();
    await app.page.reload();
    await expect(app.page.getByRole('banner')).toContainText('Long read');
    await expect(app.graph.node('Nordvik Energy ASA', 'Nordvik')).toBeVisible({ timeout: 90_000 });
    expect(await app.article.lastParagraph()).toBe(last);
  });

  test('Cancel reading keeps the graph on screen and says so', async ({ app }) => {
    await app.open();
    const before = (await app.graph.labels()).sort();
    const workspace = new Workspace(app.page);
    const reading = new ReadingProgress(app.page);
    await workspace.openFiles(LONG);
    await reading.expectPast('“Long read”', 0);
    await reading.cancelButton.focus();
    await app.page.keyboard.press('Enter');
    await expect(reading.bar('“Long read”')).toBeHidden();
    await expect(workspace.note('Stopped reading “Long read”. The workspace is unchanged.')).toBeVisible();
    expect((await app.graph.labels()).sort()).toEqual(before);
    await expect(app.page.getByRole('banner')).toContainText('United States and Russian militaries launch talks on Syria');
  });

  test('opening a second file while the first is read reads only the second', async ({ app }) => {
    await app.open();
    const workspace = new Workspace(app.page);
    const reading = new ReadingProgress(app.page);
    await workspace.openFiles(LONG);
    await reading.expectPast('“Long read”', 0);
    await workspace.openFiles(MERKEL);
    await expect(app.graph.node('Angela Merkel', 'Merkel')).toBeVisible();
    await expect(reading.bar('“Long read”')).toBeHidden();
    await expect(app.page.getByRole('progressbar')).toHaveCount(0);
    // The long text's reading was dropped, not finished behind the new article's back.
    await app.page.waitForTimeout(2_000);
    await expect(app.graph.node('Angela Merkel', 'Merkel')).toBeVisible();
    await expect(app.page.getByRole('banner')).toContainText('Merkel meets Macron in Berlin');
    await expect(workspace.problems).toHaveCount(0);
  });
});
