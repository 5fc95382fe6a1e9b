import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import type { Direction } from '../model/types.js';
import { Dec } from '../numeric/decimal.js';
import { readDirections } from '../numeric/readDirections.js';
import { type MatrixInput, readMatrix } from '../numeric/readMatrix.js';
import { exactString } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { WeightsResult } from './types.js';

/** Options of {@link entropyWeights}. */
export interface EntropyWeightsOptions {
  /** One per criterion (column); default all `higher`. Only `minMax` uses them. */
  readonly directions?: readonly Direction[] | undefined;
  /**
   * `minMax` (default, the 熵权法 convention): each column is min-max normalised by its direction
   * before the shares are taken. `none`: the raw values are the shares' numerators (they must be
   * ≥ 0), as in the Elsayed et al. (2017) example, pymcdm and scikit-criteria.
   */
  readonly normalisation?: 'minMax' | 'none' | undefined;
}

/** What {@link entropyWeights} returns: the weights and, per criterion, eⱼ and dⱼ. */
export interface EntropyWeightsResult extends WeightsResult {
  /** eⱼ = −(1/ln m) Σᵢ pᵢⱼ ln pᵢⱼ, in [0, 1]; 1 for a constant criterion. */
  readonly entropy: readonly string[];
  /** dⱼ = 1 − eⱼ, the degree of divergence (information) of criterion j. */
  readonly divergence: readonly string[];
  readonly numbers: {
    readonly weights: readonly number[];
    readonly entropy: readonly number[];
    readonly divergence: readonly number[];
  };
}

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const optionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    // Checked against the column count by readDirections, which reports each bad entry.
    directions: z.optional(z.unknown()),
    normalisation: z.optional(z.enum(['minMax', 'none'])),
  }))();

/**
 * Objective weights by Shannon entropy (熵权法): a criterion whose values differ more across the
 * alternatives carries more information and gets more weight.
 *
 * Rows are alternatives (m), columns criteria (n). The variant, after Hwang & Yoon (1981,
 * *Multiple Attribute Decision Making*, §4.1.2) and Zeleny (1982, *Multiple Criteria Decision
 * Making*), in the form common in Chinese practice (熵权法):
 * 1. each column is min-max normalised by its direction, x′ = (x − min)/(max − min) for `higher`
 *    and (max − x)/(max − min) for `lower` (skipped with `normalisation: 'none'`, which uses the
 *    raw x ≥ 0 as Elsayed et al. 2017, pymcdm and scikit-criteria do);
 * 2. pᵢⱼ = x′ᵢⱼ / Σᵢ x′ᵢⱼ;
 * 3. eⱼ = −(1/ln m) Σᵢ pᵢⱼ ln pᵢⱼ, with 0·ln 0 = 0 (the limit, as scipy's entropy uses; no 0.0001
 *    shift, and not pymcdm's rule that sets eⱼ = 0 when any cell is 0);
 * 4. dⱼ = 1 − eⱼ and wⱼ = dⱼ / Σₖ dₖ.
 *
 * Degenerate cases: a constant column (all values equal) carries no information, so eⱼ = 1,
 * dⱼ = 0 and its weight is 0, with a `constant_criterion` warning at `['matrix', 'columns', j]`; if every
 * column is constant, the weights are equal (1/n) and a `equal_weights_fallback` warning says so. Sums are
 * taken in sorted order, so reordering the rows leaves every figure unchanged to the last digit.
 *
 * @param matrix - m × n decision matrix: numbers, decimal strings or fractions such as `"1/3"`
 * @param options - `directions` (default all `higher`) and `normalisation` (default `minMax`)
 * @returns exact weights summing to 1, the entropy eⱼ and divergence dⱼ of each criterion, and
 *   warnings
 * @throws {@link YoupinError} `not_a_matrix`, `ragged_matrix`, `not_a_number`, `not_finite`,
 *   `too_few_values` (fewer than 2 rows), `negative_value` (with `normalisation: 'none'`),
 *   `length_mismatch` / `wrong_value_type` for bad directions, or a zod code for a bad option
 * @example
 * ```ts
 * import { entropyWeights } from 'youpin';
 * // scikit-criteria's test case, raw shares: → [0.358889, 0.641111]
 * entropyWeights([[1, 2], [4, 16]], { normalisation: 'none' }).numbers.weights; // → [ 0.3588887904…
 * // Min-max first (the default): the constant third column gets weight 0 and a warning.
 * const r = entropyWeights([[1, 10, 5], [2, 30, 5], [3, 20, 5]], { directions: ['higher', 'lower', 'higher'] });
 * r.weights; // → [ '0.5', '0.5', '0' ]
 * r.entropy; // → [ '0.5793801642856950419336485904', '0.5793801642856950419336485904', '1' ]
 * r.warnings[0]?.code; // → 'constant_criterion'
 * ```
 */
export function entropyWeights(
  matrix: MatrixInput,
  options: EntropyWeightsOptions = {},
): EntropyWeightsResult {
  const issues: Issue[] = [];
  const parsed = parseInput(optionsSchema, options);
  if (!parsed.success) issues.push(...fromZod(parsed.error.issues, ['options']));
  const normalisation = parsed.success ? (parsed.data.normalisation ?? 'minMax') : 'minMax';

  const rows = readMatrix(matrix, 'matrix', issues);
  const first = Array.isArray(matrix) && Array.isArray(matrix[0]) ? matrix[0] : undefined;
  const width = first && first.length > 0 ? first.length : undefined;
  const directions =
    parsed.success && width !== undefined ? readDirections(options.directions, width, issues) : [];
  if (normalisation === 'none' && options.directions !== undefined) {
    directions.forEach((d, i) => {
      if (d === 'lower') {
        issues.push(
          makeToolIssue('wrong_value_type', ['options', 'directions', i], {
            leaf: `directions[${i}]`,
            expected: '"higher": with normalisation "none" the raw shares x/Σx have no direction',
            expectedZh: '"higher"：normalisation 为 "none" 时直接使用原始数值占比 x/Σx，不区分方向',
          }),
        );
      }
    });
  }
  if (rows && rows.length < 2) {
    issues.push(
      makeToolIssue('too_few_values', ['matrix'], { method: 'entropy weighting', min: 2 }),
    );
  }
  if (rows && normalisation === 'none') {
    rows.forEach((row, i) => {
      row.forEach((x, j) => {
        if (x.isNegative() && !x.isZero()) {
          issues.push(
            makeToolIssue('negative_value', ['matrix', i, j], {
              operator: 'entropy weighting',
              operatorZh: '熵权法',
              value: x.toFixed(),
            }),
          );
        }
      });
    });
  }
  throwIfIssues(issues);

  const xs = rows as Dec[][];
  const m = xs.length;
  const n = (xs[0] as Dec[]).length;
  const lnM = Dec.ln(m);
  const warnings: Issue[] = [];
  const entropy: Dec[] = [];
  for (let j = 0; j < n; j++) {
    const col = xs.map((row) => row[j] as Dec);
    const min = col.reduce((a, x) => Dec.min(a, x));
    const max = col.reduce((a, x) => Dec.max(a, x));
    if (min.equals(max)) {
      entropy.push(new Dec(1));
      warnings.push(
        makeToolIssue('constant_criterion', ['matrix', 'columns', j], { column: j, count: m }),
      );
      continue;
    }
    // Min-max and the share in one step: the range cancels, so (x − min) / Σ(x − min).
    const shifted =
      normalisation === 'none'
        ? col
        : col.map((x) => (directions[j] === 'lower' ? max.minus(x) : x.minus(min)));
    const total = sortedSum(shifted);
    const memo = new Map<string, Dec>(); // equal values, equal terms: ln is the costly step
    const terms = shifted.map((x) => {
      if (x.isZero()) return new Dec(0); // 0·ln 0 = 0
      const key = x.toString();
      let term = memo.get(key);
      if (!term) {
        const p = x.div(total);
        term = p.times(p.ln());
        memo.set(key, term);
      }
      return term;
    });
    entropy.push(clampUnit(sortedSum(terms).neg().div(lnM)));
  }
  const divergence = entropy.map((e) => new Dec(1).minus(e));
  const total = sortedSum(divergence);
  let weights: Dec[];
  if (total.isZero()) {
    weights = divergence.map(() => new Dec(1).div(n));
    if (n > 1) {
      warnings.push(makeToolIssue('equal_weights_fallback', ['matrix']));
    }
  } else {
    weights = divergence.map((d) => d.div(total));
  }

  const w = weights.map(exactString);
  const e = entropy.map(exactString);
  const d = divergence.map(exactString);
  return {
    weights: w,
    method:
      normalisation === 'none'
        ? 'entropy (raw shares x/Σx, 0·ln0 = 0)'
        : 'entropy (min-max by direction, 0·ln0 = 0)',
    warnings,
    entropy: e,
    divergence: d,
    numbers: { weights: w.map(Number), entropy: e.map(Number), divergence: d.map(Number) },
  };
}

/** Sums in ascending order, so that the result does not depend on the order of the terms. */
function sortedSum(values: readonly Dec[]): Dec {
  return [...values].sort((a, b) => a.comparedTo(b)).reduce((a, b) => a.plus(b), new Dec(0));
}

function clampUnit(x: Dec): Dec {
  return Dec.max(0, Dec.min(1, x));
}
