import type { Dec } from '../numeric/decimal.js';

/**
 * Competition ranks ("1224"): 1 + the number of totals strictly greater. `null` totals get `null`.
 * Totals are compared as exact decimals, so 0.1 + 0.2 and 0.3 tie.
 */
export function competitionRanks(totals: ReadonlyArray<Dec | null>): Array<number | null> {
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
