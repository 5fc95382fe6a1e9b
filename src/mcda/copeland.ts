import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { Dec, ZERO } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import type { MatrixInput } from '../numeric/readMatrix.js';
import { exactString, settle } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import type { Direction, WeightInput } from '../primitives/types.js';
import { checkPairwise, ranksBy, readDecision } from './_decision.js';

/** Options of {@link copeland}. */
export interface CopelandOptions {
  /** One per criterion (column); default all `higher`. */
  readonly directions?: readonly Direction[] | undefined;
}

/** The figures of {@link copeland}: rows are alternatives, columns criteria. */
export interface CopelandFigures {
  /** The weights used: those given, scaled to sum to exactly 1. */
  readonly weights: readonly string[];
  /**
   * The outranking matrix: e(a, b) = Σ w_j over the criteria where a is better than b, plus half
   * of Σ w_j over those where they are equal (0 on the diagonal; e(a, b) + e(b, a) = 1).
   */
  readonly outranking: ReadonlyArray<readonly string[]>;
  /** The Copeland score: over the rivals b, +1 when e(a, b) > ½, −1 when e(a, b) < ½, 0 at ½. */
  readonly scores: readonly string[];
  /** The share of pairs in which one alternative is better on every criterion (COINr's `fracDominant`). */
  readonly dominantShare: string;
}

/**
 * What {@link copeland} returns (the shape of every method, see `MethodResult`): the outranking
 * matrix and the scores as exact strings and as numbers, competition ranks by score, wins and
 * losses, the dominated pairs, and warnings (`constant_criterion`).
 */
export interface CopelandResult extends MethodResult<'copeland', CopelandFigures, Issue> {
  /** Competition ranks ("1224") by score, highest first. */
  readonly ranks: { readonly scores: readonly number[] };
  /** Pairwise contests won (e(a, b) > ½) and lost (e(a, b) < ½) by each alternative. */
  readonly wins: readonly number[];
  readonly losses: readonly number[];
  /** The number of pairs in which one alternative is better on every criterion (COINr's `nDominant`). */
  readonly dominantPairs: number;
}

/** Above this many alternatives the m² pairwise contests in decimal take too long to be useful. */
const MAX_ALTERNATIVES = 2000;

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const optionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    // Checked against the column count by readDecision.
    directions: z.optional(z.unknown()),
  }))();

const HALF = /* @__PURE__ */ new Dec('0.5');

/**
 * Ranks alternatives by the Copeland rule over the criteria (Copeland 1951; as COINr's
 * `a_copeland` and `outrankMatrix`, Munda & Nardo 2009): each criterion is a voter whose vote
 * weighs w_j, a pair of alternatives is a contest, and an alternative's score is its wins minus
 * its losses. It is fully non-compensatory: a lead counts the same however large it is, so it
 * shows which rankings of the tree owe their order to compensation.
 *
 * Rows are alternatives (2 ≤ m ≤ 2,000), columns criteria, weights w ≥ 0 summing to 1 within
 * 1e-9 (then scaled to exactly 1). e(a, b) = Σ_j w_j [a better than b on j] + ½ Σ_j w_j [equal],
 * by each criterion's direction, compared exactly; the score of a is Σ_b sign(e(a, b) − ½).
 *
 * @param matrix - rows of criterion values (numbers, decimal strings or fractions such as `"1/3"`)
 * @param weights - one weight per column; ≥ 0 and summing to 1 within 1e-9
 * @param options - `directions` per column (default all `higher`)
 * @returns the weights used, the outranking matrix, the scores and the share of dominated pairs
 *   as exact strings and as numbers, ranks by score (highest first), wins, losses, the number of
 *   dominated pairs, and warnings
 * @throws {@link YoupinError} `not_a_matrix`, `ragged_matrix`, `not_a_number`, `not_finite`,
 *   `empty_input`, `length_mismatch`, `negative_weight`, `weights_sum`, `wrong_value_type` (a
 *   direction), `too_few_values` (one alternative), `too_large` (over 2,000 alternatives), or a
 *   zod code for other bad options
 * @example
 * ```ts
 * import { copeland } from 'youpin';
 * // The Tennessee capital (Wikipedia, "Copeland's method"): Memphis, Nashville, Chattanooga,
 * // Knoxville; each column a group of voters (42 %, 26 %, 15 %, 17 %) giving its order, 1 best.
 * const result = copeland(
 *   [[1, 4, 4, 4], [2, 1, 3, 3], [3, 2, 1, 2], [4, 3, 2, 1]],
 *   [0.42, 0.26, 0.15, 0.17],
 *   { directions: ['lower', 'lower', 'lower', 'lower'] },
 * );
 * result.scores; // → [ '-3', '3', '1', '-1' ]
 * result.ranks.scores; // → [ 4, 1, 2, 3 ]
 * result.outranking[1]; // → [ '0.58', '0', '0.68', '0.68' ]
 * result.wins; // → [ 0, 3, 2, 1 ]
 * ```
 */
export function copeland(
  matrix: MatrixInput,
  weights: readonly WeightInput[],
  options: CopelandOptions = {},
): CopelandResult {
  const issues: Issue[] = [];
  const parsed = parseInput(optionsSchema, options);
  if (!parsed.success) issues.push(...fromZod(parsed.error.issues, ['options']));
  checkPairwise(matrix, 'Copeland', MAX_ALTERNATIVES, issues);
  const decision = readDecision(
    matrix,
    weights,
    parsed.success ? parsed.data.directions : undefined,
    issues,
  );
  throwIfIssues(issues);
  if (!decision) throw new Error('unreachable: validation reported no issue');

  const { matrix: x, weights: w, directions: dirs } = decision;
  const m = x.length;
  const n = w.length;
  const warnings: Issue[] = [];
  for (let j = 0; j < n; j++) {
    if (x.every((row) => (row[j] as Dec).equals((x[0] as readonly Dec[])[j] as Dec)))
      warnings.push(
        makeToolIssue('constant_criterion', ['matrix', 'columns', j], { column: j, count: m }),
      );
  }
  const e: Dec[][] = x.map(() => x.map(() => ZERO));
  let dominantPairs = 0;
  for (let a = 0; a < m; a++) {
    const rowA = x[a] as readonly Dec[];
    for (let b = a + 1; b < m; b++) {
      const rowB = x[b] as readonly Dec[];
      let better = ZERO; // a better than b, weighted
      let worse = ZERO;
      let equal = ZERO;
      for (let j = 0; j < n; j++) {
        const order = (rowA[j] as Dec).comparedTo(rowB[j] as Dec);
        const lead = dirs[j] === 'higher' ? order : -order;
        if (lead > 0) better = better.plus(w[j] as Dec);
        else if (lead < 0) worse = worse.plus(w[j] as Dec);
        else equal = equal.plus(w[j] as Dec);
      }
      // Settled (guard digits dropped): weights of 1/3 sum to 1 and halves to ½ exactly.
      const half = equal.times(HALF);
      (e[a] as Dec[])[b] = settle(better.plus(half));
      (e[b] as Dec[])[a] = settle(worse.plus(half));
      // COINr counts e = 1: better on every criterion that weighs (and equal on none).
      if ((e[a] as Dec[])[b]?.equals(1) || (e[b] as Dec[])[a]?.equals(1)) dominantPairs++;
    }
  }
  const wins = e.map((row, a) => row.filter((v, b) => a !== b && v.gt(HALF)).length);
  const losses = e.map((row, a) => row.filter((v, b) => a !== b && v.lt(HALF)).length);
  const scores = wins.map((won, a) => new Dec(won - (losses[a] as number)));
  const pairs = (m * (m - 1)) / 2;

  const figures: CopelandFigures = {
    weights: w.map(exactString),
    outranking: e.map((row) => row.map(exactString)),
    scores: scores.map(exactString),
    dominantShare: exactString(new Dec(dominantPairs).div(pairs)),
  };
  return {
    method: 'copeland',
    variant: 'Copeland rule over weighted criteria, ties counted half (as COINr)',
    ...figures,
    ranks: { scores: ranksBy(scores, 'higher') },
    wins,
    losses,
    dominantPairs,
    warnings,
    numbers: floatTwin(figures),
  };
}
