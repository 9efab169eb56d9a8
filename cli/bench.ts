// npx tsx cli/bench.ts [FILE] — median time of extractGraph on one article (the seed by default) after warm-up,
// so a change to the extractor can be checked for speed before and after.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromText, extractGraph } from '../src/extract/index.ts';
import { repoRoot } from './scoring.ts';

const RUNS = 50;
const WARM_UP = 10;

function medianMilliseconds(run: () => void): number {
  for (let i = 0; i < WARM_UP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? 0;
}

const file = process.argv[2] ?? path.join(repoRoot, 'seeds', '000_6481e570e0997220.txt');
const document = documentFromText('d1', readFileSync(file, 'utf8'));
console.log(`${path.basename(file)}: median ${medianMilliseconds(() => extractGraph([document])).toFixed(2)} ms over ${RUNS} runs`);
