import { test, expect, type ActorGraphApp } from './fixtures/fixtures.ts';
import { ActorEditor } from './fixtures/ActorEditor.ts';
import { ExportMenu } from './fixtures/ExportMenu.ts';
import { seriousFindings } from './fixtures/axe.ts';

// Issue 6, correcting the machine, the rest: split an alias, hide and show back, add a relation with its
// sentence, change a relation's type and polarity. Each is undone and redone with the buttons and with the keys
// (which take back the most recent change, a filter's or a correction's), and kept across a reload.

const nodeOf = (app: ActorGraphApp, actorId: string) => app.graph.region.locator(`svg [data-actor-id="${actorId}"]`);

async function select(app: ActorGraphApp, actorId: string): Promise<ActorEditor> {
  await app.graph.pick(nodeOf(app, actorId));
  return new ActorEditor(app.page);
}

/** Ctrl+Z, Shift+Ctrl+Z and Ctrl+Y pressed with the focus in no field (nothing focused). */
async function pressUndoKey(app: ActorGraphApp, chord: 'Control+z' | 'Control+Shift+z' | 'Control+y'): Promise<void> {
  await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await app.page.keyboard.press(chord);
}

const RUSSIA_UKRAINE_SENTENCE = 'High-level military talks with Moscow were severed by the Pentagon in 2014';

test.describe('correcting the machine, continued', () => {
  test.beforeEach(async ({ app }) => {
    await app.open();
  });

  test('an alias split off becomes an actor of its own, with the mentions written that way', async ({ app }) => {
    const editor = await select(app, 'united-states');
    await expect(nodeOf(app, 'washington')).toHaveCount(0);
    await editor.splitOff('Washington');
    await expect(nodeOf(app, 'washington')).toHaveCount(1);
    await expect(nodeOf(app, 'washington')).toHaveAttribute('aria-label', /^Washington, country,/);
    // The selection stays with the actor split from, which no longer has the alias.
    await expect(app.details.actorName).toHaveText('United States');
    await expect(editor.details.getByRole('button', { name: 'Split off “Washington”' })).toHaveCount(0);
    // The keyboard stays in the fold: on the next alias's Split off, or Hide actor when none is left.
    await expect(editor.details.locator('.edit-controls button:focus')).toHaveAccessibleName(/^(Split off “.+”|Hide actor)$/);

    await editor.undo.click();
    await expect(nodeOf(app, 'washington')).toHaveCount(0);
    await editor.redo.click();
    await expect(nodeOf(app, 'washington')).toHaveCount(1);
    await pressUndoKey(app, 'Control+z');
    await expect(nodeOf(app, 'washington')).toHaveCount(0);
    await pressUndoKey(app, 'Control+Shift+z');
    await expect(nodeOf(app, 'washington')).toHaveCount(1);
  });

  test('a hidden actor leaves the graph and the filter’s suggestions, and "Show" brings it back', async ({ app }) => {
    const editor = await select(app, 'afghanistan');
    await editor.hide();
    await expect(nodeOf(app, 'afghanistan')).toHaveCount(0);
    await expect(app.details.emptyNote).toBeVisible();
    await expect(editor.hiddenActors).toHaveText('1 hidden actor');
    // The details closed with the selection: the keyboard is on the way back.
    await expect(editor.hiddenActors).toBeFocused();
    await app.filter.input.fill('Afghan');
    await expect(app.filter.options).toHaveCount(0);
    await app.filter.input.fill('');

    await editor.showHidden('Afghanistan');
    await expect(nodeOf(app, 'afghanistan')).toHaveCount(1);
    await expect(editor.hiddenActors).toHaveCount(0);
    // Show is an edit like any other: undo hides it again, redo shows it.
    await editor.undo.click();
    await expect(nodeOf(app, 'afghanistan')).toHaveCount(0);
    await pressUndoKey(app, 'Control+z');
    await expect(nodeOf(app, 'afghanistan')).toHaveCount(1);
    await pressUndoKey(app, 'Control+y');
    await expect(nodeOf(app, 'afghanistan')).toHaveCount(0);
    await editor.redo.click();
    await expect(nodeOf(app, 'afghanistan')).toHaveCount(1);
  });

  test('a hidden actor leaves the table but stays in the exported document, marked hidden', async ({ app }) => {
    const editor = await select(app, 'afghanistan');
    await editor.hide();
    await app.table.tableTab.click();
    await expect(app.table.rowButton('Actors', 'Russia')).toBeVisible();
    await expect(app.table.rowButton('Actors', 'Afghanistan')).toHaveCount(0);
    await app.table.graphTab.click();

    const saved = await new ExportMenu(app.page).save('Graph data (JSON)');
    const graph = JSON.parse(saved.body.toString('utf8')) as { actors: Array<{ id: string; hidden?: boolean }> };
    expect(graph.actors.find((actor) => actor.id === 'afghanistan')).toMatchObject({ hidden: true });
    expect(graph.actors.filter((actor) => actor.hidden === true)).toHaveLength(1);
  });

  test('an added relation draws its link, and the details list it with its sentence', async ({ app }) => {
    const editor = await select(app, 'ukraine');
    const link = app.graph.link('russia', 'ukraine');
    await expect(link).toHaveCount(0);
    await editor.addRelation({ typed: 'Russ', label: 'Russia' }, 'attack', 'Russia → Ukraine', RUSSIA_UKRAINE_SENTENCE);
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute('data-polarity', 'conflictual');
    const item = editor.relation('Russia');
    await expect(item).toContainText('attack');
    await expect(item.locator('blockquote')).toHaveText(new RegExp(`^${RUSSIA_UKRAINE_SENTENCE}`));
    await expect(editor.addRelationForm).toHaveCount(0);

    await editor.undo.click();
    await expect(link).toHaveCount(0);
    await editor.redo.click();
    await expect(link).toHaveCount(1);
    await pressUndoKey(app, 'Control+z');
    await expect(link).toHaveCount(0);
    await pressUndoKey(app, 'Control+Shift+z');
    await expect(link).toHaveCount(1);
  });

  test('the sentences naming both actors come first in Add relation…', async ({ app }) => {
    const editor = await select(app, 'ukraine');
    await editor.addRelationButton.click();
    const form = editor.addRelationForm;
    await form.getByRole('combobox', { name: 'Other actor' }).fill('Crim');
    await form.getByRole('option', { name: /^Crimea/ }).click();
    await expect(form.getByRole('radio').first()).toHaveAccessibleName(/^Names both High-level military talks with Moscow/);
    await form.getByRole('searchbox', { name: 'Find a sentence' }).fill('drones');
    await expect(form.getByRole('radio')).toHaveCount(1);
    await expect(form.getByRole('radio')).toHaveAccessibleName(/^Names neither Kerry had previously warned/);
    await expect(form.getByRole('button', { name: 'Add relation', exact: true })).toBeDisabled();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toHaveCount(0);
    await expect(editor.addRelationButton).toBeFocused();
  });

  test('a relation’s type and polarity change the link’s style, undone and redone', async ({ app }) => {
    const editor = await select(app, 'kerry');
    const link = app.graph.link('kerry', 'abdullah-bin-zayed');
    await expect(link).toHaveAttribute('data-polarity', 'cooperative');
    const item = await editor.editRelation('Abdullah bin Zayed');
    // A type brings its usual polarity.
    await item.getByRole('combobox', { name: 'Relation type' }).selectOption('oppose');
    await expect(link).toHaveAttribute('data-polarity', 'conflictual');
    await expect(item).toContainText('oppose');
    await item.getByRole('combobox', { name: 'Polarity' }).selectOption({ label: 'Neutral' });
    await expect(link).toHaveAttribute('data-polarity', 'neutral');

    await editor.undo.click();
    await expect(link).toHaveAttribute('data-polarity', 'conflictual');
    await pressUndoKey(app, 'Control+z');
    await expect(link).toHaveAttribute('data-polarity', 'cooperative');
    await expect(item).toContainText('meet');
    await pressUndoKey(app, 'Control+Shift+z');
    await expect(link).toHaveAttribute('data-polarity', 'conflictual');
    await editor.redo.click();
    await expect(link).toHaveAttribute('data-polarity', 'neutral');
  });

  test('Ctrl+Z takes back the most recent change, a filter’s or a correction’s, and never while typing', async ({ app }) => {
    const editor = await select(app, 'afghanistan');
    await editor.hide();
    await app.filter.choose('Kerr', 'Kerry');
    await expect(app.filter.chips).toHaveCount(1);
    // Typing in a field: the key is the field's own.
    await app.filter.input.focus();
    await app.page.keyboard.press('Control+z');
    await expect(app.filter.chips).toHaveCount(1);
    await pressUndoKey(app, 'Control+z');
    await expect(app.filter.chips).toHaveCount(0);
    await expect(editor.hiddenActors).toHaveText('1 hidden actor');
    await pressUndoKey(app, 'Control+z');
    await expect(editor.hiddenActors).toHaveCount(0);
    await pressUndoKey(app, 'Control+Shift+z');
    await expect(editor.hiddenActors).toHaveText('1 hidden actor');
    await expect(app.filter.chips).toHaveCount(0);
    await pressUndoKey(app, 'Control+Shift+z');
    await expect(app.filter.chips).toHaveCount(1);
  });

  test('split, hide, added relation and retyped relation are kept across a reload', async ({ app }) => {
    test.slow();
    let editor = await select(app, 'united-states');
    await editor.splitOff('Washington');
    editor = await select(app, 'afghanistan');
    await editor.hide();
    editor = await select(app, 'ukraine');
    await editor.addRelation({ typed: 'Russ', label: 'Russia' }, 'attack', 'Russia → Ukraine', RUSSIA_UKRAINE_SENTENCE);
    editor = await select(app, 'kerry');
    const item = await editor.editRelation('Abdullah bin Zayed');
    await item.getByRole('combobox', { name: 'Relation type' }).selectOption('oppose');
    await expect(app.graph.link('kerry', 'abdullah-bin-zayed')).toHaveAttribute('data-polarity', 'conflictual');

    await app.page.reload();
    await expect(nodeOf(app, 'washington')).toHaveCount(1, { timeout: 20_000 });
    await expect(nodeOf(app, 'afghanistan')).toHaveCount(0);
    await expect(app.graph.link('russia', 'ukraine')).toHaveAttribute('data-polarity', 'conflictual');
    await expect(app.graph.link('kerry', 'abdullah-bin-zayed')).toHaveAttribute('data-polarity', 'conflictual');
    await expect(editor.details.getByText('4 corrections')).toBeVisible();
    await expect(editor.hiddenActors).toHaveText('1 hidden actor');
  });

  test('no serious accessibility findings with each new form open', async ({ app }) => {
    test.slow();
    const hider = await select(app, 'afghanistan');
    await hider.hide();
    const editor = await select(app, 'united-states');
    await editor.open();
    await expect(editor.details.getByRole('button', { name: 'Split off “Washington”' })).toBeVisible();
    await hider.hiddenActors.click();
    await expect(editor.details.getByRole('list', { name: 'Hidden actors' })).toBeVisible();
    expect(await seriousFindings(app.page)).toEqual([]);

    const item = await editor.editRelation('Russia');
    await expect(item.getByRole('combobox', { name: 'Polarity' })).toBeVisible();
    expect(await seriousFindings(app.page)).toEqual([]);

    await editor.addRelationButton.click();
    await editor.addRelationForm.getByRole('combobox', { name: 'Other actor' }).fill('Ukr');
    await editor.addRelationForm.getByRole('option', { name: /^Ukraine/ }).click();
    await expect(editor.addRelationForm.getByRole('radio').first()).toBeVisible();
    expect(await seriousFindings(app.page)).toEqual([]);
  });
});
