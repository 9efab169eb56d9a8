import { describe, expect, it } from 'vitest';
import { fileNameFor, MAX_SLUG_LENGTH, titleSlug } from './fileName.ts';

describe('fileNameFor', () => {
  it("names the file after the seed article's headline", () => {
    expect(fileNameFor('United States and Russian militaries launch talks on Syria', 'svg')).toBe(
      'united-states-and-russian-militaries-launch-talks-on-syria.svg',
    );
    expect(fileNameFor('United States and Russian militaries launch talks on Syria', '.PNG')).toBe(
      'united-states-and-russian-militaries-launch-talks-on-syria.png',
    );
  });

  it('spells accented and special Latin letters in ASCII and keeps possessives one word', () => {
    expect(titleSlug('Erdoğan’s envoy meets Lavrov in Moscow')).toBe('erdogans-envoy-meets-lavrov-in-moscow');
    expect(titleSlug('Straße to Łódź: Søren & the Œuvre')).toBe('strasse-to-lodz-soren-and-the-oeuvre');
    expect(titleSlug('  "Assad must go," says U.S. — 2015  ')).toBe('assad-must-go-says-u-s-2015');
  });

  it('falls back to "actorgraph" when the title has no Latin letter or digit', () => {
    expect(fileNameFor('', 'json')).toBe('actorgraph.json');
    expect(fileNameFor('   ', 'json')).toBe('actorgraph.json');
    expect(fileNameFor('Путин встретился с Асадом', 'svg')).toBe('actorgraph.svg');
    expect(fileNameFor('普京与阿萨德会面', 'png')).toBe('actorgraph.png');
    // Latin words among other scripts still name it.
    expect(fileNameFor('Путин и NATO', 'svg')).toBe('nato.svg');
  });

  it('cuts a long title at a word boundary within the limit', () => {
    const title =
      'Russia’s foreign ministry offered to hold such talks earlier this week and denied not wanting to discuss their military presence in Syria in the past';
    const slug = titleSlug(title);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('russias-foreign-ministry-offered-to-hold-such-talks-earlier-this-week-and-denied');
    expect(titleSlug('x'.repeat(200))).toHaveLength(MAX_SLUG_LENGTH);
  });
});
