// A diagnostic text for the bench: the generated corpus repeats real articles, so it names the same few hundred
// actors however long it grows, and cannot show a cost that grows with the number of different actors (alias
// merging once compared every name with every other). This text names new made-up people and companies in every
// paragraph, in the sentence shapes news uses, so the actor count grows with the text. Seeded: always the same text.
import { seededRandom } from './corpus.ts';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'dor', 'vi', 'sta', 'bel', 'gar', 'no', 'tis', 'mar', 'el', 'quin', 'ho', 'zu'];

function madeUpName(random: () => number, syllables: number): string {
  let name = '';
  for (let i = 0; i < syllables; i++) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return name[0]!.toUpperCase() + name.slice(1);
}

/** `paragraphs` paragraphs, each naming two people and two companies ("Kalo Renmidor said … Holdings … Group"). */
export function manyNamesText(paragraphs: number, seed = 1): string {
  const random = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const surname = madeUpName(random, 3);
    const person = `${madeUpName(random, 2)} ${surname}`;
    const company = `${madeUpName(random, 3)} Holdings`;
    const partner = `${madeUpName(random, 3)} Group`;
    const critic = `${madeUpName(random, 2)} ${madeUpName(random, 3)}`;
    out.push(`${person} said on Tuesday that ${company} had signed a deal with ${partner}. ${surname} criticised ${critic}.`);
  }
  return out.join('\n\n');
}
