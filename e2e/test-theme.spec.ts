import { expect, test } from './fixtures/fixtures.ts';

// The dark theme: it follows the system until the reader uses the header's "Dark theme" toggle, the
// choice survives a reload, and the graph's own colours (labels and their halos) follow along.

const LIGHT_BACKGROUND = 'rgb(244, 245, 247)';
const DARK_BACKGROUND = 'rgb(15, 20, 26)';

test.describe('the theme', () => {
  test('follows a light system setting when the reader has chosen nothing', async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.open();
    await expect(app.theme.root).toHaveAttribute('data-theme', 'light');
    await expect(app.theme.button).toHaveAttribute('aria-pressed', 'false');
    expect(await app.theme.background()).toBe(LIGHT_BACKGROUND);
  });

  test('follows a dark system setting when the reader has chosen nothing', async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.open();
    await expect(app.theme.root).toHaveAttribute('data-theme', 'dark');
    await expect(app.theme.button).toHaveAttribute('aria-pressed', 'true');
    expect(await app.theme.background()).toBe(DARK_BACKGROUND);
  });

  test('the toggle switches data-theme and the colours, both ways', async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.open();
    await app.theme.button.click();
    await expect(app.theme.root).toHaveAttribute('data-theme', 'dark');
    await expect(app.theme.button).toHaveAttribute('aria-pressed', 'true');
    expect(await app.theme.background()).toBe(DARK_BACKGROUND);

    await app.theme.button.click();
    await expect(app.theme.root).toHaveAttribute('data-theme', 'light');
    await expect(app.theme.button).toHaveAttribute('aria-pressed', 'false');
    expect(await app.theme.background()).toBe(LIGHT_BACKGROUND);
  });

  test('works from the keyboard', async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.open();
    await app.theme.button.focus();
    await app.page.keyboard.press('Space');
    await expect(app.theme.root).toHaveAttribute('data-theme', 'dark');
    await app.page.keyboard.press('Enter');
    await expect(app.theme.root).toHaveAttribute('data-theme', 'light');
  });

  test('the choice persists across a reload, against the system setting', async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.open();
    await app.theme.button.click();
    await expect(app.theme.root).toHaveAttribute('data-theme', 'dark');

    await app.page.reload();
    await expect(app.graph.nodes.first()).toBeVisible({ timeout: 20_000 });
    await expect(app.theme.root).toHaveAttribute('data-theme', 'dark');
    await expect(app.theme.button).toHaveAttribute('aria-pressed', 'true');
    expect(await app.theme.background()).toBe(DARK_BACKGROUND);
  });

  test('the stored choice is on <html> before the app first renders', async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.page.addInitScript(() => {
      localStorage.setItem('actorgraph.theme', 'dark');
      // Records data-theme at the moment React puts its first element into #root.
      new MutationObserver((_records, observer) => {
        const root = document.getElementById('root');
        if (!root?.firstElementChild) return;
        document.documentElement.dataset.themeAtFirstRender = document.documentElement.dataset.theme ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await app.open();
    await expect(app.theme.root).toHaveAttribute('data-theme-at-first-render', 'dark');
  });

  test('while nothing is chosen, a change of the system setting changes the page; a choice holds', async ({
    app,
  }) => {
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.open();
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await expect(app.theme.root).toHaveAttribute('data-theme', 'dark');

    // Choosing light on a dark system overrides it, and it stays light when the system changes again.
    await app.theme.button.click();
    await expect(app.theme.root).toHaveAttribute('data-theme', 'light');
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await expect(app.theme.root).toHaveAttribute('data-theme', 'light');
  });

  test('graph labels switch ink and halo with the theme', async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.open();
    const label = app.graph.nodes.first().locator('text.ag-label');
    const inkAndHalo = () => label.evaluate((text) => [getComputedStyle(text).fill, getComputedStyle(text).stroke]);
    expect(await inkAndHalo()).toEqual(['rgb(17, 24, 39)', 'rgb(255, 255, 255)']);
    await app.theme.button.click();
    await expect.poll(inkAndHalo).toEqual(['rgb(230, 237, 243)', DARK_BACKGROUND]);
  });
});
