import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { num } from '../normalise/methods/_shared.js';
import { Dec } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import type { MatrixInput } from '../numeric/readMatrix.js';
import { readMatrix, readVector } from '../numeric/readMatrix.js';
import { exactString } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import { checkPairwise } from './_pairwise.js';
import { type AhpOptions, type AhpResult, ahpOptionsShape, analyse } from './ahp.js';
import { randomIndexTables } from './randomIndexTables.js';

/** Options of {@link ahpGroup}. */
export interface AhpGroupOptions extends AhpOptions {
  /**
   * `judgements` (AIJ: aggregate the individual judgements by weighted geometric mean, then derive
   * priorities; default) or `priorities` (AIP: derive each expert's priorities, then aggregate
   * them by weighted geometric mean). Forman & Peniwati (1998).
   */
  readonly aggregation?: 'judgements' | 'priorities' | undefined;
  /** The experts' weights (≥ 0, summing to 1); default equal. */
  readonly expertWeights?: ReadonlyArray<number | string> | undefined;
}

/** The figures of {@link ahpGroup}. */
export interface AhpGroupFigures {
  /** The group's priority vector, summing to 1. */
  readonly weights: readonly string[];
  /** The experts' weights λₖ as used: those given (default equal), scaled to sum to exactly 1. */
  readonly expertWeights: readonly string[];
  /** AIJ only: the aggregated matrix, Πₖ aᵢⱼ⁽ᵏ⁾^λₖ; `null` under AIP. */
  readonly aggregatedMatrix: ReadonlyArray<readonly string[]> | null;
}

/**
 * What {@link ahpGroup} returns (the shape of every method, see {@link MethodResult}): `method`
 * is the prioritisation, `aggregation` AIJ or AIP; the figures as strings and numbers; the group
 * matrix's own AHP result (AIJ) and each expert's, CR included, beside them.
 */
export interface AhpGroupResult
  extends MethodResult<'eigenvector' | 'geometricMean', AhpGroupFigures, Issue> {
  readonly aggregation: 'judgements' | 'priorities';
  /** AIJ only: the AHP figures of the aggregated matrix (its CR); `null` under AIP. */
  readonly group: AhpResult | null;
  /** Each expert's own result, CR included, in input order. */
  readonly experts: readonly AhpResult[];
}

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const TOLERANCE = /* @__PURE__ */ new Dec('1e-9');
const optionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...ahpOptionsShape,
    aggregation: z.optional(z.enum(['judgements', 'priorities'])),
    expertWeights: z.optional(z.array(z.union([z.number(), z.string()]))),
  }))();

/**
 * Group AHP: several experts' pairwise matrices combined into one priority vector, by aggregating
 * individual judgements (AIJ) or individual priorities (AIP), both with the weighted geometric
 * mean, the only mean that keeps reciprocity (Aczél & Saaty 1983; Forman & Peniwati 1998).
 * Every expert's own consistency is reported.
 *
 * @param matrices - one n × n pairwise matrix per expert (numbers or fractions such as "1/3")
 * @param options - `aggregation` (default `judgements`), `expertWeights` (default equal), and the
 *   options of {@link ahp}
 * @returns the group weights, the experts' weights and, for AIJ, the aggregated matrix, as strings
 *   and numbers; each expert's AHP result and, for AIJ, the group matrix's
 * @throws {@link YoupinError} as {@link ahp} for any matrix (paths `['matrices', k, i, j]`),
 *   `length_mismatch` (matrices of different sizes, or expert weights of the wrong length),
 *   `weights_sum`, `negative_weight`, `empty_input`
 * @example
 * ```ts
 * import { ahpGroup } from 'youpin';
 * const group = ahpGroup([
 *   [[1, 3], ['1/3', 1]],
 *   [[1, 1], [1, 1]],
 * ]);
 * group.numbers.weights.map((w) => w.toFixed(4)); // → [ '0.6340', '0.3660' ]
 * group.experts.map((e) => e.weights); // → [ [ '0.75', '0.25' ], [ '0.5', '0.5' ] ]
 * group.aggregatedMatrix?.[0]; // → [ '1', '1.732050807568877293527446342' ]
 * ```
 */
export function ahpGroup(
  matrices: readonly MatrixInput[],
  options: AhpGroupOptions = {},
): AhpGroupResult {
  const issues: Issue[] = [];
  const parsed = parseInput(optionsSchema, options);
  if (!parsed.success) issues.push(...fromZod(parsed.error.issues, ['options']));
  // Options that are not an object (null, say) were reported above; read none of them.
  const given: AhpGroupOptions = parsed.success ? options : {};
  if (!Array.isArray(matrices) || matrices.length === 0) {
    throwIfIssues([...issues, makeToolIssue('empty_input', ['matrices'])]);
  }
  // Array.from, not map: a hole is an expert without a matrix, not one expert fewer.
  const parsedMatrices = Array.from(matrices, (m, k) => {
    const local: Issue[] = [];
    const a = readMatrix(m, 'matrix', local);
    if (a) checkPairwise(a, 'matrix', local);
    issues.push(...local.map((i) => ({ ...i, path: ['matrices', k, ...i.path.slice(1)] })));
    return a;
  });
  const n = parsedMatrices[0]?.length ?? 0;
  parsedMatrices.forEach((a, k) => {
    if (a && a.length !== n)
      issues.push(makeToolIssue('length_mismatch', ['matrices', k], { a: n, b: a.length }));
  });
  const m = matrices.length;
  const weights = given.expertWeights
    ? readVector(given.expertWeights, 'expertWeights', issues)
    : Array.from({ length: m }, () => new Dec(1).div(m));
  if (weights && weights.length !== m)
    issues.push(
      makeToolIssue('length_mismatch', ['options', 'expertWeights'], { a: m, b: weights.length }),
    );
  if (weights?.some((w) => w.isNegative()))
    issues.push(makeToolIssue('negative_weight', ['options', 'expertWeights']));
  const sum = (weights ?? []).reduce((s, w) => s.plus(w), new Dec(0));
  if (weights && sum.minus(1).abs().greaterThan(TOLERANCE))
    issues.push(makeToolIssue('weights_sum', ['options', 'expertWeights'], { sum: sum.toFixed() }));
  const table = randomIndexTables[given.randomIndex ?? 'saaty1980'];
  if (issues.length === 0 && n > table.values.length) {
    issues.push(
      makeToolIssue('matrix_too_large', ['matrices'], {
        table: table.name,
        max: table.values.length,
        n,
      }),
    );
  }
  throwIfIssues(issues);

  const method = given.method ?? 'eigenvector';
  const threshold = num(given.threshold ?? '0.1');
  const lambdas = (weights as Dec[]).map((w) => w.div(sum));
  const as = parsedMatrices as Dec[][][];
  const experts = as.map((a) => analyse(a, method, table, threshold, true));

  if ((given.aggregation ?? 'judgements') === 'judgements') {
    const aggregated = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) =>
        Dec.exp(
          as.reduce(
            (s, a, k) => s.plus((lambdas[k] as Dec).times(Dec.ln((a[i] as Dec[])[j] as Dec))),
            new Dec(0),
          ),
        ),
      ),
    );
    const group = analyse(aggregated, method, table, threshold, true);
    const figures: AhpGroupFigures = {
      weights: group.weights,
      expertWeights: lambdas.map(exactString),
      aggregatedMatrix: aggregated.map((row) => row.map(exactString)),
    };
    return {
      method,
      variant: `aggregation of individual judgements (AIJ) by weighted geometric mean, ${group.variant}`,
      aggregation: 'judgements',
      ...figures,
      group,
      experts,
      warnings: [],
      numbers: floatTwin(figures),
    };
  }

  const logs = Array.from({ length: n }, (_, i) =>
    Dec.exp(
      experts.reduce(
        (s, e, k) => s.plus((lambdas[k] as Dec).times(Dec.ln(e.weights[i] as string))),
        new Dec(0),
      ),
    ),
  );
  const total = logs.reduce((s, x) => s.plus(x), new Dec(0));
  const combined = logs.map((x) => x.div(total));
  const figures: AhpGroupFigures = {
    weights: combined.map(exactString),
    expertWeights: lambdas.map(exactString),
    aggregatedMatrix: null,
  };
  return {
    method,
    variant: `aggregation of individual priorities (AIP) by weighted geometric mean, ${experts[0]?.variant ?? ''}`,
    aggregation: 'priorities',
    ...figures,
    group: null,
    experts,
    warnings: [],
    numbers: floatTwin(figures),
  };
}
