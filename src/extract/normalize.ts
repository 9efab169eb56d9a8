import { boundedMemo } from './boundedCache.ts';

// The pipeline asks for the key of the same words again and again (every chunk test, alias, title and relation
// lookup); six passes of Unicode normalisation and regexes each time were the extractor's largest single cost.
/**
 * The key under which a name is looked up and compared: case, full stops, hyphens and curly apostrophes do not
 * distinguish names ("U.S." = "US", "al-Qaeda" = "al Qaeda", "Russia’s" = "Russia's").
 */
export const nameKey: (surface: string) => string = boundedMemo(50_000, computeNameKey);

function computeNameKey(surface: string): string {
  return surface
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A stable id from a canonical label: "Abdel Fattah al-Sisi" → "abdel-fattah-al-sisi". */
export const slugOf: (label: string) => string = boundedMemo(50_000, computeSlug);

function computeSlug(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'actor';
}
