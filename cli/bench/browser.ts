// npm run bench:browser [-- --mb 10] [-- --runs 3] [-- --dist dist] [-- --port 4175] [-- --profile FILE] [-- --cpu] [-- --json]
// The in-browser point of issue 7: the built app, served locally, opens a generated text of real article paragraphs
// (10 MB by default) with its file picker in headless Chromium; the page records main-thread long tasks with a
// PerformanceObserver and the messages to and from the extraction worker. Reports, as medians of the runs: time from
// the file picked to the graph shown, the worker's time and MB/s, how many extraction workers read (a long text's
// second one, src/worker/partSchedule.ts), and the long tasks (count, longest). With --cpu, a
// Chromium trace of each run also gives the tasks by CPU time: on a loaded machine a task's wall time counts the time
// the system gave its core to other work. See BENCHMARKS.md.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, type Page } from '@playwright/test';
import { preview } from 'vite';
import { findChromium } from '../../e2e/findBrowser.ts';
import { MainThread } from '../../e2e/fixtures/MainThread.ts';
import { browserRunOf, cpuTasksOf, extractionWorkersOf, LONG_TASK_BOUND_MS, medianRun, type BrowserRun, type CpuTasks, type TraceEvent } from './browserFigures.ts';
import { buildCorpus } from './corpus.ts';
import { benchArticles, CORPUS_SEED, MIB } from './sources.ts';

/** The text's first line, its title: the article pane shows it as a heading once the new graph is in. */
export const LARGE_TEXT_TITLE = 'A generated text of real news paragraphs';

interface Options {
  megabytes: number;
  runs: number;
  dist: string;
  port: number;
  profile: string | null;
  cpu: boolean;
  json: boolean;
}

function optionsOf(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] ?? null : null;
  };
  return {
    megabytes: Number(value('--mb') ?? 10),
    runs: Number(value('--runs') ?? 3),
    dist: value('--dist') ?? 'dist',
    port: Number(value('--port') ?? 4175),
    profile: value('--profile'),
    cpu: argv.includes('--cpu'),
    json: argv.includes('--json'),
  };
}

/** The bench's text: a title line, then real article paragraphs up to the size asked for. */
export function largeText(megabytes: number): string {
  const body = buildCorpus(benchArticles().map((article) => article.text), megabytes * MIB, CORPUS_SEED);
  return `${LARGE_TEXT_TITLE}\n\n${body}`;
}

/** One run in a fresh page: the seed graph first, then the large text through the file picker. */
async function measureOnce(page: Page, file: string, bytes: number, profile: string | null, cpu: boolean): Promise<BrowserRun> {
  const workerUrls: string[] = [];
  page.on('worker', (worker) => workerUrls.push(worker.url()));
  const mainThread = new MainThread(page);
  await mainThread.record();
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Graph' }).locator('svg').getByRole('button').first()).toBeVisible({ timeout: 60_000 });
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const browser = page.context().browser();
  if (cpu && browser) await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  const pickedAt = await page.evaluate(() => performance.mark('bench-picked').startTime);
  // From a file on disk, as a person picks one: handed a buffer, Playwright would build the file in the page's own
  // script, a long task of its own.
  await page.locator('input[type="file"]').setInputFiles(file);
  // Polled with two selector lookups, not Playwright's role queries: those walk the page's whole accessibility
  // tree on the main thread, and over a DOM as big as the unwindowed article they made long tasks of their own.
  // On the way, notes whether the page showed its progress bar (the issue asks for a read with progress).
  await page.waitForFunction(
    (title) => {
      const seen = window as Window & { progressBarSeen?: boolean };
      seen.progressBarSeen ||= document.querySelector('[role="progressbar"]') !== null;
      return document.querySelector('.article-title')?.textContent === title && document.querySelector('#graph [data-actor-id]') !== null;
    },
    LARGE_TEXT_TITLE,
    { polling: 100, timeout: 15 * 60_000 },
  );
  const shownAt = await page.evaluate(() => performance.mark('bench-shown').startTime);
  let cpuTasks: CpuTasks | undefined;
  if (cpu && browser) {
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    cpuTasks = cpuTasksOf(trace.traceEvents, 'bench-picked', 'bench-shown');
  }
  if (cdp && profile) {
    const { profile: cpuProfile } = await cdp.send('Profiler.stop');
    writeFileSync(profile, JSON.stringify(cpuProfile));
  }
  const progressShown = await page.evaluate(() => (window as Window & { progressBarSeen?: boolean }).progressBarSeen === true);
  const run = browserRunOf(
    bytes,
    pickedAt,
    shownAt,
    await mainThread.longTasksSince(pickedAt),
    await mainThread.workerMessagesSince(pickedAt),
    progressShown,
  );
  const counted = { ...run, extractionWorkers: extractionWorkersOf(workerUrls) };
  return cpuTasks ? { ...counted, cpu: cpuTasks } : counted;
}

function describe(run: BrowserRun): string {
  return (
    `open → graph ${(run.openToGraphMs / 1000).toFixed(1)} s; worker ${(run.workerMs / 1000).toFixed(1)} s ` +
    `(${run.megabytesPerSecond.toFixed(2)} MB/s, ${run.extractionWorkers ?? '?'} extraction workers); long tasks ${run.longTasks}, longest ${Math.round(run.longestTaskMs)} ms, ` +
    `${run.overBound} over ${LONG_TASK_BOUND_MS} ms (longest while the worker read ${Math.round(run.longestWhileReadingMs)} ms, ` +
    `after its reply ${Math.round(run.longestAfterReplyMs)} ms); progress: ${run.progressUpdates} updates, ` +
    `bar ${run.progressShown ? 'shown' : 'NOT shown'}` +
    (run.cpu ? `; by CPU time: longest ${Math.round(run.cpu.longestTaskCpuMs)} ms, ${run.cpu.overBoundByCpu} over ${LONG_TASK_BOUND_MS} ms` : '')
  );
}

async function main(): Promise<void> {
  const options = optionsOf(process.argv.slice(2));
  const log = (line: string) => void (options.json ? process.stderr : process.stdout).write(`${line}\n`);
  if (!existsSync(options.dist)) throw new Error(`bench:browser: no build in ${options.dist}/ (run npm run build first)`);
  const text = Buffer.from(largeText(options.megabytes), 'utf8');
  const folder = mkdtempSync(path.join(tmpdir(), 'actorgraph-bench-'));
  const file = path.join(folder, `large-${options.megabytes}mb.txt`);
  writeFileSync(file, text);
  log(`bench:browser: ${(text.length / MIB).toFixed(2)} MB text, ${options.runs} runs, load average ${loadavg()[0]?.toFixed(1)}`);
  const server = await preview({ preview: { host: '127.0.0.1', port: options.port, strictPort: true }, build: { outDir: options.dist }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  const runs: BrowserRun[] = [];
  try {
    for (let i = 0; i < options.runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, baseURL: `http://127.0.0.1:${options.port}` });
      const page = await context.newPage();
      const run = await measureOnce(page, file, text.length, i === 0 ? options.profile : null, options.cpu);
      await context.close();
      log(`  run ${i + 1}: ${describe(run)}`);
      runs.push(run);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
  const result = medianRun(runs);
  if (options.json) console.log(JSON.stringify({ bytes: text.length, loadAverage: loadavg()[0], runs, median: result }, null, 2));
  else log(`median of ${runs.length}: ${describe(result)}`);
}

await main();
