import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { Dec, ZERO } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import type { MatrixInput } from '../numeric/readMatrix.js';
import { exactString, settle } from '../numeric/settle.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import { covariance, readColumns } from './_columns.js';
import { jacobiEigen } from './_jacobi.js';

/** The figures of {@link pca}: components in order of the variance they explain. */
export interface PcaFigures {
  /** λ, the variance of each component (the eigenvalues of the correlation or covariance matrix). */
  readonly eigenvalues: readonly string[];
  /** √λ, each component's standard deviation (R's `prcomp()$sdev`). */
  readonly sdev: readonly string[];
  /** λ / Σλ, the share of the variance each component explains. */
  readonly explained: readonly string[];
  /** The running sum of `explained`. */
  readonly cumulative: readonly string[];
  /**
   * The eigenvectors, one row per variable and one column per component (R's `rotation`), each
   * component's sign chosen so that its loadings sum to 0 or more.
   */
  readonly loadings: ReadonlyArray<readonly string[]>;
}

/** What {@link pca} returns; warnings: `constant_criterion` for a column with no spread. */
export type PcaResult = MethodResult<'pca', PcaFigures, Issue>;

/**
 * Principal component analysis of a data matrix (rows observations, columns variables), in
 * exact decimal: the eigen-decomposition (cyclic Jacobi, to 28 digits) of the correlation matrix
 * (`scale: true`, the default: as R's `prcomp(x, scale. = TRUE)`, for indicators on different
 * scales) or of the covariance matrix. A sign of an eigenvector is arbitrary; here each
 * component's loadings sum to 0 or more, so the first component of indicators that rise together
 * has positive loadings (R may print them all negative). A constant column is left out of the
 * correlations (its row and column are 0) with a `constant_criterion` warning.
 *
 * @param matrix - rows of values, at least two rows
 * @param options - `scale`: `true` (correlation matrix, default) or `false` (covariance matrix)
 * @returns eigenvalues, standard deviations, explained and cumulative shares, loadings, as exact
 *   strings and as numbers, and warnings
 * @throws {@link YoupinError} `not_a_matrix`, `ragged_matrix`, `not_a_number`, `not_finite`,
 *   `too_few_values` (one row)
 * @example
 * ```ts
 * import { pca } from 'youpin';
 * const result = pca([[1, 2], [2, 4], [3, 5], [4, 4]]);
 * result.numbers.explained.map((x) => x.toFixed(4)); // → [ '0.8591', '0.1409' ]
 * result.numbers.loadings.map((row) => row.map((x) => x.toFixed(4))); // → [ [ '0.7071', '0.7071' ], [ '0.7071', '-0.7071' ] ]
 * ```
 */
export function pca(
  matrix: MatrixInput,
  options: { readonly scale?: boolean | undefined } = {},
): PcaResult {
  const columns = readColumns(matrix, 'PCA');
  const scale = options.scale ?? true;
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
  const m = columns.map((x, j) =>
    columns.map((y, k) => {
      const cov = covariance(x, y);
      if (!scale) return cov;
      const vx = variances[j] as Dec;
      const vy = variances[k] as Dec;
      if (settle(vx).isZero() || settle(vy).isZero()) return ZERO;
      return j === k ? new Dec(1) : cov.div(vx.times(vy).sqrt());
    }),
  );
  const { values, vectors } = jacobiEigen(m);
  const order = values
    .map((_, i) => i)
    .sort((a, b) => (values[b] as Dec).comparedTo(values[a] as Dec) || a - b);
  // Eigenvalues of a covariance or correlation matrix are ≥ 0: a −1e-38 is rounding.
  const lambda = order.map((i) => Dec.max(0, settle(values[i] as Dec)));
  const sum = lambda.reduce((s, x) => s.plus(x), ZERO);
  const explained = lambda.map((x) => (sum.isZero() ? ZERO : x.div(sum)));
  let running = ZERO;
  const cumulative = explained.map((x) => {
    running = running.plus(x);
    return running;
  });
  const loadings = columns.map(() => [] as Dec[]);
  for (const i of order) {
    const vector = vectors.map((row) => row[i] as Dec);
    const flip = vector.reduce((s, x) => s.plus(x), ZERO).isNegative();
    vector.forEach((x, r) => {
      (loadings[r] as Dec[]).push(flip ? x.neg() : x);
    });
  }
  const strings = (xs: readonly Dec[]) => xs.map(exactString);
  const figures: PcaFigures = {
    eigenvalues: strings(lambda),
    sdev: strings(lambda.map((x) => x.sqrt())),
    explained: strings(explained),
    cumulative: strings(cumulative),
    loadings: loadings.map(strings),
  };
  return {
    method: 'pca',
    variant: scale ? 'correlation matrix (standardised variables)' : 'covariance matrix',
    ...figures,
    warnings,
    numbers: floatTwin(figures),
  };
}
