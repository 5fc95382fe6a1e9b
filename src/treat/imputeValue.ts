import { sortedSum } from '../normalise/methods/_cohort.js';
import type { Dec } from '../numeric/decimal.js';

/**
 * The value a missing entry takes: the mean or the median of the values present (the median of
 * an even count is the mean of the two middle values); `null` when none is present.
 */
export function imputeValue(present: readonly Dec[], method: 'mean' | 'median'): Dec | null {
  if (present.length === 0) return null;
  if (method === 'mean') return sortedSum(present).div(present.length);
  const sorted = [...present].sort((a, b) => a.comparedTo(b));
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as Dec)
    : (sorted[mid - 1] as Dec).plus(sorted[mid] as Dec).div(2);
}
