import { ActorEditor } from './fixtures/ActorEditor.ts';
import { ExportMenu } from './fixtures/ExportMenu.ts';
import { test, expect, type ActorGraphApp } from './fixtures/fixtures.ts';
import { textFile, Workspace } from './fixtures/Workspace.ts';

// Issue 6, keeping work: the actorgraph/1 JSON export is a lossless round trip. Corrections made, exported, then
// the file opened again (which replaces the workspace) gives the same graph on screen and, exported once more,
// the same file byte for byte; kept across a reload like any workspace.

const nodeOf = (app: ActorGraphApp, actorId: string) => app.graph.region.locator(`svg [data-actor-id="${actorId}"]`);

test('what was exported as JSON, opened again, is the same workspace and exports the same file', async ({ app }) => {
  test.slow(); // two exports, an import and a reload
  await app.open();
  const exporter = new ExportMenu(app.page);
  const workspace = new Workspace(app.page);

  // Corrections first, so the file holds more than a fresh reading: a rename and a hidden actor.
  await app.graph.pick(nodeOf(app, 'kerry'));
  const editor = new ActorEditor(app.page);
  await editor.rename('John Kerry (US)');
  await expect(nodeOf(app, 'kerry')).toHaveAttribute('aria-label', /^John Kerry \(US\), person,/);
  await app.graph.pick(nodeOf(app, 'journal'));
  await editor.hide();
  await expect(nodeOf(app, 'journal')).toHaveCount(0);
  const labelsBefore = (await app.graph.labels()).sort();

  const first = await exporter.save('Graph data (JSON)');
  const exported = JSON.parse(first.body.toString('utf8'));
  expect(exported.actors.find((actor: { id: string }) => actor.id === 'journal')?.hidden).toBe(true);

  // A different workspace in between, so the import visibly replaces it.
  await workspace.paste('Merkel meets Macron in Berlin\n\nAngela Merkel met Emmanuel Macron in Berlin on Monday.');
  await expect(app.graph.node('Angela Merkel', 'Merkel')).toBeVisible();

  await workspace.openFiles(textFile(first.name, first.body.toString('utf8'), 'application/json'));
  await expect(nodeOf(app, 'kerry')).toHaveAttribute('aria-label', /^John Kerry \(US\), person,/);
  await expect(app.graph.node('Angela Merkel', 'Merkel')).toHaveCount(0);
  expect((await app.graph.labels()).sort()).toEqual(labelsBefore);
  await expect(nodeOf(app, 'journal')).toHaveCount(0);

  const second = await exporter.save('Graph data (JSON)');
  expect(second.body.toString('utf8')).toBe(first.body.toString('utf8'));

  await app.page.reload();
  await expect(nodeOf(app, 'kerry')).toHaveAttribute('aria-label', /^John Kerry \(US\), person,/);
  expect((await app.graph.labels()).sort()).toEqual(labelsBefore);
});
