import { describe, expect, it } from 'vitest';
import { growthExponent, leastSquaresFit, median, quantile, spreadOf } from './stats.ts';

describe('median and quantiles', () => {
  it('takes the middle value of an odd sample and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates quartiles between ranks and does not reorder its input', () => {
    const times = [10, 40, 20, 30, 50];
    expect(quantile(times, 0.25)).toBe(20);
    expect(quantile([1, 2], 0.25)).toBe(1.25);
    expect(times).toEqual([10, 40, 20, 30, 50]);
  });

  it('summarises a sample as min, quartiles, median and max; NaN for no values', () => {
    expect(spreadOf([4.1, 3.9, 4.0, 9.5, 4.2])).toEqual({ min: 3.9, q1: 4.0, median: 4.1, q3: 4.2, max: 9.5 });
    expect(median([])).toBeNaN();
  });
});

describe('leastSquaresFit', () => {
  it('recovers an exact line with R² = 1', () => {
    const fit = leastSquaresFit([0.25, 0.5, 1, 2], [30, 55, 105, 205]);
    expect(fit.slope).toBeCloseTo(100);
    expect(fit.intercept).toBeCloseTo(5);
    expect(fit.r2).toBeCloseTo(1);
  });

  it('gives a lower R² for points off any line (quadratic growth)', () => {
    const xs = [0.25, 0.5, 1, 2];
    const fit = leastSquaresFit(xs, xs.map((x) => 100 * x * x));
    expect(fit.r2).toBeLessThan(0.98);
    expect(fit.r2).toBeGreaterThan(0.9);
  });

  it('cannot fit fewer than two points', () => {
    expect(leastSquaresFit([1], [2]).slope).toBeNaN();
  });
});

describe('growthExponent', () => {
  const sizes = [0.25, 0.5, 1, 2];

  it('is 1 for linear growth, 2 for quadratic, below 1 with a fixed start-up cost', () => {
    expect(growthExponent(sizes, sizes.map((x) => 300 * x))).toBeCloseTo(1);
    expect(growthExponent(sizes, sizes.map((x) => x * x))).toBeCloseTo(2);
    expect(growthExponent(sizes, sizes.map((x) => 50 + 300 * x))).toBeLessThan(0.95);
  });

  it('leaves out points it cannot take the logarithm of', () => {
    expect(growthExponent([0, 1, 2, 4], [5, 10, 20, 40])).toBeCloseTo(1);
  });
});
