import { describe, expect, it } from 'vitest';
import { boundsOf, fitTransform } from './viewport.ts';

describe('boundsOf', () => {
  it('boxes every placed disc and skips nodes not placed yet', () => {
    expect(boundsOf([{ x: 0, y: 0, radius: 10 }, { x: 100, y: 50, radius: 5 }, { radius: 8 }])).toEqual({
      minX: -10,
      minY: -10,
      maxX: 105,
      maxY: 55,
    });
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([{ x: Number.NaN, y: 0, radius: 4 }])).toBeNull();
  });
});

describe('fitTransform', () => {
  const screen = (t: { k: number; x: number; y: number }, x: number, y: number) => ({ x: t.k * x + t.x, y: t.k * y + t.y });

  it('centres the graph and keeps it, with room for labels, inside the view', () => {
    const bounds = { minX: -500, minY: -200, maxX: 500, maxY: 200 };
    const t = fitTransform(bounds, 800, 600);
    const topLeft = screen(t, bounds.minX, bounds.minY);
    const bottomRight = screen(t, bounds.maxX, bounds.maxY);
    expect(topLeft.x).toBeGreaterThan(40);
    expect(bottomRight.x).toBeLessThan(760);
    expect(topLeft.y).toBeGreaterThan(0);
    expect(bottomRight.y).toBeLessThan(580);
    expect((topLeft.x + bottomRight.x) / 2).toBeCloseTo(400, 6);
  });

  it('does not blow a tiny graph up to fill the view', () => {
    const t = fitTransform({ minX: -10, minY: -10, maxX: 10, maxY: 10 }, 1440, 900);
    expect(t.k).toBeLessThanOrEqual(2);
    expect(screen(t, 0, 0).x).toBeCloseTo(720, 6);
  });
});
