import { describe, expect, it } from 'vitest';
import { loadLexicon } from './data/index.ts';
import { findMentions } from './mentions.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

function mentionsIn(text: string) {
  const lexicon = loadLexicon();
  const found = findMentions(text, splitSentences(tokenize(text), lexicon.abbreviations), lexicon);
  return {
    surfaces: found.mentions.map((m) => m.surface),
    memberships: found.memberships.map((m) => `${m.member.surface} ∈ ${m.of.surface}`),
    all: found.mentions,
  };
}

describe('findMentions', () => {
  it('keeps name particles and connectors inside one name', () => {
    expect(mentionsIn('Mohammed bin Salman hosted the International Committee of the Red Cross.').surfaces).toEqual([
      'Mohammed bin Salman',
      'International Committee of the Red Cross',
    ]);
  });

  it('reads an unknown capitalised word before a cabinet title as its portfolio, not as an organisation', () => {
    const found = mentionsIn('Fisheries Minister Ewa Nowak met Veterans Affairs Secretary Tom Reyes in Gdansk.');
    expect(found.surfaces).toEqual(['Ewa Nowak', 'Tom Reyes', 'Gdansk']);
    expect(found.all.map((m) => m.titled)).toEqual([true, true, false]);
  });

  it('keeps names whose inner words look like possessives or joins: plural possessives, a name ending in \'s, a second portfolio', () => {
    expect(mentionsIn("The Florida Nurses' Retirement Fund said Fitch's rating was wrong.").surfaces).toEqual([
      "Florida Nurses' Retirement Fund",
      'Fitch',
    ]);
    expect(mentionsIn("Analysts said Sotheby's was sold to the Ministry of Culture and Tourism.").surfaces).toEqual([
      "Sotheby's",
      'Ministry of Culture and Tourism',
    ]);
    expect(mentionsIn('The Department of Fisheries and Nomura agreed.').surfaces).toEqual(['Department of Fisheries', 'Nomura']);
  });

  it('reads a qualifier before a known one-word party as a different party, and "Friends of …" as one body', () => {
    expect(mentionsIn('The Christian Democrats and Friends of the Wadden Sea met Scottish Labour.').surfaces).toEqual([
      'Christian Democrats',
      'Friends of the Wadden Sea',
      'Scottish Labour',
    ]);
  });

  it('keeps a name particle such as the Tuareg "Ag" inside a person\'s name, not as a company suffix', () => {
    const found = mentionsIn('The spokesman, Moussa Ag Assarid, said the talks had failed.');
    expect(found.surfaces).toEqual(['Moussa Ag Assarid']);
    expect(found.all[0]?.organisationWord).toBe(false);
  });

  it('drops a headline\'s opening common noun that the article writes in lower case elsewhere', () => {
    const found = mentionsIn('Sprinter Okafor cleared of doping\n\nNigerian sprinter Grace Okafor was cleared on Monday.');
    expect(found.surfaces).toEqual(['Okafor', 'Nigerian', 'Grace Okafor']);
  });

  it('keeps "People\'s" inside a body\'s name, and a country\'s possessive outside it', () => {
    expect(mentionsIn("China's People's Liberation Army and the Tigray People’s Liberation Front met.").surfaces).toEqual([
      'China',
      "People's Liberation Army",
      'Tigray People’s Liberation Front',
    ]);
  });

  it('keeps "the United States and Japan" as two names', () => {
    const { surfaces } = mentionsIn('Officials said talks between the United States and Japan resumed.');
    expect(surfaces).toEqual(['United States', 'Japan']);
  });

  it('strips titles and reads the membership they state', () => {
    const found = mentionsIn('Nigerian Foreign Minister Yusuf Tuggar met NATO spokesperson Oana Lungescu.');
    expect(found.surfaces).toEqual(['Nigerian', 'Yusuf Tuggar', 'NATO', 'Oana Lungescu']);
    expect(found.memberships).toEqual(['Yusuf Tuggar ∈ Nigerian', 'Oana Lungescu ∈ NATO']);
  });

  it('reads "Title of the Body Name" and a possessive owner of a leading title', () => {
    const found = mentionsIn("Director of the National Gallery Gabriele Finaldi spoke. The Greens' Deputy Leader Zack Polanski agreed.");
    expect(found.surfaces).toContain('National Gallery');
    expect(found.surfaces).toContain('Gabriele Finaldi');
    expect(found.memberships).toContain('Gabriele Finaldi ∈ National Gallery');
    expect(found.memberships).toContain('Zack Polanski ∈ Greens');
  });

  it('never makes a title abbreviation or a month a name', () => {
    const found = mentionsIn('A Defense Ministry spokesman, Maj. said in March that Gen. Ivanov would return.');
    expect(found.surfaces).not.toContain('Maj');
    expect(found.surfaces).not.toContain('March');
    expect(found.surfaces).toContain('Ivanov');
  });

  it('splits hyphen compounds and remembers the suffix', () => {
    const found = mentionsIn('The Hamas-linked charity and the US-led mission both denied it.');
    const hamas = found.all.find((m) => m.surface === 'Hamas');
    expect(hamas?.hyphenSuffix).toBe('linked');
    expect(found.all.find((m) => m.surface === 'US')?.known?.actor.id).toBe('united-states');
  });

  it('drops a capitalised word that only opens a compound adjective', () => {
    expect(mentionsIn('High-level envoys arrived.').surfaces).toEqual([]);
  });

  it('marks possessives, with a curly apostrophe too', () => {
    const found = mentionsIn('Kenya’s parliament and Chile\'s senate voted.');
    expect(found.all.filter((m) => m.possessive).map((m) => m.surface)).toEqual(['Kenya', 'Chile']);
  });

  it('splits a country from a known body named after it', () => {
    expect(mentionsIn('The United Kingdom Home Office replied.').memberships).toEqual(['Home Office ∈ United Kingdom']);
  });

  it('gives offsets whose slice is the surface form', () => {
    const text = 'After talks, “Egypt’s President Abdel Fattah al-Sisi” thanked Qatar.';
    for (const m of mentionsIn(text).all) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(mentionsIn(text).surfaces).toContain('Abdel Fattah al-Sisi');
  });
});
