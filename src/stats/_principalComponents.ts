// The eigen-decomposition behind pca() and pcaWeights(), kept in Dec so that a method built on it
// (varimax, the weights) starts from 40 digits, not from pca()'s settled strings.
import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { Dec, ZERO } from '../numeric/decimal.js';
import { settle } from '../numeric/settle.js';
import { covariance } from './_columns.js';
import { jacobiEigen } from './_jacobi.js';

/** Eigenvalues (largest first, ≥ 0) and unit eigenvectors as columns (`vectors[variable][component]`). */
export interface Components {
  readonly lambda: Dec[];
  readonly vectors: Dec[][];
  readonly warnings: Issue[];
}

/**
 * Principal components of columns of data: the correlation matrix (`scale`) or the covariance
 * matrix, each component's sign chosen so that its loadings sum to 0 or more; a constant column
 * gets a `constant_criterion` warning and zero correlations.
 */
export function principalComponents(columns: readonly Dec[][], scale: boolean): Components {
  const warnings: Issue[] = [];
  const variances = columns.map((c) => covariance(c, c));
  const constant = variances.map((v, j) => {
    const zero = settle(v).isZero();
    if (zero)
      warnings.push(
        makeToolIssue('constant_criterion', ['matrix', 'columns', j], {
          column: j,
          count: columns[j]?.length ?? 0,
        }),
      );
    return zero;
  });
  const m = columns.map((x, j) =>
    columns.map((y, k) => {
      const cov = covariance(x, y);
      if (!scale) return cov;
      if (constant[j] || constant[k]) return ZERO;
      return j === k
        ? new Dec(1)
        : cov.div((variances[j] as Dec).times(variances[k] as Dec).sqrt());
    }),
  );
  const { values, vectors } = jacobiEigen(m);
  const order = values
    .map((_, i) => i)
    .sort((a, b) => (values[b] as Dec).comparedTo(values[a] as Dec) || a - b);
  // Eigenvalues of a covariance or correlation matrix are ≥ 0: a −1e-38 is rounding.
  const lambda = order.map((i) => Dec.max(0, settle(values[i] as Dec)));
  const loadings = columns.map(() => [] as Dec[]);
  for (const i of order) {
    const vector = vectors.map((row) => row[i] as Dec);
    const flip = vector.reduce((s, x) => s.plus(x), ZERO).isNegative();
    vector.forEach((x, r) => {
      (loadings[r] as Dec[]).push(flip ? x.neg() : x);
    });
  }
  return { lambda, vectors: loadings, warnings };
}

/** Each value over their sum (the values themselves when they sum to 0). */
export function shares(xs: readonly Dec[]): Dec[] {
  const total = xs.reduce((s, x) => s.plus(x), ZERO);
  return xs.map((x) => (total.isZero() ? x : x.div(total)));
}

/** The running sums of `xs`. */
export function runningSums(xs: readonly Dec[]): Dec[] {
  let running = ZERO;
  return xs.map((x) => (running = running.plus(x)));
}
