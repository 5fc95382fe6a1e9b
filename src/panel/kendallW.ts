import type { Issue } from '../error/issue.js';
import { makeIssue } from '../error/messages.js';
import { Dec } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import { type MatrixInput, readMatrix } from '../numeric/readMatrix.js';
import { exactString } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { MethodResult } from '../primitives/MethodResult.js';

/** The figures of {@link kendallW}. */
export interface KendallWFigures {
  /** Kendall's W, tie-corrected, in [0, 1]. */
  readonly w: string;
  /** χ² = m(n − 1)W, with n − 1 degrees of freedom (0 when every rater tied every item). */
  readonly chiSquare: string;
  /** Rᵢ, the sum of item i's ranks over the raters (1 = lowest score). */
  readonly rankSums: readonly string[];
  /** S = Σ (Rᵢ − m(n + 1)/2)², the sum of squared deviations of the rank sums. */
  readonly s: string;
}

/**
 * What {@link kendallW} returns (the shape of every method, see {@link MethodResult}): W, χ², the
 * rank sums and S as exact strings and numbers, and the counts and flags beside them.
 */
export interface KendallWResult extends MethodResult<'kendallW', KendallWFigures, Issue> {
  /** m, the number of raters (rows). */
  readonly raters: number;
  /** n, the number of items (columns). */
  readonly items: number;
  /** Whether some rater tied some items, so the tie correction changed W. */
  readonly tieCorrected: boolean;
  /** Whether every rater gave all items the same score (W is then 1 and χ² 0 by convention). */
  readonly allTied: boolean;
}

/**
 * Kendall's coefficient of concordance W: how far m raters agree in the order they put n items in,
 * from 0 (no agreement) to 1 (identical rankings).
 *
 * Each rater's scores (a row) are ranked; tied scores share the mean of their ranks. With Rᵢ the
 * rank sum of item i and S = Σ (Rᵢ − m(n + 1)/2)²,
 * W = 12·S / (m²(n³ − n) − m·Σⱼ Tⱼ), where Tⱼ = Σ (t³ − t) over the groups of t tied scores of
 * rater j (Kendall & Babington Smith 1939, "The problem of m rankings", Ann. Math. Statist.
 * 10(3), 275–287; Kendall 1948, *Rank Correlation Methods*; the same as R's
 * `irr::kendall(ratings, correct = TRUE)` and `DescTools::KendallW(x, correct = TRUE)`, which take
 * the transposed matrix). The direction of ranking (highest score first or last) does not change W.
 * χ² = m(n − 1)W is Friedman's statistic with n − 1 degrees of freedom (a large-sample test; no
 * p-value is computed).
 *
 * Degenerate case: when every rater gives every item the same score, the formula is 0/0. The
 * raters' rankings are then identical (all items tied), and identical rankings have W = 1 under
 * the tie correction whatever their ties; so W is 1. But such data say nothing about the items:
 * every permutation of every row gives the same statistic, so the permutation p-value is 1, and
 * χ² is reported as 0 rather than m(n − 1). `allTied` is true, and the only case where
 * χ² ≠ m(n − 1)W. (Some, but not all, raters constant: W is defined by the formula and those
 * raters count as raters who see no difference.)
 *
 * @param ratings - m × n scores: one row per rater, one column per item (numbers, decimal strings
 *   or fractions)
 * @returns W, χ², the rank sums and S as strings and numbers, the numbers of raters and items,
 *   whether ties were corrected, whether everything was tied
 * @throws {@link YoupinError} `not_a_matrix`, `ragged_matrix`, `not_a_number`, `not_finite` (from
 *   the matrix), `too_few_values` (fewer than 2 raters, at `['ratings']`, or fewer than 2 items, at
 *   `['ratings', 0]`)
 * @example
 * ```ts
 * import { kendallW } from 'youpin';
 * // Four raters rank eight farms' strawberries (influentialpoints.com): W = 500/672 ≈ 0.744.
 * const ranks = [
 *   [8, 4, 2, 3, 5, 1, 6, 7],
 *   [7, 3, 1, 4, 5, 2, 6, 8],
 *   [8, 2, 5, 6, 7, 1, 4, 3],
 *   [8, 3, 4, 2, 5, 1, 6, 7],
 * ];
 * kendallW(ranks).numbers.w.toFixed(4); // → '0.7440'
 * kendallW(ranks).numbers.chiSquare.toFixed(2); // → '20.83'
 * kendallW(ranks).s; // → '500'
 * kendallW([[90, 80, 70], [95, 85, 60]]).w; // → '1'
 * kendallW([[90, 90, 70], [80, 60, 60]]).tieCorrected; // → true
 * ```
 */
export function kendallW(ratings: MatrixInput): KendallWResult {
  const issues: Issue[] = [];
  const x = readMatrix(ratings, 'ratings', issues);
  if (x) {
    if (x.length < 2) {
      issues.push(
        makeIssue('too_few_values', ['ratings'], { method: "Kendall's W (raters)", min: 2 }),
      );
    }
    if ((x[0] as Dec[]).length < 2) {
      issues.push(
        makeIssue('too_few_values', ['ratings', 0], { method: "Kendall's W (items)", min: 2 }),
      );
    }
  }
  throwIfIssues(issues);
  const rows = x as Dec[][];
  const m = rows.length;
  const n = (rows[0] as Dec[]).length;

  const rankSums = Array.from({ length: n }, () => new Dec(0));
  let ties = new Dec(0);
  for (const row of rows) {
    const { ranks, t } = averageRanks(row);
    ranks.forEach((r, i) => {
      rankSums[i] = (rankSums[i] as Dec).plus(r);
    });
    ties = ties.plus(t);
  }

  const n3n = new Dec(n).pow(3).minus(n);
  const denominator = new Dec(m).pow(2).times(n3n).minus(ties.times(m));
  const allTied = denominator.isZero();
  const meanSum = new Dec(m).times(n + 1).div(2);
  const s = rankSums.reduce((a, r) => a.plus(r.minus(meanSum).pow(2)), new Dec(0));
  const w = allTied ? new Dec(1) : s.times(12).div(denominator);
  const chiSquare = allTied ? new Dec(0) : w.times(m).times(n - 1);
  const figures: KendallWFigures = {
    w: exactString(w),
    chiSquare: exactString(chiSquare),
    rankSums: rankSums.map(exactString),
    s: exactString(s),
  };
  return {
    method: 'kendallW',
    variant: "Kendall's W, tie-corrected; χ² = m(n − 1)W",
    ...figures,
    raters: m,
    items: n,
    tieCorrected: !ties.isZero(),
    allTied,
    warnings: [],
    numbers: floatTwin(figures),
  };
}

/** Ranks 1…n (ascending), ties sharing their mean rank; t = Σ (t³ − t) over the tie groups. */
function averageRanks(row: readonly Dec[]): { ranks: Dec[]; t: Dec } {
  const order = row.map((_, i) => i).sort((i, j) => (row[i] as Dec).comparedTo(row[j] as Dec));
  const ranks = row.map(() => new Dec(0));
  let t = new Dec(0);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    const value = row[order[start] as number] as Dec;
    while (end < order.length && (row[order[end] as number] as Dec).equals(value)) end++;
    // Positions start…end−1 hold ranks start+1…end; their mean is (start + 1 + end) / 2.
    const rank = new Dec(start + 1 + end).div(2);
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    const size = end - start;
    t = t.plus(size ** 3 - size);
    start = end;
  }
  return { ranks, t };
}
