// npm run bench [-- --json] [-- --quick] [-- --cpu] [-- --no-gc] — the extraction benchmark of issue 7: our extractor and compromise's
// nlp(text) on the seed, the dev articles and a generated corpus of real article paragraphs; medians and spread
// over repeated runs after warm-up, throughput, peak memory, scaling at 0.25–2 MB with a fitted slope, and the
// issue's targets as PASS/MISS. See BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { documentFromText, extractGraph } from '../../src/extract/index.ts';
import { buildCorpus } from './corpus.ts';
import { garbageCollector } from './gc.ts';
import { manyNamesText } from './manyNames.ts';
import type { BenchFigures, PairedFigure, ScalingPoint } from './figures.ts';
import { formatReport } from './report.ts';
import { benchArticles, CORPUS_SEED, MIB } from './sources.ts';
import { growthExponent, leastSquaresFit, spreadOf } from './stats.ts';
import { pairedTimes, soloTimes, speedRatios, type RunPlan } from './timing.ts';

const CORPUS_BYTES = MIB;
const SCALING_BYTES = [0.25, 0.5, 1, 2].map((mb) => mb * MIB);
const MANY_NAMES_PARAGRAPHS = [250, 500, 1000, 2000];

const ours = (text: string) => () => void extractGraph([documentFromText('d1', text)]);
let clock = () => performance.now();
// This process's CPU time (user + system) in ms: on a machine shared with other busy processes, wall-clock time
// counts the time the scheduler gave to them; CPU time counts only ours (V8's helper threads included).
const cpuClock = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const peer = (text: string) => () => void nlp(text);
// Before each timed run, outside its time (see timing.ts); --no-gc leaves garbage to whichever run meets it.
let settle = () => {};

function pairedFigure(name: string, text: string, plan: RunPlan): PairedFigure {
  const times = pairedTimes(ours(text), peer(text), plan, clock, settle);
  return { name, bytes: Buffer.byteLength(text), ours: spreadOf(times.ours), peer: spreadOf(times.peer), ratio: spreadOf(speedRatios(times)) };
}

/** Peak RSS of one extraction in a fresh process (cli/bench/peak.ts). */
function peakMemory(who: 'ours' | 'peer', bytes: number): { peakGrowth: number; peakRss: number } {
  const script = fileURLToPath(new URL('./peak.ts', import.meta.url));
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, who, String(bytes)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`memory probe failed: ${child.stderr}`);
  const { baselineRss, peakRss } = JSON.parse(child.stdout) as { baselineRss: number; peakRss: number };
  return { peakGrowth: Math.max(0, peakRss - baselineRss), peakRss };
}

function main(): void {
  const json = process.argv.includes('--json');
  const quick = process.argv.includes('--quick');
  if (process.argv.includes('--cpu')) clock = cpuClock;
  if (!process.argv.includes('--no-gc')) settle = garbageCollector();
  const runs = quick ? { seed: 10, dev: 5, corpus: 2, scaling: 2 } : { seed: 50, dev: 20, corpus: 5, scaling: 5 };
  const log = (line: string) => void (json ? process.stderr : process.stdout).write(`${line}\n`);
  const articles = benchArticles();
  const seed = articles.find((a) => a.group === 'seed');
  if (!seed) throw new Error('bench: no seed article in seeds/');
  const devArticles = articles.filter((a) => a.group === 'dev');
  const corpus = buildCorpus(articles.map((a) => a.text), CORPUS_BYTES, CORPUS_SEED);

  log(`bench: seed and ${devArticles.length} dev articles…`);
  const seedFigure = pairedFigure(seed.name, seed.text, { warmUp: 10, runs: runs.seed });
  const dev = devArticles.length > 0 ? devArticles.map((a) => pairedFigure(a.name, a.text, { warmUp: 3, runs: runs.dev })) : null;
  log(`bench: ${(Buffer.byteLength(corpus) / MIB).toFixed(2)} MB corpus against compromise…`);
  const corpusFigure = {
    ...pairedFigure('generated corpus', corpus, { warmUp: 1, runs: runs.corpus }),
    oursPeakGrowth: peakMemory('ours', CORPUS_BYTES).peakGrowth,
    peerPeakGrowth: peakMemory('peer', CORPUS_BYTES).peakGrowth,
  };
  const points: ScalingPoint[] = SCALING_BYTES.map((bytes) => {
    log(`bench: scaling at ${(bytes / MIB).toFixed(2)} MB…`);
    const text = buildCorpus(articles.map((a) => a.text), bytes, CORPUS_SEED);
    return { bytes: Buffer.byteLength(text), ms: spreadOf(soloTimes(ours(text), { warmUp: 1, runs: runs.scaling }, clock, settle)), ...peakMemory('ours', bytes) };
  });
  const sizes = points.map((p) => p.bytes / MIB);
  log('bench: made-up names…');
  const namePoints = MANY_NAMES_PARAGRAPHS.map((paragraphs) => {
    const text = manyNamesText(paragraphs);
    const actors = extractGraph([documentFromText('d1', text)]).actors.length;
    return { paragraphs, bytes: Buffer.byteLength(text), actors, ms: spreadOf(soloTimes(ours(text), { warmUp: 0, runs: runs.scaling }, clock, settle)) };
  });
  const figures: BenchFigures = {
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverage: loadavg()[0] ?? 0 },
    clock: clock === cpuClock ? 'cpu' : 'wall',
    gcBeforeRuns: !process.argv.includes('--no-gc'),
    runs,
    seed: seedFigure,
    dev,
    corpus: corpusFigure,
    scaling: {
      points,
      timeFit: leastSquaresFit(sizes, points.map((p) => p.ms.median)),
      memoryFit: leastSquaresFit(sizes, points.map((p) => p.peakGrowth)),
      timeExponent: growthExponent(sizes, points.map((p) => p.ms.median)),
      memoryExponent: growthExponent(sizes, points.map((p) => p.peakGrowth)),
    },
    manyNames: {
      points: namePoints,
      timeExponent: growthExponent(
        namePoints.map((p) => p.actors),
        namePoints.map((p) => p.ms.median),
      ),
    },
  };
  if (json) console.log(JSON.stringify(figures, null, 2));
  else console.log(`\n${formatReport(figures)}`);
}

main();
