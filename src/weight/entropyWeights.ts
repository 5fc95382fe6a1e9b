import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { Dec } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import { readDirections } from '../numeric/readDirections.js';
import { type MatrixInput, readMatrix } from '../numeric/readMatrix.js';
import { exactString } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { Direction } from '../primitives/types.js';
import type { WeightsFigures, WeightsResult } from './types.js';

/** Options of {@link entropyWeights}. */
export type EntropyWeightsOptions =
  | {
      /** One per criterion (column); default all `higher`. Only `minmax` uses them. */
      readonly directions?: readonly Direction[] | undefined;
      /**
       * `minmax` (default, the 熵权法 convention): each column is min-max normalised by its
       * direction before the shares are taken. `none`: the raw values are the shares' numerators
       * (they must be ≥ 0), as in the Elsayed et al. (2017) example, pymcdm and scikit-criteria.
       */
      readonly normalisation?: 'minmax' | 'none' | undefined;
    }
  | {
      readonly directions?: readonly Direction[] | undefined;
      /**
       * @deprecated `'minMax'` is the earlier spelling of `'minmax'` (the spelling of the scoring
       * specs); it still works, and the result says `'minmax'`.
       */
      readonly normalisation: 'minMax';
    };

/** The figures of {@link entropyWeights}: rows are alternatives (m), columns criteria (n). */
export interface EntropyWeightsFigures extends WeightsFigures {
  /**
   * x′ᵢⱼ, the matrix the shares are taken of: min-max normalised by direction, or the raw values
   * under `normalisation: 'none'`; `null` throughout a constant column under min-max (0/0).
   */
  readonly normalised: ReadonlyArray<ReadonlyArray<string | null>>;
  /** pᵢⱼ = x′ᵢⱼ / Σᵢ x′ᵢⱼ; `null` throughout a column whose x′ are all 0 or undefined. */
  readonly shares: ReadonlyArray<ReadonlyArray<string | null>>;
  /** k = 1 / ln m. */
  readonly k: string;
  /** eⱼ = −k Σᵢ pᵢⱼ ln pᵢⱼ, in [0, 1]; 1 for a constant criterion. */
  readonly entropy: readonly string[];
  /** dⱼ = 1 − eⱼ, the degree of divergence (information) of criterion j. */
  readonly divergence: readonly string[];
}

/**
 * What {@link entropyWeights} returns: the weights and every intermediate (x′, p, k, eⱼ, dⱼ),
 * as strings and numbers, the normalisation used, and warnings.
 */
export interface EntropyWeightsResult extends WeightsResult<'entropy', EntropyWeightsFigures> {
  /** The normalisation that was used. */
  readonly normalisation: 'minmax' | 'none';
}

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const optionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    // Checked against the column count by readDirections, which reports each bad entry.
    directions: z.optional(z.unknown()),
    normalisation: z.optional(z.enum(['minmax', 'minMax', 'none'])),
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
 * @param options - `directions` (default all `higher`) and `normalisation` (default `minmax`;
 *   `'minMax'`, the earlier spelling, is still read)
 * @returns exact weights summing to 1, the normalised matrix x′, the shares p, k = 1/ln m, the
 *   entropy eⱼ and divergence dⱼ of each criterion, as strings and numbers, and warnings
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
 * r.shares[2]; // → [ '0.6666666666666666666666666667', '0.3333333333333333333333333333', null ]
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
  const given = parsed.success ? (parsed.data.normalisation ?? 'minmax') : 'minmax';
  const normalisation = given === 'minMax' ? 'minmax' : given;

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
  // Column by column: x′ and p (null where undefined).
  const normalisedColumns: Array<Array<Dec | null>> = [];
  const shareColumns: Array<Array<Dec | null>> = [];
  for (let j = 0; j < n; j++) {
    const col = xs.map((row) => row[j] as Dec);
    const min = col.reduce((a, x) => Dec.min(a, x));
    const max = col.reduce((a, x) => Dec.max(a, x));
    if (min.equals(max)) {
      entropy.push(new Dec(1));
      warnings.push(
        makeToolIssue('constant_criterion', ['matrix', 'columns', j], { column: j, count: m }),
      );
      if (normalisation === 'none') {
        const total = sortedSum(col);
        normalisedColumns.push(col);
        shareColumns.push(col.map((x) => (total.isZero() ? null : x.div(total))));
      } else {
        normalisedColumns.push(col.map(() => null));
        shareColumns.push(col.map(() => null));
      }
      continue;
    }
    // Min-max and the share in one step: the range cancels, so (x − min) / Σ(x − min).
    const shifted =
      normalisation === 'none'
        ? col
        : col.map((x) => (directions[j] === 'lower' ? max.minus(x) : x.minus(min)));
    const range = max.minus(min);
    normalisedColumns.push(normalisation === 'none' ? col : shifted.map((x) => x.div(range)));
    const total = sortedSum(shifted);
    const memo = new Map<string, { p: Dec; term: Dec }>(); // equal values: ln is the costly step
    const shares: Dec[] = [];
    const terms = shifted.map((x) => {
      if (x.isZero()) {
        shares.push(new Dec(0));
        return new Dec(0); // 0·ln 0 = 0
      }
      const key = x.toString();
      let found = memo.get(key);
      if (!found) {
        const p = x.div(total);
        found = { p, term: p.times(p.ln()) };
        memo.set(key, found);
      }
      shares.push(found.p);
      return found.term;
    });
    shareColumns.push(shares);
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

  const byRow = (columns: ReadonlyArray<ReadonlyArray<Dec | null>>) =>
    xs.map((_, i) =>
      columns.map((column) => {
        const x = column[i] as Dec | null;
        return x === null ? null : exactString(x);
      }),
    );
  const figures: EntropyWeightsFigures = {
    weights: weights.map(exactString),
    normalised: byRow(normalisedColumns),
    shares: byRow(shareColumns),
    k: exactString(new Dec(1).div(lnM)),
    entropy: entropy.map(exactString),
    divergence: divergence.map(exactString),
  };
  return {
    method: 'entropy',
    variant:
      normalisation === 'none'
        ? 'entropy, raw shares x/Σx, 0·ln0 = 0'
        : 'entropy, min-max by direction, 0·ln0 = 0',
    normalisation,
    ...figures,
    warnings,
    numbers: floatTwin(figures),
  };
}

/** Sums in ascending order, so that the result does not depend on the order of the terms. */
function sortedSum(values: readonly Dec[]): Dec {
  return [...values].sort((a, b) => a.comparedTo(b)).reduce((a, b) => a.plus(b), new Dec(0));
}

function clampUnit(x: Dec): Dec {
  return Dec.max(0, Dec.min(1, x));
}
