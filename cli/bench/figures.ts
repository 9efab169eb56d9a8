// What one `npm run bench` measures, and the targets checked against it (issue 7).
import type { LineFit, Spread } from './stats.ts';

/** One text timed for ours and the peer, run by run. Times in ms; ratio = peer time / our time, per run. */
export interface PairedFigure {
  name: string;
  bytes: number;
  ours: Spread;
  peer: Spread;
  ratio: Spread;
}

export interface ScalingPoint {
  bytes: number;
  ms: Spread;
  /** Resident memory the extraction added above the warmed-up process (max RSS − RSS before), in bytes. */
  peakGrowth: number;
  peakRss: number;
}

export interface BenchFigures {
  /** loadAverage: the 1-minute load when the bench started (2 = both cores busy); other processes slow wall time. */
  machine: { cpus: number; cpuModel: string; node: string; loadAverage: number };
  /** 'wall': elapsed time; 'cpu': this process's CPU time, for a machine shared with other busy processes. */
  clock: 'wall' | 'cpu';
  /** Garbage collected before every timed run, outside its time (off with --no-gc, as the bench ran until session 4). */
  gcBeforeRuns: boolean;
  runs: { seed: number; dev: number; corpus: number; scaling: number };
  seed: PairedFigure;
  /** Null when ../shared/eval/dev is absent. */
  dev: PairedFigure[] | null;
  corpus: PairedFigure & { oursPeakGrowth: number; peerPeakGrowth: number };
  scaling: {
    points: ScalingPoint[];
    /** ms against MB, and bytes of peak growth against MB. */
    timeFit: LineFit;
    memoryFit: LineFit;
    timeExponent: number;
    memoryExponent: number;
  };
  /** The made-up-names text (manyNames.ts) at growing sizes: time against the number of actors found. */
  manyNames: {
    points: Array<{ paragraphs: number; bytes: number; actors: number; ms: Spread }>;
    timeExponent: number;
  };
}

export interface TargetResult {
  target: string;
  measured: string;
  pass: boolean;
}

export const TARGETS = {
  seedMedianMs: 5,
  corpusMBps: 2,
  peerRatio: 10,
  /** Growth exponents up to this count as linear: a straight line with some noise, not n·log n or worse. */
  maxLinearExponent: 1.1,
} as const;

const MB = 1024 * 1024;

export function corpusMBps(figure: PairedFigure, side: 'ours' | 'peer'): number {
  return figure.bytes / MB / (figure[side].median / 1000);
}

/** The targets, each against the median the bench measured. */
export function targetResults(figures: BenchFigures): TargetResult[] {
  const { seed, corpus, scaling } = figures;
  const mbps = corpusMBps(corpus, 'ours');
  return [
    { target: `seed ≤ ${TARGETS.seedMedianMs} ms median`, measured: `${seed.ours.median.toFixed(2)} ms`, pass: seed.ours.median <= TARGETS.seedMedianMs },
    { target: `corpus ≥ ${TARGETS.corpusMBps} MB/s`, measured: `${mbps.toFixed(2)} MB/s`, pass: mbps >= TARGETS.corpusMBps },
    { target: `≥ ${TARGETS.peerRatio}× compromise on the corpus`, measured: `${corpus.ratio.median.toFixed(2)}×`, pass: corpus.ratio.median >= TARGETS.peerRatio },
    {
      target: `time grows linearly (exponent ≤ ${TARGETS.maxLinearExponent})`,
      measured: `exponent ${scaling.timeExponent.toFixed(2)}, R² ${scaling.timeFit.r2.toFixed(3)}`,
      pass: scaling.timeExponent <= TARGETS.maxLinearExponent,
    },
    {
      target: `memory grows linearly (exponent ≤ ${TARGETS.maxLinearExponent})`,
      measured: `exponent ${scaling.memoryExponent.toFixed(2)}, R² ${scaling.memoryFit.r2.toFixed(3)}`,
      pass: scaling.memoryExponent <= TARGETS.maxLinearExponent,
    },
    {
      target: `time grows linearly in distinct actors (≤ ${TARGETS.maxLinearExponent})`,
      measured: `exponent ${figures.manyNames.timeExponent.toFixed(2)}`,
      pass: figures.manyNames.timeExponent <= TARGETS.maxLinearExponent,
    },
  ];
}
