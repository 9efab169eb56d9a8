import { describe, expect, it } from 'vitest';
import { boundsOf, fitTransform } from './viewport.ts';

describe('boundsOf', () => {
  it('boxes every placed disc with its label, and skips nodes not placed yet', () => {
    const bounds = boundsOf([
      // "Russia": a label wider than its disc, hanging below it.
      { x: 0, y: 0, radius: 10, labelWidth: 46 },
      // A long label drawn above its disc.
      { x: 100, y: 50, radius: 5, labelWidth: 160, labelAbove: true },
      { radius: 8, labelWidth: 40 },
    ]);
    // Top: Russia's disc; bottom: the lower disc, its label being above it.
    expect(bounds).toEqual({ minX: -23, minY: -10, maxX: 180, maxY: 55 });
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([{ x: Number.NaN, y: 0, radius: 4, labelWidth: 10 }])).toBeNull();
  });

  it('counts the label line below a disc whose label hangs below', () => {
    expect(boundsOf([{ x: 0, y: 0, radius: 10, labelWidth: 10 }])?.maxY).toBe(30);
  });
});

describe('fitTransform', () => {
  const screen = (t: { k: number; x: number; y: number }, x: number, y: number) => ({ x: t.k * x + t.x, y: t.k * y + t.y });

  it('centres the graph and keeps it inside the view with a margin', () => {
    const bounds = { minX: -500, minY: -200, maxX: 500, maxY: 200 };
    const t = fitTransform(bounds, 800, 600);
    const topLeft = screen(t, bounds.minX, bounds.minY);
    const bottomRight = screen(t, bounds.maxX, bounds.maxY);
    expect(topLeft.x).toBeGreaterThanOrEqual(10);
    expect(bottomRight.x).toBeLessThanOrEqual(790);
    expect(topLeft.y).toBeGreaterThan(10);
    expect(bottomRight.y).toBeLessThan(590);
    expect((topLeft.x + bottomRight.x) / 2).toBeCloseTo(400, 6);
    expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo(300, 6);
  });

  it('does not blow a tiny graph up to fill the view', () => {
    const t = fitTransform({ minX: -10, minY: -10, maxX: 10, maxY: 10 }, 1440, 900);
    expect(t.k).toBeLessThanOrEqual(2);
    expect(screen(t, 0, 0).x).toBeCloseTo(720, 6);
  });
});
