/**
 * The key under which a name is looked up and compared: case, full stops, hyphens and curly apostrophes do not
 * distinguish names ("U.S." = "US", "al-Qaeda" = "al Qaeda", "Russia’s" = "Russia's").
 */
export function nameKey(surface: string): string {
  let key = keyCache.get(surface);
  if (key === undefined) {
    // Bounded so a huge text of unique words cannot hold memory: starting afresh only costs recomputation.
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = computeNameKey(surface);
    keyCache.set(surface, key);
  }
  return key;
}

// The pipeline asks for the key of the same words again and again (every chunk test, alias, title and relation
// lookup); six passes of Unicode normalisation and regexes each time were the extractor's largest single cost.
const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

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
export function slugOf(label: string): string {
  // Each part of a long text names mostly the same actors: their ids are worked out once.
  let slug = slugCache.get(label);
  if (slug === undefined) {
    if (slugCache.size >= KEY_CACHE_LIMIT) slugCache.clear();
    slug = computeSlug(label);
    slugCache.set(label, slug);
  }
  return slug;
}

const slugCache = new Map<string, string>();

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
