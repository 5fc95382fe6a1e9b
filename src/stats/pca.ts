import type { Issue } from '../error/issue.js';
import type { Dec } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import type { MatrixInput } from '../numeric/readMatrix.js';
import { exactString } from '../numeric/settle.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import { readColumns } from './_columns.js';
import { principalComponents, runningSums, shares } from './_principalComponents.js';

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
  options ??= {}; // null as no options
  const columns = readColumns(matrix, 'PCA');
  const scale = options.scale ?? true;
  const { lambda, vectors: loadings, warnings } = principalComponents(columns, scale);
  const explained = shares(lambda);
  const cumulative = runningSums(explained);
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
