import { expect, test } from './fixtures/fixtures.ts';

// The seed article's actors, each with the spellings the canonical label may reasonably take.
const EXPECTED_ACTORS: string[][] = [
  ['Kerry', 'John Kerry'],
  ['Shoygu', 'Sergei Shoygu'],
  ['Assad', 'Bashar al-Assad', 'Bashar Al Assad', 'Bashar al Assad'],
  ['ISIS', 'Islamic State', 'ISIL'],
  ['Russia'],
  ['United States', 'USA', 'US'],
  ['Pentagon'],
  ['Putin', 'Vladimir Putin'],
  ['Turkey'],
  ['Nusra Front', 'al-Nusra Front', 'Al-Nusra Front'],
  ['al-Qaeda', 'al Qaeda', 'Al-Qaeda', 'Al Qaeda'],
  ['Abdullah bin Zayed', 'Abdullah bin Zayed Al Nahyan'],
  ['Peter Cook'],
];

// Words the text capitalises that are not actors: a plane, an abbreviation cut short, a mis-joined name.
const NOT_ACTORS = ['Condor', 'Maj', 'Journal Shoygu'];

test.describe('the graph of the seed article', () => {
  test('draws every actor the article names', async ({ app }) => {
    await app.open();
    // Soft, so one run reports every missing actor rather than the first.
    for (const spellings of EXPECTED_ACTORS) {
      await expect.soft(app.graph.node(...spellings), `a node for ${spellings[0]}`).toHaveCount(1);
    }
  });

  test('draws no node for words that are not actors', async ({ app }) => {
    await app.open();
    const labels = await app.graph.labels();
    for (const word of NOT_ACTORS) expect(labels).not.toContain(word);
  });

  test('has a legend naming the actor types drawn and the link styles', async ({ app }) => {
    await app.open();
    for (const name of ['Person', 'Country', 'Cooperative', 'Conflictual', 'Neutral']) {
      await expect(app.graph.legend.getByText(name, { exact: true })).toBeVisible();
    }
  });
});
