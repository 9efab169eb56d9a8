// Scores extracted graphs with the project's shared scorer (../shared/eval/score.mjs), for `npm run eval` and the
// scorecard test. The scorer is the judge: we run it as it is rather than reimplementing it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentFromText, extractGraph } from '../src/extract/index.ts';
import type { GraphDocument } from '../src/extract/types.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedRoot = path.resolve(repoRoot, '../shared');
export const scorerPath = path.resolve(sharedRoot, 'eval/score.mjs');

export interface Score {
  actors: {
    precision: number;
    recall: number;
    f1: number;
    missed: string[];
    falsePositives: string[];
    splits: string[];
    merges: string[];
    trapHits: string[];
  };
  relations: {
    precision: number;
    recall: number;
    f1: number;
    direction: number;
    polarity: number;
    evidence: number;
    missed: string[];
    falsePositives: string[];
    wrong: string[];
  };
}

export type ArticleGroup = 'seed' | 'dev' | 'own' | 'held-out';

export interface Article {
  name: string;
  group: ArticleGroup;
  goldPath: string;
  articlePath: string;
}

// The seed and dev golds live in ../shared/eval; our own articles live beside the extractor: 'own' ones are held to
// the dev bar, 'held-out' ones only reported.
const GOLD_FOLDERS: ReadonlyArray<{ group: ArticleGroup; folder: string }> = [
  { group: 'seed', folder: path.join(sharedRoot, 'eval', 'gold') },
  { group: 'dev', folder: path.join(sharedRoot, 'eval', 'dev') },
  { group: 'own', folder: path.join(repoRoot, 'src', 'extract', 'testdata', 'articles') },
  // Scored but held to no bar: articles nobody tuned on, to see how the extractor does on the unseen.
  { group: 'held-out', folder: path.join(repoRoot, 'src', 'extract', 'testdata', 'heldout') },
];

/** The seed (eval/gold), every dev article (eval/dev), our own and held-out articles, in that order, with their texts resolved. */
export function evalArticles(): Article[] {
  return GOLD_FOLDERS.flatMap(({ group, folder }) => {
    const golds = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')).sort() : [];
    return golds.map((file) => {
      const goldPath = path.join(folder, file);
      const article = String((JSON.parse(readFileSync(goldPath, 'utf8')) as { article: string }).article);
      // The seed's and our own golds name paths in this repo; dev golds name paths inside ../shared.
      const inRepo = path.resolve(repoRoot, article);
      return { name: path.basename(file, '.json'), group, goldPath, articlePath: existsSync(inRepo) ? inRepo : path.resolve(sharedRoot, article) };
    });
  });
}

export function extractArticle(articlePath: string): GraphDocument {
  return extractGraph([documentFromText('d1', readFileSync(articlePath, 'utf8'))]);
}

/** Runs the shared scorer on a graph; throws with the scorer's message when it cannot score. */
export function scoreGraph(article: Article, graph: GraphDocument): Score {
  const run = spawnSync(process.execPath, [scorerPath, article.goldPath, article.articlePath, '-', '--json'], {
    input: JSON.stringify(graph),
    encoding: 'utf8',
  });
  if (run.status === 2 || !run.stdout) throw new Error(`score.mjs failed on ${article.name}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Score;
}
