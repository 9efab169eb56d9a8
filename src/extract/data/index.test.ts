import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES } from '../types.ts';
import { keyFactsOf, loadLexicon, portfolioWordsOf } from './index.ts';
import gazetteer from './gazetteer.json';
import countryAliases from './countryAliases.json';
import titles from './titles.json';
import words from './words.json';
import relations from './relations.json';

describe('loadLexicon', () => {
  const lexicon = loadLexicon();
  const hit = (name: string) => {
    const h = lexicon.gazetteer.get(name.toLowerCase().replace(/\./g, ''));
    return h && `${h.actor.id}/${h.form}`;
  };

  it('reads countries, demonyms, capitals and short forms from world-countries plus the alias file', () => {
    expect(hit('Russia')).toBe('russia/name');
    expect(hit('Moscow')).toBe('russia/seat');
    expect(hit('Kremlin')).toBe('russia/name');
    expect(hit('U.S.')).toBe('united-states/name');
    expect(hit('Brazilian')).toBe('brazil/adjective');
    expect(hit('Turkish')).toBe('turkey/name');
  });

  it('keeps curated bodies apart from their countries', () => {
    expect(hit('Pentagon')).toBe('pentagon/name');
    expect(hit('Department of Defense')).toBe('pentagon/name');
    expect(hit('ISIL')).toBe('islamic-state/name');
    expect(lexicon.gazetteer.get('home office')?.actor.type).toBe('organization');
  });

  it('does not read a capital that is also a given name as its country', () => {
    expect(lexicon.gazetteer.get('victoria')).toBeUndefined();
  });

  it('answers what it says of a word key in one record, the same record for the same key', () => {
    expect(keyFactsOf('john')).toMatchObject({ firstName: true, orgHead: false, title: false, gazetteerWords: 0 });
    expect(keyFactsOf('inc')).toMatchObject({ orgHead: true, corporateSuffix: true });
    expect(keyFactsOf('minister')).toMatchObject({ title: true, portfolioTitle: true });
    expect(keyFactsOf('former')).toMatchObject({ titleModifier: true, headlessModifier: true });
    // "United" opens known names of up to eight words ("United Nations …"), "Ministry" three.
    expect(keyFactsOf('united').gazetteerWords).toBe(Math.max(...[...lexicon.gazetteer.keys()].filter((k) => k.startsWith('united ')).map((k) => k.split(' ').length)));
    expect(keyFactsOf('ministry')).toBe(keyFactsOf('ministry'));
  });

  it('reads the portfolio a title phrase names, once per phrase', () => {
    expect(portfolioWordsOf('research minister')).toEqual(['research']);
    expect(portfolioWordsOf('climate secretary')).toEqual(['climate']);
    expect(portfolioWordsOf('minister')).toEqual([]);
    expect(portfolioWordsOf('')).toEqual([]);
    expect(portfolioWordsOf('foreign minister')).toBe(portfolioWordsOf('foreign minister'));
  });

  it('maps every lexicon entry onto the graph vocabulary', () => {
    for (const type of [...lexicon.verbs.values(), ...lexicon.nouns.values()]) expect(lexicon.relationSenses.has(type)).toBe(true);
    for (const entry of gazetteer.entries) expect(ACTOR_TYPES).toContain(entry.type);
  });

  it('says where every data file comes from', () => {
    for (const file of [gazetteer, countryAliases, titles, words, relations]) expect(file._source.length).toBeGreaterThan(20);
  });
});
