import type { Dec } from './decimal.js';

/**
 * Competition ranks ("1224"): 1 + the number of totals strictly greater. `null` totals get `null`.
 * Totals are compared as exact decimals, so 0.1 + 0.2 and 0.3 tie.
 */
export function competitionRanks(totals: ReadonlyArray<Dec | null>): Array<number | null> {
  // Decimals of at most 14 significant digits (two words of decimal.js's base 10⁷) convert to
  // doubles one-to-one and in order (15 digits always survive the round trip), so published totals
  // are sorted as numbers; longer ones (settled exact values in MCDA ranks) as decimals.
  if (totals.every((t) => t === null || (t.d.length <= 2 && Math.abs(t.e) < 300))) {
    const numbers = totals.map((t) => (t === null ? null : t.toNumber()));
    const sorted = Float64Array.from(numbers.filter((x): x is number => x !== null)).sort();
    return numbers.map((x) => (x === null ? null : sorted.length - firstGreater(sorted, x) + 1));
  }
  const present = totals.filter((t): t is Dec => t !== null).sort((a, b) => b.comparedTo(a));
  return totals.map((t) => {
    if (t === null) return null;
    // Binary search for the first total not greater than t.
    let lo = 0;
    let hi = present.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((present[mid] as Dec).greaterThan(t)) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  });
}

// Index of the first element greater than x in an ascending array (its length if none).
function firstGreater(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
