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
  actors: { precision: number; recall: number; f1: number; missed: string[]; falsePositives: string[] };
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

export interface Article {
  name: string;
  goldPath: string;
  articlePath: string;
}

/** The seed (eval/gold) and every dev article (eval/dev), with their texts resolved. */
export function evalArticles(): Article[] {
  const golds = ['gold', 'dev'].flatMap((dir) => {
    const folder = path.join(sharedRoot, 'eval', dir);
    return existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')).map((f) => path.join(folder, f)) : [];
  });
  return golds.map((goldPath) => {
    const article = String((JSON.parse(readFileSync(goldPath, 'utf8')) as { article: string }).article);
    // The seed's gold names a path in this repo; dev golds name paths inside ../shared.
    const inRepo = path.resolve(repoRoot, article);
    return { name: path.basename(goldPath, '.json'), goldPath, articlePath: existsSync(inRepo) ? inRepo : path.resolve(sharedRoot, article) };
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
