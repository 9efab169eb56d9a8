/**
 * The key under which a name is looked up and compared: case, full stops, hyphens and curly apostrophes do not
 * distinguish names ("U.S." = "US", "al-Qaeda" = "al Qaeda", "Russia’s" = "Russia's").
 */
export function nameKey(surface: string): string {
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
  const slug = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'actor';
}
