import { forceCollide } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../layout.ts';
import { forceGridCollide, type CollidingNode } from './gridCollide.ts';

type Disc = CollidingNode & { index: number; x: number; y: number; vx: number; vy: number };

/** Pairs of overlapping discs of mixed sizes, each pair far from the others. */
function separatePairs(count: number): Disc[] {
  const random = seededRandom(11);
  return Array.from({ length: count }, (_, pair) => {
    const [x, y] = [(pair % 10) * 300, Math.floor(pair / 10) * 300];
    const a = { index: 2 * pair, radius: 7 + 19 * random(), x, y, vx: 0, vy: 0 };
    const b = { index: 2 * pair + 1, radius: 7 + 19 * random(), x: x + 30 * random() - 15, y: y + 30 * random() - 15, vx: 0, vy: 0 };
    return [a, b];
  }).flat();
}

describe('forceGridCollide', () => {
  it("pushes an overlapping pair apart exactly as d3's forceCollide does", () => {
    const ours = separatePairs(40);
    const theirs = ours.map((disc) => ({ ...disc }));
    const grid = forceGridCollide<Disc>(6);
    grid.initialize?.(ours, seededRandom(1));
    grid(1);
    const d3 = forceCollide<Disc>((disc) => disc.radius + 6);
    d3.initialize?.(theirs, seededRandom(1));
    d3(1);
    ours.forEach((disc, i) => {
      expect(disc.vx).toBeCloseTo(theirs[i]!.vx, 9);
      expect(disc.vy).toBeCloseTo(theirs[i]!.vy, 9);
    });
    expect(ours.some((disc) => disc.vx !== 0)).toBe(true);
  });

  it('leaves no two discs overlapping in a crowd, coincident ones included, after a few rounds', () => {
    const random = seededRandom(5);
    const crowd: Disc[] = Array.from({ length: 200 }, (_, index) => ({
      index,
      radius: 7 + 19 * random(),
      x: 800 * random(),
      y: -800 * random(),
      vx: 0,
      vy: 0,
    }));
    crowd.push({ ...crowd[0]!, index: 200 });
    const grid = forceGridCollide<Disc>(0);
    grid.initialize?.(crowd, seededRandom(2));
    for (let round = 0; round < 300; round++) {
      grid(1);
      for (const disc of crowd) {
        disc.x += disc.vx;
        disc.y += disc.vy;
        disc.vx = disc.vy = 0;
      }
    }
    let overlaps = 0;
    for (let a = 0; a < crowd.length; a++) {
      for (let b = a + 1; b < crowd.length; b++) {
        const [p, q] = [crowd[a]!, crowd[b]!];
        if (Math.hypot(p.x - q.x, p.y - q.y) < p.radius + q.radius - 0.5) overlaps++;
      }
    }
    expect(overlaps).toBe(0);
  });
});
