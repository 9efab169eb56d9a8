import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFiles } from './extract.ts';
import { repoRoot } from './scoring.ts';

const seed = path.join(repoRoot, 'seeds/000_6481e570e0997220.txt');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const runCli = (args: string[], input?: string) =>
  spawnSync(tsx, ['cli/extract.ts', ...args], { cwd: repoRoot, input, encoding: 'utf8', timeout: 60_000 });

describe('extract CLI', () => {
  it('prints one graph document for the seed and nothing else', () => {
    const run = runCli([seed]);
    expect(run.status).toBe(0);
    const graph = JSON.parse(run.stdout);
    expect(graph.format).toBe('actorgraph/1');
    expect(graph.documents.map((d: { id: string }) => d.id)).toEqual(['d1']);
    expect(graph.documents[0].text).toBe(readFileSync(seed, 'utf8'));
    expect(graph.actors.length).toBeGreaterThan(10);
    expect(graph.relations.length).toBeGreaterThan(10);
    expect(run.stderr).toBe('');
  });

  it('reads standard input for "-" and numbers documents in argument order', () => {
    const run = runCli([seed, '-'], 'Brazil condemned Argentina.');
    expect(run.status).toBe(0);
    const graph = JSON.parse(run.stdout);
    expect(graph.documents.map((d: { id: string; title: string }) => [d.id, d.title])).toEqual([
      ['d1', 'United States and Russian militaries launch talks on Syria'],
      ['d2', 'Brazil condemned Argentina.'],
    ]);
  });

  it('fails with a message on standard error and a non-zero status for a missing file', () => {
    const run = runCli(['no/such/article.txt']);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/cannot read no\/such\/article\.txt/);
  });

  it('reports usage as an error value when given no files', () => {
    expect(extractFiles([])).toEqual({ ok: false, message: expect.stringMatching(/usage/) });
  });
});
