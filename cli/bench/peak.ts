// Child process for one memory point: `node --import tsx cli/bench/peak.ts ours|peer BYTES` extracts the generated
// corpus of that size once, after warm-up, and prints JSON { baselineRss, peakRss } in bytes. A fresh process per
// point, so one measurement's garbage and high-water mark cannot leak into the next.
import { documentFromText, extractGraph } from '../../src/extract/index.ts';
import nlp from 'compromise';
import { buildCorpus } from './corpus.ts';
import { benchArticles, CORPUS_SEED } from './sources.ts';

const [who, size] = process.argv.slice(2);
const articles = benchArticles();
const text = buildCorpus(articles.map((a) => a.text), Number(size), CORPUS_SEED);
const run = who === 'peer' ? (t: string) => nlp(t) : (t: string) => extractGraph([documentFromText('d1', t)]);
for (const article of articles) run(article.text);
globalThis.gc?.();
const baselineRss = process.memoryUsage().rss;
run(text);
// maxRSS is in kilobytes.
console.log(JSON.stringify({ baselineRss, peakRss: process.resourceUsage().maxRSS * 1024 }));
