import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { Dec, ONE, ZERO } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import type { MatrixInput } from '../numeric/readMatrix.js';
import { exactString, settle } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import { averageRanks, covariance, readColumns } from './_columns.js';

/** The figures of {@link correlations}. */
export interface CorrelationFigures {
  /** r between every pair of columns (1 on the diagonal; 0 beside a constant column). */
  readonly matrix: ReadonlyArray<readonly string[]>;
}

/** What {@link correlations} returns; warnings: `constant_criterion` for a column with no spread. */
export type CorrelationResult = MethodResult<'pearson' | 'spearman', CorrelationFigures, Issue>;

/**
 * The correlation matrix of a data matrix (rows observations, columns variables), in exact
 * decimal: Pearson's r, or Spearman's ρ (Pearson's r of the ranks, ties given their average rank,
 * as R's `cor(x, method = "spearman")`). A column with no spread correlates 0 with every other
 * (R gives NA), with a `constant_criterion` warning.
 *
 * @param matrix - rows of values (numbers, decimal strings or fractions), at least two rows
 * @param options - `method`: `pearson` (default) or `spearman`
 * @returns the matrix as exact strings (guard digits dropped) and as numbers, and warnings
 * @throws {@link YoupinError} `not_a_matrix`, `ragged_matrix`, `not_a_number`, `not_finite`,
 *   `too_few_values` (one row), `wrong_value_type` (a method other than pearson or spearman)
 * @example
 * ```ts
 * import { correlations } from 'youpin';
 * const r = correlations([[1, 2], [2, 4], [3, 5], [4, 4]]);
 * r.matrix[0]?.[1]; // → '0.7181848464596078668196725516'
 * correlations([[1, 2], [2, 4], [3, 5], [4, 4]], { method: 'spearman' }).matrix[0]?.[1]; // → '0.6324555320336758663997787089'
 * ```
 */
export function correlations(
  matrix: MatrixInput,
  options: { readonly method?: 'pearson' | 'spearman' | undefined } = {},
): CorrelationResult {
  const method = options?.method ?? 'pearson';
  if (method !== 'pearson' && method !== 'spearman')
    throwIfIssues([
      makeToolIssue('wrong_value_type', ['options', 'method'], {
        leaf: 'method',
        leafZh: '（选项）method ',
        expected: '"pearson" or "spearman"',
        expectedZh: '"pearson" 或 "spearman"',
      }),
    ]);
  const raw = readColumns(matrix, 'correlation');
  const columns = method === 'spearman' ? raw.map(averageRanks) : raw;
  const warnings: Issue[] = [];
  const variances = columns.map((c) => covariance(c, c));
  variances.forEach((v, j) => {
    if (settle(v).isZero())
      warnings.push(
        makeToolIssue('constant_criterion', ['matrix', 'columns', j], {
          column: j,
          count: columns[j]?.length ?? 0,
        }),
      );
  });
  const r = columns.map((x, j) =>
    columns.map((y, k) => {
      if (j === k) return ONE;
      const vx = variances[j] as Dec;
      const vy = variances[k] as Dec;
      if (settle(vx).isZero() || settle(vy).isZero()) return ZERO;
      const value = covariance(x, y).div(vx.times(vy).sqrt());
      // |r| ≤ 1: the last guard digit must not take it past.
      return Dec.max(-1, Dec.min(1, settle(value)));
    }),
  );
  const figures: CorrelationFigures = { matrix: r.map((row) => row.map(exactString)) };
  return {
    method,
    variant: method === 'pearson' ? "Pearson's r" : "Spearman's ρ (average ranks for ties)",
    ...figures,
    warnings,
    numbers: floatTwin(figures),
  };
}
