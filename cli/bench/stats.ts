// Summaries of repeated timings and a straight-line fit, for the extraction bench. Pure: numbers in, numbers out.

/** The spread of a sample: its five-number summary. */
export interface Spread {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** The q-quantile (0 ≤ q ≤ 1) of the values, interpolated linearly between the ranks around it; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(Math.max(q, 0), 1) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function spreadOf(values: readonly number[]): Spread {
  return {
    min: quantile(values, 0),
    q1: quantile(values, 0.25),
    median: quantile(values, 0.5),
    q3: quantile(values, 0.75),
    max: quantile(values, 1),
  };
}

/** y ≈ intercept + slope·x, fitted by least squares, with R² (1 = every point on the line). */
export interface LineFit {
  slope: number;
  intercept: number;
  r2: number;
}

export function leastSquaresFit(xs: readonly number[], ys: readonly number[]): LineFit {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return { slope: Number.NaN, intercept: Number.NaN, r2: Number.NaN };
  const meanX = xs.slice(0, n).reduce((s, x) => s + x, 0) / n;
  const meanY = ys.slice(0, n).reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  // All y equal: a flat line explains them exactly.
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { slope, intercept: meanY - slope * meanX, r2 };
}

/**
 * k in y ≈ c·x^k, fitted on logarithms: 1 for linear growth, 2 for quadratic. A constant start-up cost pulls it
 * below 1; anything growing faster than the input pushes it above. Points with x or y ≤ 0 are left out.
 */
export function growthExponent(xs: readonly number[], ys: readonly number[]): number {
  const points = xs.map((x, i) => [x, ys[i] ?? Number.NaN] as const).filter(([x, y]) => x > 0 && y > 0);
  return leastSquaresFit(
    points.map(([x]) => Math.log(x)),
    points.map(([, y]) => Math.log(y)),
  ).slope;
}
