/**
 * The p-quantile of sorted numbers by linear interpolation between order statistics, Hyndman &
 * Fan (1996) definition 7 (R's default, numpy's `linear`): h = (n − 1)·p, x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
 *
 * @param sorted - ascending, non-empty
 * @param p - in [0, 1]
 * @returns the quantile
 */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (h - below) * (high - low);
}
