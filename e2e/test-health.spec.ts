import { expect, test } from './fixtures/fixtures.ts';

test.describe('a normal load', () => {
  test('logs no console error and throws no page error', async ({ app, page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await app.open();
    await app.graph.pick(app.graph.node('Kerry', 'John Kerry'));
    await expect(app.details.actorName).toHaveText(/Kerry/);
    expect(problems).toEqual([]);
  });

  test('requests nothing outside its own origin', async ({ app, page, baseURL }) => {
    const offOrigin: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${baseURL}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
    });
    await app.open();
    expect(offOrigin).toEqual([]);
  });

  test('opens on the seed graph worked out at build time, the reader asked for nothing', async ({ app, page }) => {
    // Every request the page hands the extraction worker, counted as it is posted.
    await page.addInitScript(() => {
      const requests: string[] = [];
      (window as unknown as { readerRequests: string[] }).readerRequests = requests;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, options?: StructuredSerializeOptions) {
        requests.push((message as { kind?: string } | null)?.kind ?? '?');
        post.call(this, message, options);
      } as Worker['postMessage'];
    });
    await page.goto('/');
    // Either still reading or already done: the state the user sees is one of the two, in words.
    await expect(page.getByText('Reading the article…').or(app.graph.nodes.first())).toBeVisible();
    await expect(app.graph.node('Kerry', 'John Kerry')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('Reading the article…')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { readerRequests: string[] }).readerRequests)).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('shows the graph and the details with no sideways scrolling', async ({ app, page }) => {
    await app.open();
    await expect(app.graph.region).toBeInViewport();
    await app.graph.pick(app.graph.node('Assad', 'Bashar al-Assad', 'Bashar Al Assad'), 'tap');
    await expect(app.details.actorName).toHaveText(/Assad/);
    await app.details.region.scrollIntoViewIfNeeded();
    await expect(app.details.region).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
