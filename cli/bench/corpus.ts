// The bench's generated corpus: real article paragraphs in a seeded shuffled order, repeated until the text reaches
// the size asked for. Deterministic, so every run and every machine measures the same text.

/** A seeded pseudo-random generator in [0, 1) (mulberry32): same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates driven by `random`). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The paragraphs of an article: its blank-line separated blocks, trimmed, empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * A text of at least `minBytes` UTF-8 bytes made of whole paragraphs of the articles: every pass takes all their
 * paragraphs once, in a new shuffled order, so no paragraph repeats before every other has appeared.
 */
export function buildCorpus(articles: readonly string[], minBytes: number, seed: number): string {
  const paragraphs = articles.flatMap(paragraphsOf);
  if (paragraphs.length === 0 || minBytes <= 0) return '';
  const random = seededRandom(seed);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const paragraph of shuffled(paragraphs, random)) {
      bytes += Buffer.byteLength(paragraph) + (parts.length > 0 ? PARAGRAPH_SEPARATOR.length : 0);
      parts.push(paragraph);
      if (bytes >= minBytes) break;
    }
  }
  return parts.join(PARAGRAPH_SEPARATOR);
}
