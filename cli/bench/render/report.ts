// The render bench's readable report: one table of medians per renderer and size, the ratios to the reference,
// the seed's time on screen, then the targets as PASS/MISS.
import type { RenderRun } from './figures.ts';
import { ratio, targetResults, type RenderBenchFigures, type SizeFigures } from './targets.ts';

const fps = (value: number) => value.toFixed(1);
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const restSeconds = (value: number | null, waitedMs: number) => (value === null ? `> ${(waitedMs / 1000).toFixed(0)} s` : `${(value / 1000).toFixed(1)} s`);

const HEADER = ['actors', 'renderer', 'shown', 'at rest', 'live fps', 'pan fps', 'long tasks', 'longest', 'longest before shown'];

function row(size: SizeFigures, name: string, run: RenderRun | null, plan: RenderBenchFigures['plan']): string[] {
  const waitedMs = plan.restTimeoutMs;
  if (!run) return [size.actors.toLocaleString('en'), name, ...HEADER.slice(2).map(() => '—')];
  return [
    size.actors.toLocaleString('en'),
    name,
    ms(run.shownMs),
    restSeconds(run.settleMs, waitedMs),
    fps(run.liveFps),
    fps(run.panFps),
    String(run.longTasks),
    ms(run.longestTaskMs),
    ms(run.longestBeforeShownMs),
  ];
}

/** Columns padded to their widest cell; the first two flush left, figures flush right. */
export function formatTable(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((cells) => cells[column]?.length ?? 0))) ?? [];
  return rows.map((cells) =>
    cells
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

export function formatReport(figures: RenderBenchFigures): string {
  const { machine, plan } = figures;
  const waited = plan.restTimeoutMs;
  const rows = figures.sizes.flatMap((size) => [row(size, `ours (${size.renderer})`, size.app, plan), row(size, 'reference', size.reference, plan)]);
  const ratios = figures.sizes.map(
    (size) =>
      `  ${size.actors.toLocaleString('en').padStart(6)} actors, ${size.relations.toLocaleString('en')} relations (load average ${size.loadAverage.toFixed(1)}): ` +
      `live ${times(ratio(size.app?.liveFps, size.reference?.liveFps))}, panning ${times(ratio(size.app?.panFps, size.reference?.panFps))}`,
  );
  return [
    `Render bench — ${machine.cpus} × ${machine.cpuModel}, Chromium ${machine.chromium} headless at 1440×900, Node ${machine.node}, load average ${machine.loadAverage.toFixed(1)} at start`,
    `Medians of ${figures.runs} run${figures.runs === 1 ? '' : 's'}. shown / at rest: from the graph handed over (the file picked; the reference's draw call);`,
    `live fps: the first ${(plan.liveWindowMs / 1000).toFixed(0)} s after it is shown, or until rest; pan fps: ${(plan.panMs / 1000).toFixed(0)} s of mouse drags and wheel turns once at rest`,
    `(or after ${(waited / 1000).toFixed(0)} s); long tasks from the file picked to the end of panning.`,
    '',
    ...formatTable([HEADER, ...rows]).map((line) => `  ${line}`),
    ...(figures.sizes.some((size) => !size.app || !size.reference) ? [`  —: not shown within ${(plan.showTimeoutMs / 1000).toFixed(0)} s in any run`] : []),
    '',
    'Ours ÷ reference, fps',
    ...ratios,
    '',
    `Seed on screen after navigation (${figures.seed.runsMs.length} fresh loads, load average ${figures.seed.loadAverage.toFixed(1)}): median ${ms(figures.seed.medianMs)} [${figures.seed.runsMs.map((value) => Math.round(value)).join(', ')}]`,
    '',
    'Targets (issue 7)',
    ...targetResults(figures).map((t) => `  ${t.pass ? 'PASS' : 'MISS'}  ${t.target.padEnd(46)} ${t.measured}`),
  ].join('\n');
}
