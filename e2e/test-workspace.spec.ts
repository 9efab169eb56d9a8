import { test, expect } from './fixtures/fixtures.ts';
import { seriousFindings } from './fixtures/axe.ts';
import { textFile, Workspace, type TestFile } from './fixtures/Workspace.ts';
import type { ActorGraphApp } from './fixtures/fixtures.ts';

// Issue 6: bringing your own articles (paste, open, drop), bad input refused with its reason and the graph kept,
// and the workspace kept across a reload.

const MERKEL = 'Merkel meets Macron in Berlin\n\nAngela Merkel met Emmanuel Macron in Berlin on Monday. Germany and France agreed to support Ukraine.';
const ERDOGAN = 'Erdogan warns Greece\n\nRecep Tayyip Erdogan warned Greece on Friday. NATO urged Turkey and Greece to talk.';
const FRENCH =
  'La Russie et la Turquie\n\nLa Turquie a accusé la Russie de bombarder les rebelles près d’Alep, et les États-Unis ont dit ' +
  'qu’ils parleraient avec les deux pays pour que la guerre cesse dans la région.';
const NOBODY = 'A quiet day\n\nit rained all morning and the streets were empty until noon, when the sun came out again.';

async function openWorkspace(app: ActorGraphApp): Promise<Workspace> {
  await app.open();
  return new Workspace(app.page);
}

/** The drawn actors, sorted, once the layout has them all. */
async function shownLabels(app: ActorGraphApp): Promise<string[]> {
  return (await app.graph.labels()).sort();
}

/** Asserts the graph is the one it was: the same actors drawn. */
async function expectSameGraph(app: ActorGraphApp, labels: string[]): Promise<void> {
  await expect.poll(() => shownLabels(app)).toEqual(labels);
}

test.describe('bringing articles', () => {
  test('a pasted English article replaces the seed, and its actors are drawn', async ({ app }) => {
    const workspace = await openWorkspace(app);
    await workspace.paste(MERKEL);
    await expect(workspace.pasteDialog).toBeHidden();
    await expect(app.graph.node('Angela Merkel', 'Merkel')).toBeVisible();
    await expect(app.graph.node('Emmanuel Macron', 'Macron')).toBeVisible();
    await expect(app.graph.node('Assad', 'Bashar al-Assad')).toHaveCount(0);
    await expect(app.page.getByRole('banner')).toContainText('Merkel meets Macron in Berlin');
  });

  test('a .txt opened with the file picker is added beside the seed when asked', async ({ app }) => {
    const workspace = await openWorkspace(app);
    const seedLabels = await shownLabels(app);
    await workspace.openButton.click();
    await workspace.panel.getByRole('radio', { name: 'Add to the workspace' }).check();
    await workspace.openFiles(textFile('erdogan.txt', ERDOGAN));
    await expect(app.graph.node('Recep Tayyip Erdogan', 'Erdogan')).toBeVisible();
    await expect(app.graph.node('Greece')).toBeVisible();
    expect(await shownLabels(app)).toEqual(expect.arrayContaining(seedLabels));
  });

  test('a dropped file is read, with an overlay while it is dragged', async ({ app }) => {
    const workspace = await openWorkspace(app);
    await workspace.drop(textFile('merkel.md', MERKEL, 'text/markdown'));
    await expect(app.graph.node('Angela Merkel', 'Merkel')).toBeVisible();
  });

  test('a dropped graph JSON replaces the workspace; a broken one is refused and nothing changes', async ({ app }) => {
    const workspace = await openWorkspace(app);
    await workspace.paste(MERKEL);
    await expect(app.graph.node('Angela Merkel', 'Merkel')).toBeVisible();
    const merkelLabels = await shownLabels(app);

    const broken = { format: 'actorgraph/1', documents: [], actors: [{ id: 'x' }], relations: [] };
    await workspace.drop(textFile('broken.json', JSON.stringify(broken), 'application/json'));
    await expect(workspace.problem(/^“broken.json” could not be imported: .*The workspace is unchanged\./)).toBeVisible();
    await expectSameGraph(app, merkelLabels);

    const graph = {
      format: 'actorgraph/1',
      documents: [{ id: 'd1', title: 'Two actors', text: 'Alpha Corp met Beta Group.' }],
      actors: [
        { id: 'alpha', label: 'Alpha Corp', type: 'organization', aliases: [], mentions: [{ doc: 'd1', start: 0, end: 10 }] },
        { id: 'beta', label: 'Beta Group', type: 'organization', aliases: [], mentions: [{ doc: 'd1', start: 15, end: 25 }] },
      ],
      relations: [
        {
          id: 'r1', source: 'alpha', target: 'beta', type: 'meet', polarity: 'cooperative', directed: false,
          attributedTo: null, evidence: [{ doc: 'd1', start: 0, end: 26 }],
        },
      ],
    };
    await workspace.drop(textFile('graph.json', JSON.stringify(graph), 'application/json'));
    await expectSameGraph(app, ['Alpha Corp', 'Beta Group']);
  });
});

test.describe('bad input: a clear message, and the graph stays', () => {
  test('empty and whitespace-only paste are refused in the dialog', async ({ app }) => {
    const workspace = await openWorkspace(app);
    const seedLabels = await shownLabels(app);
    await workspace.openPasteDialog();
    await workspace.pasteDialog.getByRole('button', { name: 'Read' }).click();
    await expect(workspace.pasteDialog.getByRole('alert')).toHaveText('There is no text to read: paste an article into the box first.');
    await workspace.pasteDialog.getByLabel('Article text').fill('   \n\n\t  ');
    await workspace.pasteDialog.getByRole('button', { name: 'Read' }).click();
    await expect(workspace.pasteDialog.getByRole('alert')).toContainText('only spaces and line breaks');
    await workspace.pasteDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(workspace.pasteDialog).toBeHidden();
    await expectSameGraph(app, seedLabels);
  });

  const refusedFiles: Array<{ what: string; file: TestFile; message: RegExp }> = [
    {
      what: 'a binary file',
      file: { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0xff, 0xfe]) },
      message: /^“photo.txt” is not text/,
    },
    { what: 'an unsupported type', file: textFile('slides.pptx', 'PK'), message: /^“slides.pptx” is .*cannot read/ },
    { what: 'a dropped folder', file: { name: 'articles', mimeType: '', buffer: Buffer.alloc(0) }, message: /^“articles” (is a folder|looks like a folder)/ },
    { what: 'an empty file', file: textFile('empty.txt', ''), message: /^“empty.txt” is empty/ },
  ];
  for (const { what, file, message } of refusedFiles) {
    test(`${what} is refused with its reason`, async ({ app }) => {
      const workspace = await openWorkspace(app);
      const seedLabels = await shownLabels(app);
      await workspace.drop(file);
      await expect(workspace.problem(message)).toBeVisible();
      await expectSameGraph(app, seedLabels);
      await workspace.problem(message).getByRole('button', { name: 'Dismiss' }).click();
      await expect(workspace.problems).toHaveCount(0);
    });
  }

  test('a text that names nobody says why there is nothing to draw, and keeps the graph', async ({ app }) => {
    const workspace = await openWorkspace(app);
    const seedLabels = await shownLabels(app);
    await workspace.paste(NOBODY);
    await expect(workspace.problem(/^No people, countries or organisations were found in “A quiet day”.*The workspace is unchanged\./)).toBeVisible();
    await expectSameGraph(app, seedLabels);
  });

  test('French is read, and the user is told English is what ActorGraph reads', async ({ app }) => {
    const workspace = await openWorkspace(app);
    await workspace.paste(FRENCH);
    await expect(workspace.note('ActorGraph reads English; this text looks like French. Here is what it could find.')).toBeVisible();
    // What it could find: the two countries, as the French text writes them.
    await expect(app.graph.node('la Russie', 'Russie', 'Russia')).toBeVisible();
    await expect(app.graph.node('la Turquie', 'Turquie', 'Turkey')).toBeVisible();
  });

  test('a page full of scripts and javascript: links is read as text, and nothing in it runs', async ({ app }) => {
    const dialogs: string[] = [];
    app.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const workspace = await openWorkspace(app);
    const page = [
      '<!doctype html><html><head><title>Talks</title><script>window.__ranScript = true; alert("head")</script></head>',
      '<body onload="window.__ranScript = true"><article><h1>Merkel meets Macron</h1>',
      '<p>Angela Merkel met Emmanuel Macron in Berlin on Monday.</p>',
      '<img src="x" onerror="window.__ranScript = true; alert(\'img\')">',
      '<a href="javascript:window.__ranScript = true">Click to share</a>',
      '<script>window.__ranScript = true</script></article></body></html>',
    ].join('\n');
    await workspace.drop(textFile('talks.html', page, 'text/html'));
    await expect(app.graph.node('Angela Merkel', 'Merkel')).toBeVisible();
    await expect(app.article.region).not.toContainText('Click to share');
    await expect(app.article.region).not.toContainText('__ranScript');
    expect(await app.page.evaluate(() => (window as { __ranScript?: boolean }).__ranScript)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});

test.describe('keeping work', () => {
  test('a reload brings back the same documents and graph', async ({ app }) => {
    const workspace = await openWorkspace(app);
    await workspace.paste(MERKEL);
    await expect(app.graph.node('Angela Merkel', 'Merkel')).toBeVisible();
    await workspace.paste(ERDOGAN, 'Add to the workspace');
    await expect(app.graph.node('Greece')).toBeVisible();
    // The article pane turns to the article just added; the picker turns it back.
    await expect(app.article.region).toContainText('Recep Tayyip Erdogan warned Greece');
    await workspace.documentPicker.selectOption({ label: '1. Merkel meets Macron in Berlin' });
    await expect(app.article.region).toContainText('Angela Merkel met Emmanuel Macron');
    const labels = await shownLabels(app);
    await app.page.waitForTimeout(200);

    await app.page.reload();
    await expect(app.graph.node('Greece')).toBeVisible({ timeout: 20_000 });
    await expectSameGraph(app, labels);
    await expect(workspace.documentPicker.locator('option')).toHaveText(['1. Merkel meets Macron in Berlin', '2. Erdogan warns Greece']);
  });

  test('an article is renamed and removed from the Open article menu, and that is kept after a reload', async ({ app }) => {
    const workspace = await openWorkspace(app);
    await workspace.paste(MERKEL);
    await expect(app.graph.node('Angela Merkel', 'Merkel')).toBeVisible();
    await workspace.paste(ERDOGAN, 'Add to the workspace');
    await expect(app.graph.node('Greece')).toBeVisible();

    await workspace.openButton.click();
    const title = workspace.panel.getByRole('textbox', { name: 'Title of article 1' });
    await title.fill('Berlin talks');
    await title.press('Enter');
    await expect(workspace.documentPicker.locator('option').first()).toHaveText('1. Berlin talks');

    await workspace.panel.getByRole('button', { name: 'Remove “Erdogan warns Greece”' }).click();
    await expect(app.graph.node('Greece')).toHaveCount(0);
    await expect(app.graph.node('Angela Merkel', 'Merkel')).toBeVisible();
    await expect(workspace.documentPicker).toHaveCount(0);

    await app.page.waitForTimeout(200);
    await app.page.reload();
    await expect(app.graph.node('Angela Merkel', 'Merkel')).toBeVisible({ timeout: 20_000 });
    await expect(app.page.getByRole('banner')).toContainText('Berlin talks');
    await expect(app.graph.node('Greece')).toHaveCount(0);
  });

  test('a write that fails is said, and what was saved before comes back after a reload', async ({ app }) => {
    const workspace = await openWorkspace(app);
    await workspace.paste(MERKEL);
    await expect(app.graph.node('Angela Merkel', 'Merkel')).toBeVisible();
    await app.page.waitForTimeout(200);
    // The storage is full from now on: every write to IndexedDB fails as a quota error does.
    await app.page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await workspace.paste(ERDOGAN);
    await expect(app.graph.node('Greece')).toBeVisible();
    await expect(workspace.problem(/^Could not save the workspace \(the browser’s storage is full\)\. What was saved before is kept/)).toBeVisible();

    await app.page.reload();
    await expect(app.graph.node('Angela Merkel', 'Merkel')).toBeVisible({ timeout: 20_000 });
    await expect(app.graph.node('Greece')).toHaveCount(0);
  });

  test('New workspace asks first; Cancel keeps everything, Discard leaves an empty workspace that stays empty', async ({ app }) => {
    const workspace = await openWorkspace(app);
    const seedLabels = await shownLabels(app);
    await workspace.openButton.click();
    await workspace.panel.getByRole('button', { name: 'New workspace…' }).click();
    await expect(workspace.newDialog).toContainText('This discards the article');
    await workspace.newDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(workspace.newDialog).toBeHidden();
    await expectSameGraph(app, seedLabels);

    await workspace.openButton.click();
    await workspace.panel.getByRole('button', { name: 'New workspace…' }).click();
    await workspace.newDialog.getByRole('button', { name: 'Discard and start new' }).click();
    await expect(app.graph.region).toContainText('This workspace is empty.');
    await app.page.waitForTimeout(200);
    await app.page.reload();
    await expect(app.graph.region).toContainText('This workspace is empty.', { timeout: 20_000 });
  });

  test('the paste dialog is axe clean', async ({ app }) => {
    const workspace = await openWorkspace(app);
    await workspace.openPasteDialog();
    expect(await seriousFindings(app.page)).toEqual([]);
  });
});
