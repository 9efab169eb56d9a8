import { test, expect, type ActorGraphApp } from './fixtures/fixtures.ts';
import { ActorEditor } from './fixtures/ActorEditor.ts';
import { seriousFindings } from './fixtures/axe.ts';

// Issue 6, correcting the machine: each edit shows at once in the graph and the details, undo and redo take it
// back and forth, and the corrections come back after a reload.

/** The node of an actor by its stable id, whatever its label has become. */
const nodeOf = (app: ActorGraphApp, actorId: string) => app.graph.region.locator(`svg [data-actor-id="${actorId}"]`);

async function select(app: ActorGraphApp, actorId: string): Promise<ActorEditor> {
  await app.graph.pick(nodeOf(app, actorId));
  return new ActorEditor(app.page);
}

test.describe('correcting the machine', () => {
  test.beforeEach(async ({ app }) => {
    await app.open();
  });

  test('a rename shows on the node and in the details, and undo and redo take it back and forth', async ({ app }) => {
    const editor = await select(app, 'kerry');
    await editor.rename('John Kerry (US)');
    await expect(nodeOf(app, 'kerry')).toHaveAttribute('aria-label', /^John Kerry \(US\), person,/);
    await expect(app.details.actorName).toHaveText('John Kerry (US)');

    await editor.undo.click();
    await expect(app.details.actorName).toHaveText('Kerry');
    await expect(nodeOf(app, 'kerry')).toHaveAttribute('aria-label', /^Kerry, person,/);
    await editor.redo.click();
    await expect(app.details.actorName).toHaveText('John Kerry (US)');
  });

  test('a type change redraws the node as the new type', async ({ app }) => {
    const editor = await select(app, 'journal');
    await editor.setType('Media');
    await expect(nodeOf(app, 'journal')).toHaveAttribute('aria-label', /, media,/);
    await editor.undo.click();
    await expect(nodeOf(app, 'journal')).toHaveAttribute('aria-label', /, organisation,/);
    await editor.redo.click();
    await expect(nodeOf(app, 'journal')).toHaveAttribute('aria-label', /, media,/);
  });

  test('a merge joins the two actors’ relations and the selection follows', async ({ app }) => {
    const editor = await select(app, 'pentagon');
    await expect(app.graph.link('united-states', 'journal')).toHaveCount(0);
    await editor.mergeInto('United States');
    await expect(nodeOf(app, 'pentagon')).toHaveCount(0);
    await expect(app.details.actorName).toHaveText('United States');
    // The Pentagon's word to the Journal is now the United States'.
    await expect(app.graph.link('united-states', 'journal')).toHaveCount(1);

    await editor.undo.click();
    await expect(nodeOf(app, 'pentagon')).toHaveCount(1);
    await expect(app.graph.link('united-states', 'journal')).toHaveCount(0);
    await editor.redo.click();
    await expect(nodeOf(app, 'pentagon')).toHaveCount(0);
  });

  test('a deleted relation takes its link with it', async ({ app }) => {
    const editor = await select(app, 'kerry');
    const link = app.graph.link('kerry', 'abdullah-bin-zayed');
    await expect(link).toHaveCount(1);
    await editor.deleteRelation('Abdullah bin Zayed').click();
    await expect(link).toHaveCount(0);
    await editor.undo.click();
    await expect(link).toHaveCount(1);
    await editor.redo.click();
    await expect(link).toHaveCount(0);
  });

  test('a deleted actor goes after a confirm step, and undo brings it back', async ({ app }) => {
    const editor = await select(app, 'afghanistan');
    await editor.deleteActor();
    await expect(nodeOf(app, 'afghanistan')).toHaveCount(0);
    await expect(app.details.emptyNote).toBeVisible();
    await editor.undo.click();
    await expect(nodeOf(app, 'afghanistan')).toHaveCount(1);
  });

  test('the corrections are kept across a reload', async ({ app }) => {
    const editor = await select(app, 'kerry');
    await editor.rename('John Kerry (US)');
    await editor.deleteRelation('Abdullah bin Zayed').click();
    await expect(app.graph.link('kerry', 'abdullah-bin-zayed')).toHaveCount(0);

    await app.page.reload();
    await expect(nodeOf(app, 'kerry')).toHaveAttribute('aria-label', /^John Kerry \(US\), person,/, { timeout: 20_000 });
    await expect(app.graph.link('kerry', 'abdullah-bin-zayed')).toHaveCount(0);
    await expect(editor.details.getByText('2 corrections')).toBeVisible();
  });

  test('no serious accessibility findings with the edit form open', async ({ app }) => {
    const editor = await select(app, 'kerry');
    await editor.open();
    await editor.deleteRelation('Abdullah bin Zayed').click();
    await expect(editor.nameField).toBeVisible();
    expect(await seriousFindings(app.page)).toEqual([]);
  });
});
