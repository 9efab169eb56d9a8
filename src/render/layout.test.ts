import { afterEach, describe, expect, it, vi } from 'vitest';
import { kerryTalksGraph } from '../graph/fixtures/kerryTalks.ts';
import { hashString, prewarmTicks, seededRandom, startingPosition } from './layout.ts';
import { placeScene, restingPositions } from './placement.ts';
import { toScene } from './scene.ts';

const scene = toScene(kerryTalksGraph(), { layoutKey: 'kerry-talks', selectedId: null, hoveredId: null });

describe('the seeded layout', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives identical positions on every run, without Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const first = restingPositions(scene);
    const second = restingPositions(scene);
    expect(second).toEqual(first);
    expect(random).not.toHaveBeenCalled();
    expect(first.size).toBe(scene.nodes.length);
    for (const { x, y } of first.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  it('settles with no two discs overlapping and related actors closer than unrelated ones', () => {
    const positions = restingPositions(scene);
    const { nodes } = placeScene(scene, new Map());
    const distance = (a: string, b: string) => {
      const p = positions.get(a)!;
      const q = positions.get(b)!;
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    for (const a of nodes) {
      for (const b of nodes) {
        if (a.id < b.id) expect(distance(a.id, b.id)).toBeGreaterThan(a.radius + b.radius);
      }
    }
    // Peter Cook speaks for the Pentagon; he has nothing to do with Nusra Front.
    expect(distance('peter-cook', 'pentagon')).toBeLessThan(distance('peter-cook', 'nusra-front'));
  });

  it('starts each actor at a spot derived from its id alone', () => {
    expect(startingPosition('kerry', 11, [])).toEqual(startingPosition('kerry', 11, []));
    expect(startingPosition('kerry', 11, [])).not.toEqual(startingPosition('russia', 11, []));
    // Next to the already placed neighbours when there are some.
    const beside = startingPosition('assad', 11, [{ x: 500, y: 500 }, { x: 520, y: 480 }]);
    expect(Math.hypot(beside.x - 510, beside.y - 490)).toBeCloseTo(30, 6);
  });

  it('draws numbers in [0, 1) from a reproducible LCG and hashes ids stably', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(new Set(draws).size).toBe(1000);
    expect(hashString('russia')).toBe(hashString('russia'));
    expect(hashString('russia')).not.toBe(hashString('Russia'));
  });
});

describe('placeScene', () => {
  it('keeps the positions and pins of nodes already placed, and places newcomers beside their neighbours', () => {
    const first = placeScene(scene, new Map());
    const kerry = first.nodes.find((node) => node.id === 'kerry')!;
    Object.assign(kerry, { x: 100, y: -50, fx: 100, fy: -50 });
    const previous = new Map(first.nodes.filter((node) => node.id !== 'abdullah-bin-zayed').map((node) => [node.id, node]));
    const second = placeScene(scene, previous);
    expect(second.nodes.find((node) => node.id === 'kerry')).toMatchObject({ x: 100, y: -50, fx: 100, fy: -50 });
    // Abdullah bin Zayed's only relation is with Kerry: he reappears 30 units from him.
    const abdullah = second.nodes.find((node) => node.id === 'abdullah-bin-zayed')!;
    expect(Math.hypot(abdullah.x! - 100, abdullah.y! + 50)).toBeCloseTo(30, 6);
  });

  it('links the placed nodes with the polarity and arrows each pair shows', () => {
    const { nodes, links } = placeScene(scene, new Map());
    const kerryRussia = links.find((link) => link.id === 'kerry|russia')!;
    expect(kerryRussia.source).toBe(nodes.find((node) => node.id === 'kerry'));
    expect(kerryRussia.target).toBe(nodes.find((node) => node.id === 'russia'));
    // A meeting and a warning: tied, conflict shows. Kerry warned Russia: an arrow at Russia's end.
    expect(kerryRussia.polarity).toBe('conflictual');
    expect(kerryRussia.arrows).toEqual({ atSource: false, atTarget: true });
  });
});

describe('prewarmTicks', () => {
  it('gives an article-sized graph the full prewarm and a larger one fewer ticks, never below ten', () => {
    expect(prewarmTicks(25)).toBe(60);
    expect(prewarmTicks(100)).toBe(60);
    expect(prewarmTicks(150)).toBe(27);
    expect(prewarmTicks(200)).toBe(15);
    expect(prewarmTicks(300)).toBe(10);
    expect(prewarmTicks(5000)).toBe(10);
  });
});
