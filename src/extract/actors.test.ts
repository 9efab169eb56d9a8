import { describe, expect, it } from 'vitest';
import { documentFromText, extractGraph } from './index.ts';

const actorsOf = (text: string) => extractGraph([documentFromText('d1', text)]).actors;
const byLabel = (text: string) => new Map(actorsOf(text).map((a) => [a.label, a]));

describe('actors: typing and alias merge', () => {
  it('types countries, bodies, armed groups, media and people from data and cues', () => {
    const actors = byLabel(
      'Kenyan President William Ruto met the Taliban envoy in Doha. Reuters reported that the Justice Department and the Refugee Action Council objected.',
    );
    expect(actors.get('Kenya')?.type).toBe('country');
    expect(actors.get('William Ruto')?.type).toBe('person');
    expect(actors.get('Taliban')?.type).toBe('armed-group');
    expect(actors.get('Reuters')?.type).toBe('media');
    expect(actors.get('Justice Department')?.type).toBe('organization');
    expect(actors.get('Refugee Action Council')?.type).toBe('organization');
  });

  it('knows given names from the name registers, so an untitled stranger is a person who keeps their surname', () => {
    const actors = byLabel('Norwegian skier Henrik Dahl lost his appeal on Friday. Dahl said he would retire.');
    expect(actors.get('Henrik Dahl')?.type).toBe('person');
    expect(actors.get('Henrik Dahl')?.aliases).toContain('Dahl');
  });

  it('does not read a register name that is also a company or a country as a given name', () => {
    const actors = byLabel('Greta Lind, a spokeswoman for Meta, said Jordan would host the talks.');
    expect(actors.get('Meta')?.type).toBe('organization');
    expect(actors.get('Jordan')?.type).toBe('country');
  });

  it('reads a wire dateline city as where the story was filed, not as its government', () => {
    const actors = actorsOf('Rail strike spreads\n\nMADRID, May 3 (AP) — Spain said the unions had rejected its offer. Madrid wants a deal.');
    const spain = actors.find((a) => a.id === 'spain');
    expect(spain?.aliases).toContain('Madrid');
    expect(spain?.aliases).not.toContain('MADRID');
  });

  it('merges an organisation named without its suffixes or head nouns into its full name', () => {
    const actors = byLabel(
      'Brekke Energy ASA said Team Falcon had signed a sponsor. Brekke Energy denied a report that Brekke would sell. Falcon declined to comment.',
    );
    expect(actors.get('Brekke Energy ASA')?.aliases).toEqual(['Brekke Energy', 'Brekke']);
    expect(actors.get('Team Falcon')?.aliases).toEqual(['Falcon']);
  });

  it('does not merge a person into a company that bears their name', () => {
    const actors = byLabel('Ford Motor Company hired Jane Ford. Ms Ford said she was pleased.');
    expect(actors.get('Ford Motor Company')?.aliases ?? []).not.toContain('Ford');
  });

  it('merges a bracketed short form into the name before it, whatever its initials', () => {
    const actors = byLabel('Critics accused the Federal Ministry of Economics and Technology (BMWT) of delays. BMWT rejected that.');
    expect(actors.get('Federal Ministry of Economics and Technology')?.aliases).toContain('BMWT');
    expect(actors.has('BMWT')).toBe(false);
  });

  it('merges a one-word short form into the one incorporated name it opens, and reads "CITY (AP) —" as a dateline', () => {
    const actors = actorsOf('Court rules on ferry deal\n\nATHENS (AP) — Greece fined Aegean Link Lines SA. Aegean said it would appeal.');
    expect(actors.find((a) => a.label === 'Aegean Link Lines SA')?.aliases).toContain('Aegean');
    expect(actors.find((a) => a.id === 'greece')?.aliases ?? []).not.toContain('ATHENS');
  });

  it('reads a dateline city that the data ties to a government ("THE HAGUE,") as a place, and a national body\'s of/for phrase as its name', () => {
    const actors = actorsOf('Court rules on flights\n\nTHE HAGUE, Nov 3 (Reuters) - The case was brought by the Dutch Council for Refugees.');
    expect(actors.find((a) => a.id === 'netherlands')?.aliases ?? []).not.toContain('THE HAGUE');
    expect(actors.map((a) => a.label)).toContain('Dutch Council for Refugees');
  });

  it('merges a surname into the one full name that ends with it, and names the node by the full name', () => {
    const actors = byLabel('Chancellor Olaf Scholz flew to Paris. Scholz said the talks went well.');
    expect(actors.get('Olaf Scholz')?.aliases).toContain('Scholz');
    expect(actors.get('Olaf Scholz')?.id).toBe('olaf-scholz');
    expect(actors.has('Scholz')).toBe(false);
  });

  it('keeps two people who share a surname apart, and does not guess which one a bare surname is', () => {
    const actors = byLabel('Ed Miliband praised David Miliband. Miliband said nothing.');
    expect(actors.has('Ed Miliband')).toBe(true);
    expect(actors.has('David Miliband')).toBe(true);
    expect(actors.get('Ed Miliband')?.aliases).not.toContain('Miliband');
    expect(actors.get('David Miliband')?.aliases).not.toContain('Miliband');
  });

  it('reads a capital after "in" as the city where something happened, not its government', () => {
    const actors = byLabel('Diplomats met in Nairobi on Monday. Nairobi later accused Kampala of stalling the talks.');
    expect(actors.get('Kenya')?.aliases).toContain('Nairobi');
    expect(actors.get('Kenya')?.mentions).toHaveLength(1);
    expect(actors.get('Uganda')?.aliases).toContain('Kampala');
  });

  it('reads a nationality before a group noun as that group, not the state', () => {
    const graph = extractGraph([
      documentFromText('d1', 'Clashes resume\n\nLibyan rebels attacked Egyptian troops. Kurdish forces fought the Taliban. Chadian protesters accused N\'Djamena of fraud.'),
    ]);
    const byName = new Map(graph.actors.map((a) => [a.label, a]));
    expect(byName.get('Libyan rebels')?.type).toBe('armed-group');
    expect(byName.get('Kurdish forces')?.type).toBe('armed-group');
    expect(byName.get('Chadian protesters')?.type).toBe('organization');
    // A country's own troops are its military: the attack is on Egypt.
    const attack = graph.relations.find((r) => r.type === 'attack' && r.source === byName.get('Libyan rebels')?.id);
    expect(attack?.target).toBe('egypt');
    expect(byName.has('Libya')).toBe(false);
  });

  it('merges demonyms, capitals, seats of government and short forms into the country', () => {
    const actors = byLabel('Beijing warned Washington. Chinese officials said the White House and the U.S. were wrong.');
    expect(actors.get('China')?.aliases).toEqual(expect.arrayContaining(['Beijing', 'Chinese']));
    expect(actors.get('United States')?.aliases).toEqual(expect.arrayContaining(['Washington', 'White House', 'U.S.']));
  });

  it('merges an acronym with the name it abbreviates, and known acronyms with their expansion', () => {
    const actors = byLabel(
      'The Federation of Independent Retail Merchants (FIRM) sued. FIRM said the World Health Organization and the WHO agree.',
    );
    expect(actors.get('Federation of Independent Retail Merchants')?.aliases).toContain('FIRM');
    expect(actors.get('World Health Organization')?.aliases).toContain('WHO');
  });

  it('never makes weekdays, months, sentence openers or one-off product names into actors', () => {
    const labels = [...byLabel('Reports: Figures out on Monday in June show 12 Falcon jet sales. Meanwhile, Sweden objected.').keys()];
    expect(labels).toEqual(['Sweden']);
  });

  it('gives stable ids from the canonical label', () => {
    const text = 'Hezbollah and the United Arab Emirates clashed.';
    expect(actorsOf(text).map((a) => a.id)).toEqual(actorsOf(text).map((a) => a.id));
    expect(actorsOf(text).map((a) => a.id)).toEqual(['hezbollah', 'united-arab-emirates']);
  });
});

describe('actors: more merges and types', () => {
  it('merges an organisation’s short form into the one organisation ending in it', () => {
    const actors = byLabel('The European Commission fined Apple. Greenpeace accused the Commission of delay.');
    expect(actors.get('European Commission')?.aliases).toContain('Commission');
  });

  it('reads a title with a lower-case qualifier, and the body before it', () => {
    const graph = extractGraph([documentFromText('d1', 'NATO deputy spokesperson Dylan White spoke.')]);
    expect(graph.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual(['dylan-white member nato']);
  });

  it('keeps places out of the graph unless a relation involves them', () => {
    expect([...byLabel('Texas officials met in Ohio.').keys()]).toEqual([]);
    expect(byLabel('Russia annexed Crimea.').get('Crimea')?.type).toBe('location');
  });

  it('types a bare surname shared by two people as a person without merging it', () => {
    const actors = byLabel('Donald Trump and Mary Trump disagree. Trump said so.');
    expect(actors.get('Trump')?.type).toBe('person');
  });
});

describe('actors: headlines and companies', () => {
  it('reads only known names in an all-capitals headline', () => {
    const labels = [...byLabel('COURT RULES AGAINST GOOGLE IN LANDMARK CASE OVER EU FINES\nThe ruling was final.').keys()];
    expect(labels).toEqual(['European Union']);
  });

  it('merges a company named without its corporate suffix, and keeps its head title', () => {
    const graph = extractGraph([documentFromText('d1', "Alphabet Inc. sued Oracle. Alphabet's chief executive Sundar Pichai said Oracle lied.")]);
    const alphabet = graph.actors.find((a) => a.label === 'Alphabet Inc.');
    expect(alphabet?.aliases).toContain('Alphabet');
    expect(graph.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain('sundar-pichai member alphabet-inc');
  });
});

describe('actors: organisations introduced by a noun', () => {
  it('types a name after "publisher", "the charity" or "analysts at" as an organisation', () => {
    const actors = byLabel('Tencent bought game publisher Riot Games. The charity Care4Calais and analysts at Goldman Sachs objected to Riot Games.');
    expect(actors.get('Riot Games')?.type).toBe('organization');
    expect(actors.get('Goldman Sachs')?.type).toBe('organization');
  });
});

describe('actors: pronoun cues', () => {
  it('types a bare name as a person when the next sentence opens with "He" or "She"', () => {
    const actors = byLabel('Yesterday Macron criticised Orban. He said Hungary was wrong.');
    expect(actors.get('Orban')?.type).toBe('person');
  });

  it('does not read a later "he" that refers to someone earlier as a cue', () => {
    const actors = byLabel('Lopez repeated his criticism of Siemens, as he talks to Maria Chen about Siemens.');
    expect(actors.get('Siemens')?.type).toBe('organization');
  });
});
