// Columns of a data matrix read exactly, and the moments the statistics share.
import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { Dec, ZERO } from '../numeric/decimal.js';
import { readMatrix } from '../numeric/readMatrix.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';

/**
 * Reads an observations × variables matrix (numbers, decimal strings, fractions) into columns,
 * with at least `min` rows; every problem is a YoupinError with its path.
 */
export function readColumns(input: unknown, method: string, min = 2): Dec[][] {
  const issues: Issue[] = [];
  const rows = readMatrix(input, 'matrix', issues);
  if (rows && rows.length < min)
    issues.push(makeToolIssue('too_few_values', ['matrix'], { method, min }));
  throwIfIssues(issues);
  const matrix = rows as Dec[][];
  return (matrix[0] ?? []).map((_, j) => matrix.map((row) => row[j] as Dec));
}

export function mean(xs: readonly Dec[]): Dec {
  return xs.reduce((s, x) => s.plus(x), ZERO).div(xs.length);
}

/** The sample covariance (n − 1) of two columns of equal length. */
export function covariance(xs: readonly Dec[], ys: readonly Dec[]): Dec {
  const mx = mean(xs);
  const my = mean(ys);
  let sum = ZERO;
  for (let i = 0; i < xs.length; i++)
    sum = sum.plus((xs[i] as Dec).minus(mx).times((ys[i] as Dec).minus(my)));
  return sum.div(xs.length - 1);
}

/** Ranks 1…n with ties given the mean of their positions (as R's `rank`, "average"). */
export function averageRanks(xs: readonly Dec[]): Dec[] {
  const order = xs.map((_, i) => i).sort((a, b) => (xs[a] as Dec).comparedTo(xs[b] as Dec));
  const ranks: Dec[] = new Array(xs.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (
      end + 1 < order.length &&
      (xs[order[end + 1] as number] as Dec).equals(xs[order[start] as number] as Dec)
    )
      end++;
    const rank = new Dec(start + end + 2).div(2);
    for (let k = start; k <= end; k++) ranks[order[k] as number] = rank;
    start = end + 1;
  }
  return ranks;
}
