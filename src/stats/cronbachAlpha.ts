import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import type { Dec } from '../numeric/decimal.js';
import { ZERO } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import type { MatrixInput } from '../numeric/readMatrix.js';
import { exactString, settle } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import { covariance, readColumns } from './_columns.js';

/** The figures of {@link cronbachAlpha}. */
export interface CronbachAlphaFigures {
  /** α = k / (k − 1) · (1 − Σ sᵢ² / s_t²); `null` when the totals do not vary. */
  readonly alpha: string | null;
  /** sᵢ², each item's sample variance. */
  readonly itemVariances: readonly string[];
  /** s_t², the sample variance of the rows' sums. */
  readonly totalVariance: string;
  /** α with each item left out in turn (`null` with fewer than three items). */
  readonly alphaIfDropped: ReadonlyArray<string | null>;
}

/** What {@link cronbachAlpha} returns; warnings: `constant_total` when the totals do not vary. */
export type CronbachAlphaResult = MethodResult<'cronbach', CronbachAlphaFigures, Issue>;

/**
 * Cronbach's alpha (Cronbach 1951, *Psychometrika* 16(3) 297–334) of the columns of a data matrix
 * (rows observations, columns items), in exact decimal: α = k / (k − 1) · (1 − Σ sᵢ² / s_t²), with
 * sample variances (n − 1), as R's `psych::alpha` (raw) and COINr's `get_cronbach`. With it, α if
 * each item were dropped: an item whose removal raises α does not measure what the others do.
 * Indicators on different scales should be normalised first (a report's node scores are).
 *
 * @param matrix - rows of values, at least two rows and two columns
 * @returns α, the item variances, the variance of the totals and α if each item is dropped, as
 *   exact strings and as numbers, and warnings
 * @throws {@link YoupinError} `not_a_matrix`, `ragged_matrix`, `not_a_number`, `not_finite`,
 *   `too_few_values` (one row, or one column at `['matrix', 0]`)
 * @example
 * ```ts
 * import { cronbachAlpha } from 'youpin';
 * // Three items that rise and fall together, five respondents.
 * const result = cronbachAlpha([[3, 4, 3], [2, 3, 4], [4, 4, 5], [3, 2, 3], [4, 4, 4]]);
 * result.alpha; // → '0.7325581395348837209302325581'
 * result.itemVariances; // → [ '0.7', '0.8', '0.7' ]
 * result.totalVariance; // → '4.3'
 * ```
 */
export function cronbachAlpha(matrix: MatrixInput): CronbachAlphaResult {
  const columns = readColumns(matrix, "Cronbach's alpha");
  if (columns.length < 2)
    throwIfIssues([
      makeToolIssue('too_few_values', ['matrix', 0], { method: "Cronbach's alpha", min: 2 }),
    ]);
  const warnings: Issue[] = [];
  const { alpha, items, total } = alphaOf(columns);
  if (alpha === null) warnings.push(makeToolIssue('constant_total', ['matrix']));
  const dropped = columns.map((_, j) =>
    columns.length < 3 ? null : alphaOf(columns.filter((__, k) => k !== j)).alpha,
  );
  const figures: CronbachAlphaFigures = {
    alpha: alpha === null ? null : exactString(alpha),
    itemVariances: items.map(exactString),
    totalVariance: exactString(total),
    alphaIfDropped: dropped.map((a) => (a === null ? null : exactString(a))),
  };
  return {
    method: 'cronbach',
    variant: "Cronbach's alpha, sample variances",
    ...figures,
    warnings,
    numbers: floatTwin(figures),
  };
}

function alphaOf(columns: readonly Dec[][]): { alpha: Dec | null; items: Dec[]; total: Dec } {
  const k = columns.length;
  const items = columns.map((c) => covariance(c, c));
  const sums = (columns[0] ?? []).map((_, i) =>
    columns.reduce((s, c) => s.plus(c[i] as Dec), ZERO),
  );
  const total = covariance(sums, sums);
  if (settle(total).isZero()) return { alpha: null, items, total };
  const share = items.reduce((s, v) => s.plus(v), ZERO).div(total);
  return {
    alpha: share
      .neg()
      .plus(1)
      .times(k)
      .div(k - 1),
    items,
    total,
  };
}
