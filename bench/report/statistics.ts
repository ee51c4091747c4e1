/** Small statistics for benchmark samples. Empty input gives NaN rather than throwing. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The nearest-rank percentile (p in 0–100): the smallest value with at least p% of the samples at
 * or below it. Always a value that was actually observed, which is what a delay target means.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`a percentile is between 0 and 100, not ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function maximum(values: readonly number[]): number {
  // A loop, not Math.max(...values): thousands of delays would overflow the argument list.
  let highest = Number.NaN;
  for (const value of values) if (!(value <= highest)) highest = value;
  return highest;
}
