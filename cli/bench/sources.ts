// The articles the bench reads: the seed, the dev articles from ../shared (when that folder is there) and our own
// and held-out test articles. The generated corpus is built from all of them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, sharedRoot } from '../scoring.ts';

export interface BenchArticle {
  name: string;
  group: 'seed' | 'dev' | 'own' | 'held-out';
  text: string;
}

export interface ArticleFolder {
  group: BenchArticle['group'];
  folder: string;
}

const FOLDERS: readonly ArticleFolder[] = [
  { group: 'seed', folder: path.join(repoRoot, 'seeds') },
  { group: 'dev', folder: path.join(sharedRoot, 'eval', 'dev') },
  { group: 'own', folder: path.join(repoRoot, 'src', 'extract', 'testdata', 'articles') },
  { group: 'held-out', folder: path.join(repoRoot, 'src', 'extract', 'testdata', 'heldout') },
];

/** Every article text, in folder order then name order; a missing folder (../shared elsewhere) gives none. */
export function benchArticles(folders: readonly ArticleFolder[] = FOLDERS): BenchArticle[] {
  return folders.flatMap(({ group, folder }) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => ({ name: path.basename(f, '.txt'), group, text: readFileSync(path.join(folder, f), 'utf8') }))
      : [],
  );
}

/** The seed of the generated corpus's shuffle: fixed, so every run measures the same text. */
export const CORPUS_SEED = 20_250_701;
export const MIB = 1024 * 1024;
