import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { competitionRanks } from '../numeric/competitionRanks.js';
import { Dec } from '../numeric/decimal.js';
import { readDirections } from '../numeric/readDirections.js';
import { readMatrix, readVector } from '../numeric/readMatrix.js';
import { settle } from '../numeric/settle.js';
import type { Direction } from '../primitives/types.js';

/** A decision matrix read exactly, with weights scaled to sum to exactly 1. */
export interface Decision {
  /** Rows are alternatives, columns criteria. */
  readonly matrix: readonly (readonly Dec[])[];
  readonly weights: readonly Dec[];
  readonly directions: readonly Direction[];
}

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const TOLERANCE = /* @__PURE__ */ new Dec('1e-9');

/**
 * Reads the matrix, the weights and the directions of a cohort method (TOPSIS, VIKOR), adding an
 * issue for every problem: bad cells (`['matrix', i, j]`), ragged rows, bad or negative weights
 * (`['weights', j]`), a weight count that is not the column count, weights that do not sum to 1
 * within 1e-9, bad directions. Returns `undefined` when anything is wrong.
 */
export function readDecision(
  matrix: unknown,
  weights: unknown,
  directions: unknown,
  issues: Issue[],
): Decision | undefined {
  const before = issues.length;
  const rows = readMatrix(matrix, 'matrix', issues);
  const first = Array.isArray(matrix) && Array.isArray(matrix[0]) ? matrix[0] : undefined;
  const width = first && first.length > 0 ? first.length : undefined;

  const ws = readVector(weights, 'weights', issues);
  ws?.forEach((w, j) => {
    if (w.isNegative() && !w.isZero())
      issues.push(makeToolIssue('negative_weight', ['weights', j]));
  });
  if (
    width !== undefined &&
    Array.isArray(weights) &&
    weights.length > 0 &&
    weights.length !== width
  ) {
    issues.push(makeToolIssue('length_mismatch', ['weights'], { a: width, b: weights.length }));
  }
  const dirs = width === undefined ? [] : readDirections(directions, width, issues);
  const sum = (ws ?? []).reduce((a, w) => a.plus(w), new Dec(0));
  if (ws?.every((w) => !w.isNegative() || w.isZero()) && sum.minus(1).abs().gt(TOLERANCE)) {
    issues.push(makeToolIssue('weights_sum', ['weights'], { sum: sum.toFixed() }));
  }
  if (issues.length > before || !rows || !ws) return undefined;
  return { matrix: rows, weights: ws.map((w) => w.div(sum)), directions: dirs };
}

/**
 * The size checks of a method that compares every pair of alternatives (PROMETHEE, Copeland): two
 * alternatives at least (`too_few_values`), `max` at most (`too_large`: m² pairs in decimal).
 */
export function checkPairwise(matrix: unknown, method: string, max: number, issues: Issue[]): void {
  const rows = Array.isArray(matrix) ? matrix.length : 0;
  if (rows === 1) issues.push(makeToolIssue('too_few_values', ['matrix'], { method, min: 2 }));
  if (rows > max)
    issues.push(
      makeToolIssue('too_large', ['matrix'], {
        what: 'alternatives',
        whatZh: '备选方案',
        count: rows,
        max,
      }),
    );
}

/** The column `j` of a matrix. */
export function column(matrix: readonly (readonly Dec[])[], j: number): Dec[] {
  return matrix.map((row) => row[j] as Dec);
}

/**
 * Competition ranks ("1224") on the settled values (guard digits dropped, so values that are
 * equal in exact arithmetic tie): `higher` ranks the largest first, `lower` the smallest.
 */
export function ranksBy(values: readonly Dec[], first: 'higher' | 'lower'): number[] {
  const settled = values.map((v) => (first === 'higher' ? settle(v) : settle(v).neg()));
  return competitionRanks(settled) as number[];
}
