// npm run bench:render [-- --json] [-- --quick] [-- --sizes 200,2000] [-- --runs N] [-- --no-build] [-- --port N] [-- --out DIR] — the rendering
// benchmark of issue 7: synthetic graphs of 200, 2,000 and 10,000 actors opened through the app's own file picker
// in headless Chromium at 1440×900, the same graphs drawn by a plain d3-force + SVG reference in the same run, and
// the seed's time on screen after a fresh navigation; medians, ratios and the targets as PASS/MISS.
// See BENCHMARKS.md.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from '../../../e2e/findBrowser.ts';
import { median } from '../stats.ts';
import { medianRenderRun, type RenderRun } from './figures.ts';
import { benchGraph } from './graphs.ts';
import { formatReport } from './report.ts';
import { REFERENCE_PATH, runApp, runReference, seedOnScreen, type RendererKind, type RunPlan } from './runs.ts';
import type { RenderBenchFigures, SizeFigures } from './targets.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REFERENCE_ROOT = fileURLToPath(new URL('./reference/', import.meta.url));

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const port = Number(option('--port', '4180'));
const outDir = resolve(ROOT, option('--out', 'dist-render-bench'));
const log = (line: string) => void (json ? process.stderr : process.stdout).write(`${line}\n`);

const SIZES = option('--sizes', quick ? '200,2000' : '200,2000,10000').split(',').map(Number);
const RUNS = Number(option('--runs', quick ? '1' : '3'));
const SEED_LOADS = quick ? 3 : 7;
const PLAN: RunPlan = quick
  ? { showTimeoutMs: 120_000, liveWindowMs: 5000, restTimeoutMs: 30_000, panMs: 3000 }
  : { showTimeoutMs: 300_000, liveWindowMs: 5000, restTimeoutMs: 60_000, panMs: 5000 };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The app as `npm run build` makes it, and the reference page beside it in the same folder. */
function build(): void {
  const steps = [
    ['vite', 'build', '--outDir', outDir],
    ['vite', 'build', REFERENCE_ROOT, '--outDir', resolve(outDir, REFERENCE_PATH.split('/')[1]!), '--base', './', '--emptyOutDir'],
  ];
  for (const args of steps) {
    log(`bench:render: npx ${args.join(' ')}`);
    const result = spawnSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`render bench: the build failed (npx ${args.join(' ')})`);
  }
}

const answers = (url: string) =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  );

/** `vite preview` of the build folder; resolves once it answers. */
async function serve(): Promise<ChildProcess> {
  // Another server on the port would be measured in place of this build, and ours would fail to start.
  if (await answers(`http://127.0.0.1:${port}/`)) throw new Error(`render bench: port ${port} is taken; pick another with --port N`);
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await answers(`http://127.0.0.1:${port}/`)) return server;
    await new Promise((done) => setTimeout(done, 200));
  }
  stop(server);
  throw new Error(`render bench: vite preview did not answer on port ${port}`);
}

function stop(server: ChildProcess): void {
  // npx starts vite as a child: end the whole group started above, nothing else.
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
}

/** The median over the runs that showed the graph in time; null when none did. */
function medianOfShown(runs: ReadonlyArray<RenderRun | null>): RenderRun | null {
  const shown = runs.filter((run): run is RenderRun => run !== null);
  return shown.length > 0 ? medianRenderRun(shown) : null;
}

async function measureSize(browser: Browser, baseUrl: string, actors: number): Promise<SizeFigures> {
  const graph = benchGraph(actors);
  const loadAverage = loadavg()[0] ?? 0;
  const appRuns: Array<(RenderRun & { renderer: RendererKind }) | null> = [];
  const referenceRuns: Array<RenderRun | null> = [];
  for (let run = 1; run <= RUNS; run++) {
    // Alternate who goes first, so a burst of load from other processes does not land on one side only.
    const order = run % 2 === 1 ? (['app', 'reference'] as const) : (['reference', 'app'] as const);
    for (const side of order) {
      log(`bench:render: ${actors} actors, run ${run}/${RUNS}, ${side === 'app' ? 'ours' : 'reference'}…`);
      const measured = side === 'app' ? await runApp(browser, baseUrl, graph, PLAN) : await runReference(browser, baseUrl, graph, PLAN);
      (side === 'app' ? appRuns : referenceRuns).push(measured);
      // Each run as it ends, so a long bench that is stopped still leaves its figures.
      log(`bench:render:   ${JSON.stringify(measured)}`);
    }
  }
  return {
    actors: graph.actors,
    relations: graph.relations,
    loadAverage,
    renderer: appRuns.find((run) => run !== null)?.renderer ?? 'svg',
    app: medianOfShown(appRuns),
    reference: medianOfShown(referenceRuns),
    appRuns,
    referenceRuns,
  };
}

async function main(): Promise<void> {
  const startLoad = loadavg()[0] ?? 0;
  if (!process.argv.includes('--no-build')) build();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const baseUrl = `http://127.0.0.1:${port}/`;
    const sizes: SizeFigures[] = [];
    for (const actors of SIZES) sizes.push(await measureSize(browser, baseUrl, actors));
    log(`bench:render: the seed after ${SEED_LOADS} fresh loads…`);
    const seedLoad = loadavg()[0] ?? 0;
    const seedRuns: number[] = [];
    for (let load = 0; load < SEED_LOADS; load++) seedRuns.push(await seedOnScreen(browser, baseUrl, PLAN));
    const figures: RenderBenchFigures = {
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, chromium: browser.version(), loadAverage: startLoad },
      runs: RUNS,
      plan: PLAN,
      sizes,
      seed: { runsMs: seedRuns, medianMs: median(seedRuns), loadAverage: seedLoad },
    };
    if (json) console.log(JSON.stringify(figures, null, 2));
    else console.log(`\n${formatReport(figures)}`);
  } finally {
    await browser.close();
    stop(server);
  }
}

await main();
