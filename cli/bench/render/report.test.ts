import { describe, expect, it } from 'vitest';
import type { RenderRun } from './figures.ts';
import { formatReport, formatTable } from './report.ts';
import { targetResults, type RenderBenchFigures, type SizeFigures } from './targets.ts';

const run = (figures: Partial<RenderRun>): RenderRun => ({
  shownMs: 150,
  settleMs: 3000,
  liveFps: 50,
  panFps: 55,
  longTasks: 0,
  longestTaskMs: 0,
  longestBeforeShownMs: 0,
  ...figures,
});

const size = (actors: number, app: Partial<RenderRun>, reference: Partial<RenderRun>): SizeFigures => ({
  actors,
  relations: Math.round(actors * 1.5),
  loadAverage: 3.2,
  renderer: actors > 400 ? 'canvas' : 'svg',
  app: run(app),
  reference: run(reference),
  appRuns: [run(app)],
  referenceRuns: [run(reference)],
});

const figures: RenderBenchFigures = {
  machine: { cpus: 2, cpuModel: 'Test CPU', node: 'v20.20.2', chromium: '156.0', loadAverage: 2.5 },
  runs: 3,
  plan: { showTimeoutMs: 300_000, liveWindowMs: 5000, restTimeoutMs: 60_000, panMs: 5000 },
  sizes: [
    size(200, { liveFps: 58, panFps: 60 }, { liveFps: 40, panFps: 50 }),
    size(2000, { liveFps: 46, panFps: 52, settleMs: 3900, longestTaskMs: 80 }, { liveFps: 8, panFps: 15, settleMs: 31_000 }),
    size(10000, { settleMs: null, panFps: 31, longestTaskMs: 140 }, { liveFps: 1.8, panFps: 4.4, settleMs: null }),
  ],
  seed: { runsMs: [700, 820, 760], medianMs: 760, loadAverage: 2.1 },
};

describe('targetResults', () => {
  it('checks each size against issue 7’s figures for it, and the seed against its second', () => {
    const results = targetResults(figures).map((t) => `${t.pass ? 'PASS' : 'MISS'} ${t.target}: ${t.measured}`);
    expect(results).toEqual([
      'PASS 200 actors: ≥ 55 fps live: 58.0 fps',
      'PASS 200 actors: ≥ 55 fps panning: 60.0 fps',
      'PASS 200 actors: no long task: 0 (longest 0 ms)',
      'PASS 2,000 actors: ≥ 45 fps during layout: 46.0 fps',
      'PASS 2,000 actors: ≥ 50 fps panning: 52.0 fps',
      'PASS 2,000 actors: at rest ≤ 4 s: 3.9 s',
      'PASS 2,000 actors: no task over 100 ms: longest 80 ms',
      // 52 / 15 is 3.5×, but 46 / 8 is 5.75×: both must reach 3×.
      'PASS 2,000 actors: ≥ 3× the reference\'s fps (or at the 58+ fps frame cap): 5.8× live, 3.5× panning',
      'MISS 10,000 actors: layout at rest ≤ 20 s: not at rest after 60 s',
      'PASS 10,000 actors: ≥ 30 fps panning: 31.0 fps',
      'MISS 10,000 actors: no task over 100 ms: longest 140 ms',
      'PASS seed on screen ≤ 1 s after navigation: 760 ms',
    ]);
  });

  it('counts a run at the display’s frame cap as reaching the ratio, and says so; below the cap the ratio must hold', () => {
    const ratioOf = (app: Partial<RenderRun>, reference: Partial<RenderRun>) =>
      targetResults({ ...figures, sizes: [size(2000, app, reference)] }).find((t) => t.target.includes('reference'));
    expect(ratioOf({ liveFps: 50, panFps: 60 }, { liveFps: 15, panFps: 30 })).toMatchObject({
      measured: '3.3× live, 2.0× panning (at the frame cap)',
      pass: true,
    });
    expect(ratioOf({ liveFps: 42, panFps: 60 }, { liveFps: 15, panFps: 30 })).toMatchObject({ measured: '2.8× live, 2.0× panning (at the frame cap)', pass: false });
    expect(ratioOf({ liveFps: 50, panFps: 57 }, { liveFps: 15, panFps: 30 })?.pass).toBe(false);
  });

  it('checks only the sizes measured (--quick, --sizes)', () => {
    const quick = { ...figures, sizes: figures.sizes.slice(0, 1) };
    expect(targetResults(quick).map((t) => t.target)).toEqual([
      '200 actors: ≥ 55 fps live',
      '200 actors: ≥ 55 fps panning',
      '200 actors: no long task',
      'seed on screen ≤ 1 s after navigation',
    ]);
  });
});

describe('a size the app never showed in time', () => {
  const notShown: RenderBenchFigures = {
    ...figures,
    sizes: [{ ...size(10000, {}, { liveFps: 1.8 }), app: null, appRuns: [null] }],
  };

  it('misses every target of that size, saying why', () => {
    expect(targetResults(notShown).slice(0, 3)).toEqual([
      { target: '10,000 actors: layout at rest ≤ 20 s', measured: 'not shown within 300 s', pass: false },
      { target: '10,000 actors: ≥ 30 fps panning', measured: 'not shown within 300 s', pass: false },
      { target: '10,000 actors: no task over 100 ms', measured: 'not shown within 300 s', pass: false },
    ]);
  });

  it('draws its row as dashes with a note, and no ratio', () => {
    const report = formatReport(notShown);
    expect(report).toMatch(/ {2}10,000 +ours \(canvas\) +— +— +— +— +— +— +—/);
    expect(report).toContain('—: not shown within 300 s in any run');
    expect(report).toContain('(load average 3.2): live —, panning —');
  });
});

describe('formatTable', () => {
  it('pads each column to its widest cell, names left and figures right', () => {
    expect(formatTable([['actors', 'renderer', 'fps'], ['200', 'ours (svg)', '58.0'], ['10,000', 'reference', '1.8']])).toEqual([
      'actors  renderer     fps',
      '200     ours (svg)  58.0',
      '10,000  reference    1.8',
    ]);
  });
});

describe('formatReport', () => {
  it('gives each renderer’s medians by size, the ratios with the load they were measured under, and the targets', () => {
    const report = formatReport(figures);
    expect(report).toContain('Render bench — 2 × Test CPU, Chromium 156.0 headless at 1440×900, Node v20.20.2, load average 2.5 at start');
    expect(report).toContain('Medians of 3 runs.');
    expect(report).toMatch(/ {2}2,000 +ours \(canvas\) +150 ms +3\.9 s +46\.0 +52\.0 +0 +80 ms +0 ms/);
    expect(report).toMatch(/ {2}10,000 +reference +150 ms +> 60 s +1\.8 +4\.4/);
    expect(report).toContain('2,000 actors, 3,000 relations (load average 3.2): live 5.75×, panning 3.47×');
    expect(report).toContain('Seed on screen after navigation (3 fresh loads, load average 2.1): median 760 ms [700, 820, 760]');
    expect(report).toMatch(/MISS {2}10,000 actors: no task over 100 ms +longest 140 ms/);
  });
});
