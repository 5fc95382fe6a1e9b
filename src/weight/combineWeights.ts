import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { Dec } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import { isRationalString, parseRational } from '../numeric/parseDecimal.js';
import { readVector } from '../numeric/readMatrix.js';
import { exactString } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { WeightInput } from '../primitives/types.js';
import type { WeightsFigures, WeightsResult } from './types.js';

/** The figures of {@link combineWeights}. */
export interface CombineWeightsFigures extends WeightsFigures {
  /** The subjective weights as combined: those given, scaled to sum to exactly 1. */
  readonly subjective: readonly string[];
  /** The objective weights as combined: those given, scaled to sum to exactly 1. */
  readonly objective: readonly string[];
  /** α, the share of the subjective weights (`linear`); `null` for `multiplicative`. */
  readonly alpha: string | null;
}

/** What {@link combineWeights} returns; `method` is the rule, `linear` or `multiplicative`. */
export type CombineWeightsResult = WeightsResult<
  'linear' | 'multiplicative',
  CombineWeightsFigures
>;

/** Options of {@link combineWeights}: the combination rule. */
export type CombineWeightsOptions =
  | {
      readonly method: 'linear';
      /** The share α of the subjective weights, in [0, 1]; default 0.5. */
      readonly alpha?: number | string | undefined;
    }
  | { readonly method: 'multiplicative' };

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const TOLERANCE = /* @__PURE__ */ new Dec('1e-9');
const alphaSchema = /* @__PURE__ */ (() =>
  z.union([
    z.number(),
    z
      .string()
      .check(z.refine(isRationalString, { message: 'Expected a number such as 0.6 or "3/5"' })),
  ]))();
const optionsSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('method', [
    z.strictObject({ method: z.literal('linear'), alpha: z.optional(alphaSchema) }),
    z.strictObject({ method: z.literal('multiplicative') }),
  ]))();

/**
 * Combines subjective weights (AHP, expert points) with objective ones (entropy, CRITIC) into one
 * set of weights (主客观组合赋权).
 *
 * - `linear`: wⱼ = α·sⱼ + (1 − α)·oⱼ, α ∈ [0, 1] (default 0.5), the additive synthesis (线性加权
 *   组合) of combined weighting; see Ma, Fan & Huang (1999), "A subjective and objective integrated
 *   approach to determine attribute weights", *European Journal of Operational Research* 112(2),
 *   397–404, for the problem and an optimisation-based choice of the mix;
 * - `multiplicative`: wⱼ = sⱼ·oⱼ / Σₖ sₖ·oₖ (the multiplicative synthesis, 乘法合成归一化), which
 *   gives 0 to any criterion that either set weighs 0.
 *
 * Each input must be ≥ 0 and sum to 1 within 1e-9 (the 28-digit weights of `ahp`, `entropyWeights`
 * or `criticWeights` pass; figures rounded by hand to a few decimals may not); each is then scaled
 * to sum to exactly 1 before it is combined, so the result sums to 1.
 *
 * @param subjective - the subjective weights: numbers, decimal strings or fractions
 * @param objective - the objective weights, one per criterion, in the same order
 * @param options - `{ method: 'linear', alpha? }` or `{ method: 'multiplicative' }`
 * @returns the combined weights, exact, summing to 1, with the two inputs as combined and α, as
 *   strings and as numbers
 * @throws {@link YoupinError} `empty_input`, `not_a_number`, `not_finite`, `negative_weight`,
 *   `weights_sum`, `length_mismatch` (at `['objective']`), `out_of_scale` (α outside [0, 1], at
 *   `['options', 'alpha']`), `zero_weights` (multiplicative, every product 0), or a zod code for
 *   a bad option
 * @example
 * ```ts
 * import { combineWeights } from 'youpin';
 * combineWeights([0.5, 0.3, 0.2], [0.2, 0.2, 0.6], { method: 'linear' }).weights; // → [ '0.35', '0.25', '0.4' ]
 * combineWeights([0.5, 0.3, 0.2], [0.2, 0.2, 0.6], { method: 'linear', alpha: 0.8 }).weights; // → [ '0.44', '0.28', '0.28' ]
 * combineWeights([0.5, 0.3, 0.2], [0.2, 0.2, 0.6], { method: 'multiplicative' }).weights; // → [ '0.3571428571428571428571428571', '0.2142857142857142857142857143', '0.4285714285714285714285714286' ]
 * combineWeights([0.5, 0.3, 0.2], [0.2, 0.2, 0.6], { method: 'linear', alpha: '3/5' }).variant; // → 'linear, α·s + (1 − α)·o with α = 0.6'
 * ```
 */
export function combineWeights(
  subjective: readonly WeightInput[],
  objective: readonly WeightInput[],
  options: CombineWeightsOptions,
): CombineWeightsResult {
  const issues: Issue[] = [];
  const s = readWeights(subjective, 'subjective', issues);
  const o = readWeights(objective, 'objective', issues);
  if (Array.isArray(subjective) && Array.isArray(objective)) {
    if (subjective.length !== objective.length) {
      issues.push(
        makeToolIssue('length_mismatch', ['objective'], {
          a: subjective.length,
          b: objective.length,
        }),
      );
    }
  }
  const parsed = parseInput(optionsSchema, options);
  if (!parsed.success) issues.push(...fromZod(parsed.error.issues, ['options']));
  let alpha = new Dec('0.5');
  if (parsed.success && parsed.data.method === 'linear' && parsed.data.alpha !== undefined) {
    const a = parseRational(parsed.data.alpha);
    if (!a) {
      issues.push(
        makeToolIssue('not_a_number', ['options', 'alpha'], { value: String(parsed.data.alpha) }),
      );
    } else if (a.isNegative() || a.greaterThan(1)) {
      issues.push(
        makeToolIssue('out_of_scale', ['options', 'alpha'], { value: a.toFixed(), min: 0, max: 1 }),
      );
    } else {
      alpha = a;
    }
  }
  let weights: Dec[] = [];
  if (issues.length === 0 && s && o) {
    if (parsed.data?.method === 'multiplicative') {
      const products = s.map((w, j) => w.times(o[j] as Dec));
      const total = products.reduce((a, p) => a.plus(p), new Dec(0));
      if (total.isZero()) issues.push(makeToolIssue('zero_weights', []));
      else weights = products.map((p) => p.div(total));
    } else {
      const beta = new Dec(1).minus(alpha);
      weights = s.map((w, j) => alpha.times(w).plus(beta.times(o[j] as Dec)));
    }
  }
  throwIfIssues(issues);

  const multiplicative = parsed.data?.method === 'multiplicative';
  const figures: CombineWeightsFigures = {
    weights: weights.map(exactString),
    subjective: (s as Dec[]).map(exactString),
    objective: (o as Dec[]).map(exactString),
    alpha: multiplicative ? null : exactString(alpha),
  };
  return {
    method: multiplicative ? 'multiplicative' : 'linear',
    variant: multiplicative
      ? 'multiplicative, s·o / Σ s·o'
      : `linear, α·s + (1 − α)·o with α = ${alpha.toFixed()}`,
    ...figures,
    warnings: [],
    numbers: floatTwin(figures),
  };
}

// Reads one weight vector: every entry ≥ 0, the sum 1 within 1e-9; returns it scaled to sum to 1.
function readWeights(input: unknown, name: string, issues: Issue[]): Dec[] | undefined {
  const before = issues.length;
  const ws = readVector(input, name, issues);
  ws?.forEach((w, j) => {
    if (w.isNegative() && !w.isZero()) issues.push(makeToolIssue('negative_weight', [name, j]));
  });
  if (!ws || issues.length > before) return undefined;
  const sum = ws.reduce((a, w) => a.plus(w), new Dec(0));
  if (sum.minus(1).abs().greaterThan(TOLERANCE)) {
    issues.push(makeToolIssue('weights_sum', [name], { sum: sum.toFixed() }));
    return undefined;
  }
  return ws.map((w) => w.div(sum));
}
