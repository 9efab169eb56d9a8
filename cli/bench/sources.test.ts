import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scoring.ts';
import { benchArticles } from './sources.ts';

describe('benchArticles', () => {
  it('reads the seed and our own articles, in name order, with their groups', () => {
    const articles = benchArticles();
    expect(articles[0]).toMatchObject({ name: '000_6481e570e0997220', group: 'seed' });
    expect(articles[0]!.text).toMatch(/^United States and Russian militaries launch talks on Syria/);
    const own = articles.filter((a) => a.group === 'own').map((a) => a.name);
    expect(own).toEqual([...own].sort());
    expect(own).toContain('mali-ceasefire');
  });

  it('skips a folder that is not there (../shared absent) rather than failing', () => {
    const articles = benchArticles([
      { group: 'dev', folder: path.join(repoRoot, 'no-such-shared', 'eval', 'dev') },
      { group: 'seed', folder: path.join(repoRoot, 'seeds') },
    ]);
    expect(articles.map((a) => a.group)).toEqual(['seed']);
  });
});
