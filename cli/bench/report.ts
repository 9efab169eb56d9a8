// The bench's readable report: one section per measurement, medians first, spread in brackets, then the targets.
import { corpusMBps, targetResults, type BenchFigures, type PairedFigure } from './figures.ts';

const MB = 1024 * 1024;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(bytes < MB ? 2 : 1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function pairedLine(f: PairedFigure): string {
  return [
    `${f.name.padEnd(28)} ${kb(f.bytes).padStart(9)}`,
    `ours ${ms(f.ours.median).padStart(9)} [${ms(f.ours.min)} – ${ms(f.ours.max)}]`,
    `compromise ${ms(f.peer.median).padStart(9)} [${ms(f.peer.min)} – ${ms(f.peer.max)}]`,
    `ratio ${f.ratio.median.toFixed(1)}× [${f.ratio.min.toFixed(1)} – ${f.ratio.max.toFixed(1)}]`,
  ].join('  ');
}

export function formatReport(figures: BenchFigures): string {
  const { machine, runs, seed, dev, corpus, scaling } = figures;
  const lines = [
    `Extraction bench — ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, load average ${machine.loadAverage.toFixed(1)} at start`,
    `Times (${figures.clock === 'cpu' ? 'CPU time of this process' : 'wall clock'}) are medians [min – max] after warm-up; ratio = compromise time / our time, paired run by run.`,
    figures.gcBeforeRuns
      ? 'Garbage collected before every timed run, outside its time: no run pays for the garbage the one before it left (--no-gc to leave it).'
      : 'No garbage collection between runs (--no-gc): a run may pay for the garbage the one before it left, compromise’s on the corpus.',
    '',
    `Seed and dev articles (${runs.seed} runs each, dev ${runs.dev})`,
    pairedLine(seed),
    ...(dev ? dev.map(pairedLine) : ['(dev articles skipped: ../shared/eval/dev not found)']),
    '',
    `Generated corpus (${runs.corpus} paired runs)`,
    pairedLine(corpus),
    `  throughput: ours ${corpusMBps(corpus, 'ours').toFixed(2)} MB/s, compromise ${corpusMBps(corpus, 'peer').toFixed(2)} MB/s`,
    `  peak memory growth: ours ${mb(corpus.oursPeakGrowth)}, compromise ${mb(corpus.peerPeakGrowth)}`,
    '',
    `Scaling (ours, ${runs.scaling} runs per size; memory from a fresh process per size)`,
    '  size      time median [min – max]        MB/s   peak growth   peak RSS',
    ...scaling.points.map(
      (p) =>
        `  ${mb(p.bytes).padEnd(8)}  ${`${ms(p.ms.median)} [${ms(p.ms.min)} – ${ms(p.ms.max)}]`.padEnd(30)} ${(p.bytes / MB / (p.ms.median / 1000)).toFixed(2).padStart(5)}   ${mb(p.peakGrowth).padStart(11)}   ${mb(p.peakRss).padStart(8)}`,
    ),
    `  time:   ${scaling.timeFit.slope.toFixed(0)} ms per MB + ${scaling.timeFit.intercept.toFixed(0)} ms, R² ${scaling.timeFit.r2.toFixed(3)}, growth exponent ${scaling.timeExponent.toFixed(2)}`,
    `  memory: ${(scaling.memoryFit.slope / MB).toFixed(1)} MB per MB + ${mb(scaling.memoryFit.intercept)}, R² ${scaling.memoryFit.r2.toFixed(3)}, growth exponent ${scaling.memoryExponent.toFixed(2)}`,
    '',
    `Distinct actors (made-up names, new ones in every paragraph; ${runs.scaling} runs per size)`,
    ...figures.manyNames.points.map(
      (p) => `  ${String(p.paragraphs).padStart(5)} paragraphs  ${kb(p.bytes).padStart(9)}  ${String(p.actors).padStart(6)} actors  ${ms(p.ms.median).padStart(9)} [${ms(p.ms.min)} – ${ms(p.ms.max)}]`,
    ),
    `  time against actors: growth exponent ${figures.manyNames.timeExponent.toFixed(2)}`,
    '',
    'Targets (issue 7)',
    ...targetResults(figures).map((t) => `  ${t.pass ? 'PASS' : 'MISS'}  ${t.target.padEnd(42)} ${t.measured}`),
  ];
  return lines.join('\n');
}
