import { seriousFindings } from './fixtures/axe.ts';
import { SEED_TEXT, expect, test, type ActorGraphApp } from './fixtures/fixtures.ts';

// Path: pick two actors, read the shortest chain between them hop by hop with the article's own sentences,
// see it lit in the graph and spotlit in the article; plain words when there is none.

const ASSAD = ['Assad', 'Bashar al-Assad', 'Bashar Al Assad'];
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Kerry to Assad in the Path panel's pickers (which list every actor, shown or not). */
async function chooseKerryToAssad(app: ActorGraphApp): Promise<void> {
  await app.path.choose('from', 'Ker', 'Kerry', 'John Kerry');
  await app.path.choose('to', 'Assad', ...ASSAD);
}

/** The drawn graph's nodes and links marked as on the path. */
function onPath(app: ActorGraphApp) {
  const svg = app.graph.region.locator('svg');
  return { nodes: svg.locator('.ag-node[data-on-path="true"]'), links: svg.locator('[data-link-id][data-on-path="true"]') };
}

test.describe('a path between two actors', () => {
  test.beforeEach(async ({ app }) => {
    await app.open();
  });

  test('Kerry to Assad lists its hops with the article’s own sentences, lit in the graph and the article', async ({
    app,
  }) => {
    await chooseKerryToAssad(app);
    await expect(app.path.hops.first()).toBeVisible();
    await expect(app.path.summary).toHaveText(/^Kerry (reaches .*Assad in \d+ steps, through .+|and .*Assad are directly related)\.$/);

    const hops = await app.path.hops.count();
    expect(hops).toBeGreaterThan(0);
    await expect(app.path.hops.first().getByRole('button').first()).toHaveText('Kerry');
    await expect(app.path.hops.last().getByRole('button').last()).toHaveText(/Assad/);

    // Every quoted sentence is the article's own text, and each hop has one at least.
    const article = normalise(SEED_TEXT);
    const sentences = (await app.path.sentences.allTextContents()).map(normalise);
    expect(sentences.length).toBeGreaterThanOrEqual(hops);
    for (const sentence of sentences) expect(article).toContain(sentence);
    for (let hop = 0; hop < hops; hop++) await expect(app.path.hops.nth(hop).locator('.hop-evidence').first()).toBeVisible();

    // The graph lights the chain's actors and the link of every hop, ends included.
    const lit = onPath(app);
    await expect(lit.nodes).toHaveCount(hops + 1);
    await expect(lit.links).toHaveCount(hops);
    await expect(app.graph.node('Kerry', 'John Kerry')).toHaveAttribute('data-on-path', 'true');
    await expect(app.graph.node(...ASSAD)).toHaveAttribute('data-on-path', 'true');

    // The article spotlights those sentences (cut into pieces at each mention; joined they read whole).
    const spotlit = normalise(
      (await app.article.region.locator('[data-spotlight="path"]').allTextContents()).join(''),
    );
    for (const sentence of sentences) expect(spotlit).toContain(sentence);
  });

  test('Clear path takes every highlight away', async ({ app }) => {
    await chooseKerryToAssad(app);
    await expect(app.path.hops.first()).toBeVisible();
    await expect(onPath(app).nodes.first()).toBeAttached();
    await app.path.clear.click();
    await expect(app.path.hops).toHaveCount(0);
    await expect(onPath(app).nodes).toHaveCount(0);
    await expect(onPath(app).links).toHaveCount(0);
    await expect(app.article.region.locator('[data-spotlight]')).toHaveCount(0);
    await expect(app.path.from).toHaveValue('');
    await expect(app.path.to).toHaveValue('');
    await expect(app.path.summary).toHaveText('Pick two actors to see the shortest chain of relations between them.');
  });

  test('a pair the article never links says so plainly', async ({ app }) => {
    // Afghanistan is only named ("since the war in Afghanistan"), related to no one.
    await app.path.choose('from', 'Ker', 'Kerry', 'John Kerry');
    await app.path.choose('to', 'Afgh', 'Afghanistan');
    await expect(app.path.summary).toHaveText('The article links no chain of relations between Kerry and Afghanistan.');
    await expect(app.path.hops).toHaveCount(0);
    await expect(app.path.searchAll).toHaveCount(0);
    await expect(onPath(app).nodes).toHaveCount(0);
  });

  test('the same actor at both ends is named as such', async ({ app }) => {
    await app.path.choose('from', 'Ker', 'Kerry', 'John Kerry');
    await app.path.choose('to', 'Ker', 'Kerry', 'John Kerry');
    await expect(app.path.summary).toHaveText('Kerry is at both ends. Pick another actor for one of them.');
    await expect(app.path.hops).toHaveCount(0);
  });

  test('a chain the filters hide is offered on the whole graph with "Search all actors"', async ({ app }) => {
    // Kerry's neighbourhood leaves Assad out of view.
    await app.filter.choose('Ker', 'Kerry');
    await chooseKerryToAssad(app);
    await expect(app.path.summary).toHaveText(
      /^No path between Kerry and (.*Assad) among the actors shown\. \1 is not shown in the current view\.$/,
    );
    await expect(app.path.hops).toHaveCount(0);
    await expect(onPath(app).nodes).toHaveCount(0);

    await app.path.searchAll.click();
    await expect(app.path.summary).toBeFocused();
    await expect(app.path.hops.first()).toBeVisible();
    const { shown, total } = await app.graph.shown();
    expect(shown).toBe(total);
    await expect(onPath(app).nodes.first()).toBeAttached();
    // The hidden countries come back with the filter's own undo.
    await expect(app.filter.undo).toBeEnabled();
  });

  test('picks ends from an actor’s details, swaps them, and selects an actor from a hop', async ({ app }) => {
    await app.graph.pick(app.graph.node('Kerry', 'John Kerry'));
    await app.path.endButton('from').click();
    await expect(app.path.endButton('from')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.path.from).toHaveValue('Kerry');
    await expect(app.path.summary).toHaveText('Now pick the actor to reach from Kerry.');

    await app.graph.pick(app.graph.node(...ASSAD));
    await app.path.endButton('to').click();
    await expect(app.path.hops.first()).toBeVisible();
    await expect(app.path.to).toHaveValue(/Assad/);

    await app.path.swap.click();
    await expect(app.path.from).toHaveValue(/Assad/);
    await expect(app.path.to).toHaveValue('Kerry');
    await expect(app.path.hops.first().getByRole('button').first()).toHaveText(/Assad/);
    await expect(app.path.hops.last().getByRole('button').last()).toHaveText('Kerry');

    // The actor a hop reaches is selected by clicking its name.
    const second = app.path.hops.first().getByRole('button').last();
    const name = (await second.textContent()) ?? '';
    await second.click();
    await expect(app.details.actorName).toHaveText(name);
    await expect(app.graph.node(name)).toHaveAttribute('data-selected', 'true');
  });

  test('works from the keyboard: type, arrows, Enter; Escape closes the list first', async ({ app }) => {
    await app.path.from.focus();
    await app.page.keyboard.type('ker');
    await expect(app.path.options().first()).toHaveText(/^Kerry/);
    await app.page.keyboard.press('Enter');
    await expect(app.path.from).toHaveValue('Kerry');

    // ArrowUp opens the list of every actor on its last one, scrolled into the list's view.
    await app.path.to.focus();
    await app.page.keyboard.press('ArrowUp');
    await expect(app.path.to).toHaveAttribute('aria-expanded', 'true');
    const last = app.path.options().last();
    await expect(last).toHaveAttribute('aria-selected', 'true');
    await expect(last).toBeInViewport();
    await app.page.keyboard.press('Escape');
    await expect(app.path.to).toHaveAttribute('aria-expanded', 'false');
    await app.page.keyboard.type('assad');
    await app.page.keyboard.press('Enter');
    await expect(app.path.hops.first()).toBeVisible();
  });
});

test.describe('a path on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  test('is picked by touch and read without sideways scrolling', async ({ app }) => {
    await app.open();
    // On a phone the details pane, the Path panel atop it, is a sheet raised from the bar at the bottom.
    await app.phone.detailsToggle.tap();
    await app.path.from.tap();
    await app.path.from.fill('Ker');
    await app.path.options().filter({ hasText: /^Kerry/ }).first().tap();
    await app.path.to.tap();
    await app.path.to.fill('Assad');
    await app.path.options().filter({ hasText: /Assad/ }).first().tap();
    await expect(app.path.hops.first()).toBeVisible();
    await expect(onPath(app).nodes.first()).toBeAttached();
    expect(await app.phone.sidewaysOverflow()).toBeLessThanOrEqual(0);
  });
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`the path panel in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    // axe over the whole page, the article's many spotlit pieces included, takes 10–20 s on a busy machine.
    test.slow();

    test('has no serious or critical axe finding with a path shown and a picker open', async ({ app }) => {
      await app.open();
      await chooseKerryToAssad(app);
    await expect(app.path.hops.first()).toBeVisible();
      await expect(app.article.region.locator('[data-spotlight="path"]').first()).toBeVisible();
      await app.path.from.focus();
      await app.page.keyboard.press('ArrowDown');
      await expect(app.path.options().first()).toBeVisible();
      expect(await seriousFindings(app.page)).toEqual([]);
    });

    test('has none with the "no path among those shown" answer and its button', async ({ app }) => {
      await app.open();
      await app.filter.choose('Ker', 'Kerry');
      await chooseKerryToAssad(app);
      await expect(app.path.searchAll).toBeVisible();
      expect(await seriousFindings(app.page)).toEqual([]);
    });
  });
}
