import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { Dec, ONE, ZERO } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import type { MatrixInput } from '../numeric/readMatrix.js';
import { exactString } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import { readColumns } from '../stats/_columns.js';
import { principalComponents, runningSums, shares } from '../stats/_principalComponents.js';
import { varimax } from '../stats/_varimax.js';
import type { WeightsFigures, WeightsResult } from './types.js';

/** Options of {@link pcaWeights}. */
export interface PcaWeightsOptions {
  /**
   * How many factors to keep (1 … the number of components with a positive eigenvalue). Default:
   * the Handbook's rule (eigenvalue > 1 and > 10 % of the variance each, > 60 % together).
   */
  readonly factors?: number | undefined;
  /**
   * The factor an indicator joins: the one with its largest squared loading (`loading`, default;
   * the Handbook's rule and its Table 18), or with its largest squared loading scaled by the
   * factor's variance (`scaled`, the grouping the Handbook's text describes for its Table 17).
   */
  readonly assignment?: 'loading' | 'scaled' | undefined;
}

/** The figures of {@link pcaWeights}: n indicators, k factors kept. */
export interface PcaWeightsFigures extends WeightsFigures {
  /** λ of every principal component of the correlation matrix, largest first. */
  readonly eigenvalues: readonly string[];
  /** λ / Σλ, each component's share of the variance. */
  readonly explained: readonly string[];
  /** The running sum of `explained`. */
  readonly cumulative: readonly string[];
  /** The factor loadings before rotation, vⱼ √λⱼ (n × k). */
  readonly loadings: ReadonlyArray<readonly string[]>;
  /** The loadings after varimax (n × k), each factor's sign such that its loadings sum to 0 or more. */
  readonly rotated: ReadonlyArray<readonly string[]>;
  /** The variance each rotated factor explains, Σᵢ ℓᵢf² (the Handbook's "Expl.Var"). */
  readonly variance: readonly string[];
  /** Each factor's share of the variance kept (the Handbook's "Expl./Tot"): the factor weights. */
  readonly factorWeights: readonly string[];
  /** ℓᵢf² / variance_f: the squared loadings scaled to unity sum per factor (n × k). */
  readonly squaredLoadings: ReadonlyArray<readonly string[]>;
}

/** What {@link pcaWeights} returns: the weights and every figure behind them, and warnings. */
export interface PcaWeightsResult extends WeightsResult<'pca', PcaWeightsFigures> {
  /** k, the number of factors kept. */
  readonly factors: number;
  /** The factor (0 … k − 1) each indicator joins; `null` for a constant indicator. */
  readonly factorOf: readonly (number | null)[];
  /** The varimax iterations (0 with one factor). */
  readonly iterations: number;
}

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const optionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    factors: z.optional(z.int().check(z.positive())),
    assignment: z.optional(z.enum(['loading', 'scaled'])),
  }))();

const TEN_PERCENT = /* @__PURE__ */ new Dec('0.1');
const SIXTY_PERCENT = /* @__PURE__ */ new Dec('0.6');

/**
 * Weights from principal components / factor analysis, as the OECD/JRC *Handbook on Constructing
 * Composite Indicators* (2008), §6.1, builds them (after Nicoletti, Scarpetta & Boylaud 2000): an
 * indicator weighs what it contributes to the common factors of the data.
 *
 * Rows are alternatives (m ≥ 3), columns indicators (n). The variant, step by step:
 * 1. principal components of the correlation matrix (as {@link pca}), in exact decimal;
 * 2. k factors are kept: `options.factors`, or by default the leading components whose eigenvalue
 *    exceeds 1 and that each explain more than 10 % of the variance, extended by the next
 *    components until together they explain more than 60 % (at least one). The Handbook's own
 *    TAI example keeps four, two with eigenvalues "close to unity" (0.98, 0.89): pass
 *    `factors: 4` to reproduce it;
 * 3. loadings ℓ = vⱼ √λⱼ, rotated by Kaiser-normalised varimax with the algorithm of R's
 *    `stats::varimax`, iterated until no entry of the rotation matrix moves by more than 1e-30
 *    (R stops when the criterion gains less than eps = 1e-5; at most 1000 iterations here as
 *    there, with a `not_converged` warning when they run out);
 * 4. each factor's variance Vf = Σᵢ ℓᵢf² and its share Vf / ΣV (the factor weight); the squared
 *    loadings scaled to unity sum, ℓᵢf² / Vf;
 * 5. each indicator joins the factor of its largest squared loading (`assignment: 'scaled'`: of its
 *    largest scaled squared loading), ties to the first; its weight is the factor weight times its
 *    scaled squared loading, and the weights are normalised to sum to 1 (the Handbook's note 25).
 *
 * Signs do not matter (only squares enter the weights), so the indicators need no direction. A
 * constant column gets weight 0 and a `constant_criterion` warning; with no correlation at all the
 * factors are the indicators themselves. The varimax iteration converges to about 30 digits, so
 * the exact strings are the rotation's fixed point to some 28 significant digits (its last digits
 * may differ from a longer computation).
 *
 * @param matrix - m × n data (m ≥ 3): numbers, decimal strings or fractions
 * @param options - `factors` (k) and `assignment`
 * @returns weights summing to 1, the eigenvalues and shares, the loadings before and after
 *   rotation, each factor's variance and weight, the scaled squared loadings, as strings and
 *   numbers; the number of factors, each indicator's factor, and warnings
 * @throws {@link YoupinError} `not_a_matrix`, `ragged_matrix`, `not_a_number`, `not_finite`,
 *   `too_few_values` (fewer than 3 rows), `out_of_scale` (more factors than components with a
 *   positive eigenvalue), or a zod code for a bad option
 * @example
 * ```ts
 * import { pcaWeights } from 'youpin';
 * const r = pcaWeights([[1, 2, 9, 4], [2, 3, 7, 3], [3, 5, 8, 1], [4, 4, 5, 2], [5, 6, 4, 1]], { factors: 2 });
 * r.factorOf; // → [ 1, 0, 1, 0 ]
 * r.numbers.weights.map((w) => w.toFixed(4)); // → [ '0.1816', '0.2524', '0.2847', '0.2813' ]
 * ```
 */
export function pcaWeights(matrix: MatrixInput, options: PcaWeightsOptions = {}): PcaWeightsResult {
  const parsed = parseInput(optionsSchema, options);
  if (!parsed.success) throwIfIssues(fromZod(parsed.error.issues, ['options']));
  const { lambda, vectors, warnings } = principalComponents(
    readColumns(matrix, 'PCA weighting', 3),
    true,
  );
  const explained = shares(lambda);
  const cumulative = runningSums(explained);
  const positive = lambda.filter((x) => !x.isZero()).length;
  let k = options.factors ?? 0;
  if (k > positive)
    throwIfIssues([
      makeToolIssue('out_of_scale', ['options', 'factors'], { value: k, min: 1, max: positive }),
    ]);
  if (k === 0) {
    while (k < positive && (lambda[k] as Dec).gt(1) && (explained[k] as Dec).gt(TEN_PERCENT)) k++;
    while (k < positive && (k === 0 || (cumulative[k - 1] as Dec).lte(SIXTY_PERCENT))) k++;
  }
  // No spread at all (every column constant): one empty factor, and equal weights below.
  k = Math.max(k, 1);

  const loadings = vectors.map((row) =>
    row.slice(0, k).map((v, f) => v.times((lambda[f] as Dec).sqrt())),
  );
  const turn = varimax(loadings);
  if (!turn.converged)
    warnings.push(makeToolIssue('not_converged', ['matrix'], { iterations: turn.iterations }));
  const flip = loadings[0]?.map((_, f) =>
    sum(turn.rotated.map((row) => row[f] as Dec)).isNegative(),
  );
  const rotated = turn.rotated.map((row) => row.map((v, f) => (flip?.[f] ? v.neg() : v)));
  const squares = rotated.map((row) => row.map((v) => v.times(v)));
  const variance = (rotated[0] ?? []).map((_, f) => sum(squares.map((row) => row[f] as Dec)));
  const factorWeights = shares(variance);
  const scaled = squares.map((row) =>
    row.map((v, f) => (v.isZero() ? v : v.div(variance[f] as Dec))),
  );
  // The factor of the largest (scaled) squared loading, the first on a tie; none for a zero row.
  const factorOf = (options.assignment === 'scaled' ? scaled : squares).map((row) =>
    row.reduce<number | null>(
      (best, v, f) => (v.gt(best === null ? ZERO : (row[best] as Dec)) ? f : best),
      null,
    ),
  );
  const raw = factorOf.map((f, i) =>
    f === null ? ZERO : (factorWeights[f] as Dec).times((scaled[i] as Dec[])[f] as Dec),
  );
  let weights = shares(raw);
  if (sum(raw).isZero()) {
    weights = raw.map(() => ONE.div(raw.length));
    if (raw.length > 1) warnings.push(makeToolIssue('equal_weights_fallback', ['matrix']));
  }

  const strings = (xs: readonly Dec[]) => xs.map(exactString);
  const figures: PcaWeightsFigures = {
    weights: strings(weights),
    eigenvalues: strings(lambda),
    explained: strings(explained),
    cumulative: strings(cumulative),
    loadings: loadings.map(strings),
    rotated: rotated.map(strings),
    variance: strings(variance),
    factorWeights: strings(factorWeights),
    squaredLoadings: scaled.map(strings),
  };
  return {
    method: 'pca',
    variant: `PCA/FA (OECD/JRC 2008 §6.1), factors: ${k}, varimax, by ${options.assignment === 'scaled' ? 'scaled ' : ''}squared loading`,
    ...figures,
    warnings,
    numbers: floatTwin(figures),
    factors: k,
    factorOf,
    iterations: turn.iterations,
  };
}

function sum(xs: readonly Dec[]): Dec {
  return xs.reduce((s, x) => s.plus(x), ZERO);
}
