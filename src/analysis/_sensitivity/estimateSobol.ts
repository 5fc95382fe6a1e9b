import type { Issue } from '../../error/issue.js';
import { makeToolIssue } from '../../error/toolMessages.js';
import { throwIfIssues } from '../../numeric/throwIfIssues.js';
import { createRandom, type Random } from './createRandom.js';
import { type SobolIndices, sobolIndices } from './sobolIndices.js';
import { sobolRows } from './sobolRows.js';

/** Options of {@link estimateSobol}. */
export interface EstimateSobolOptions {
  /** Columns of a sample row. */
  readonly k: number;
  /** N, the rows of A and of B (≥ 2). The model is evaluated N·(groups + 2) times. */
  readonly n: number;
  readonly seed: number | string;
  /**
   * Fills `out` (length k, zeroed first, reused) with one random row of inputs drawn from
   * `random`. Columns may depend on each other within a group (a Dirichlet weight vector).
   */
  readonly sampleRow: (random: Random, out: Float64Array) => void;
  /** The model: one finite output per row. `row` is a scratch copy, valid during the call only. */
  readonly evaluate: (row: Float64Array) => number;
  /**
   * Columns that move together; each group gets one pair of indices. Default: every column on its
   * own. Groups should not overlap (an overlapping group's index is then that of its whole set).
   */
  readonly groups?: readonly (readonly number[])[] | undefined;
  /** Bootstrap resamples (0 or ≥ 2; default 1000). */
  readonly bootstrap?: number | undefined;
  /** Confidence level of the bootstrap intervals (default 0.95). */
  readonly level?: number | undefined;
}

/** What {@link estimateSobol} returns: the indices per group, and the groups used. */
export interface SobolEstimation extends SobolIndices {
  readonly groups: readonly (readonly number[])[];
  /** Model evaluations made: N·(groups + 2). */
  readonly evaluations: number;
}

/**
 * Runs a Sobol sensitivity analysis of `evaluate` with the radial design of Saltelli et al.
 * (2010): two independent sample matrices A and B (N rows of k columns), and for each group g the
 * matrix A_B^(g) — A with the columns of g taken from B (Jansen 1999; groups of inputs as in
 * Jacques, Lavergne & Devictor 2006) — then {@link sobolIndices}.
 *
 * Streams, fixed so results do not depend on how the rows are split over workers: with
 * `root = createRandom(seed)`, row j of A is sampled from `root.fork(0).fork(j)`, row j of B from
 * `root.fork(1).fork(j)`, and the bootstrap draws from `root.fork(2)`. No matrix is stored: row
 * by row, `evaluate` is called on A_j, then B_j, then A_B^(g)_j for each group in order.
 *
 * @param options - dimensions, seed, sampler, model, groups, bootstrap
 * @returns the indices per group (in the order of `groups`), with the groups and evaluation count
 * @throws YoupinError `out_of_scale` (k, n, group columns), `empty_input` (an empty group or
 *   no groups), `not_finite` (an output), and the errors of {@link sobolIndices}
 */
export function estimateSobol(options: EstimateSobolOptions): SobolEstimation {
  const { k, n, sampleRow, evaluate } = options;
  checkOptions(k, n, options.groups);
  const groups = options.groups ?? Array.from({ length: k }, (_, i) => [i]);
  const root = createRandom(options.seed);
  const { fA, fB, fAB } = sobolRows({ k, seed: options.seed, sampleRow, evaluate, groups }, 0, n);
  const indices = sobolIndices(
    { fA, fB, fAB },
    { bootstrap: options.bootstrap, level: options.level, random: root.fork(2) },
  );
  return {
    ...indices,
    groups: groups.map((group) => [...group]),
    evaluations: n * (groups.length + 2),
  };
}

function checkOptions(
  k: number,
  n: number,
  groups: readonly (readonly number[])[] | undefined,
): void {
  const issues: Issue[] = [];
  if (!Number.isSafeInteger(k) || k < 1) {
    issues.push(makeToolIssue('out_of_scale', ['k'], { value: k, min: 1, max: 'Infinity' }));
  }
  if (!Number.isSafeInteger(n) || n < 2) {
    issues.push(makeToolIssue('out_of_scale', ['n'], { value: n, min: 2, max: 'Infinity' }));
  }
  if (groups?.length === 0) issues.push(makeToolIssue('empty_input', ['groups']));
  groups?.forEach((group, g) => {
    if (group.length === 0) issues.push(makeToolIssue('empty_input', ['groups', g]));
    group.forEach((column, c) => {
      if (!Number.isSafeInteger(column) || column < 0 || column >= k) {
        issues.push(
          makeToolIssue('out_of_scale', ['groups', g, c], { value: column, min: 0, max: k - 1 }),
        );
      }
    });
  });
  throwIfIssues(issues);
}
