// Names an exported file after the article, as a reader would find it again in a downloads folder:
// "United States and Russian militaries launch talks on Syria" → "united-states-and-russian-militaries-launch-talks-on-syria.svg".

/** The name used when the title leaves no Latin letter or digit to name the file by. */
export const FALLBACK_FILE_NAME = 'actorgraph';

/** Long enough for a headline, short enough for every file system and a downloads list. */
export const MAX_SLUG_LENGTH = 80;

/** Latin letters that accents-stripping (NFKD) leaves whole; written as their usual ASCII spelling. */
const ASCII_SPELLING: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** The article title as a lower-case ASCII slug: letters and digits joined by single hyphens, cut at a word. */
export function titleSlug(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // "Erdoğan" → "Erdogan"
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => ASCII_SPELLING[letter] ?? '')
    // "Russia's" is one word, not "russia-s".
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastBreak = cut.lastIndexOf('-');
  // A single word longer than the limit is cut where the limit falls.
  return lastBreak > 0 ? cut.slice(0, lastBreak) : slug.slice(0, MAX_SLUG_LENGTH);
}

/** "<slug of the title>.<extension>", or "actorgraph.<extension>" for a title with nothing to slug. */
export function fileNameFor(title: string, extension: string): string {
  const slug = titleSlug(title) || FALLBACK_FILE_NAME;
  return `${slug}.${extension.replace(/^\./, '').toLowerCase()}`;
}
