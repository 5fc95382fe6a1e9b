import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue, PathSegment } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { Dec } from '../numeric/decimal.js';
import { extremesOf } from '../numeric/extremesOf.js';
import { floatTwin } from '../numeric/floatTwin.js';
import type { MatrixInput } from '../numeric/readMatrix.js';
import { exactString } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import type { Direction, WeightInput } from '../primitives/types.js';
import { column, ranksBy, readDecision } from './_decision.js';

/**
 * How {@link topsis} makes the criteria commensurable: `vector` (Hwang & Yoon 1981) or `minmax`
 * (as pymcdm does by default).
 */
export type TopsisNormalisation = 'vector' | 'minmax';

/** Options of {@link topsis}. */
export type TopsisOptions =
  | {
      /** One per criterion (column); default all `higher`. */
      readonly directions?: readonly Direction[] | undefined;
      /** Default `vector` (Hwang & Yoon 1981). */
      readonly normalisation?: TopsisNormalisation | undefined;
    }
  | {
      readonly directions?: readonly Direction[] | undefined;
      /**
       * @deprecated `'minMax'` is the earlier spelling of `'minmax'` (the spelling of the scoring
       * specs); it still works, and the result says `'minmax'`.
       */
      readonly normalisation: 'minMax';
    };

/** The figures of {@link topsis}: rows are alternatives, columns criteria. */
export interface TopsisFigures {
  /** The weights used: those given, scaled to sum to exactly 1. */
  readonly weights: readonly string[];
  /** r_ij, the normalised matrix (0.5 throughout a constant column). */
  readonly normalised: ReadonlyArray<readonly string[]>;
  /** v_ij = w_j · r_ij, the weighted normalised matrix. */
  readonly weighted: ReadonlyArray<readonly string[]>;
  /** The ideal A+ per criterion, in the weighted normalised space. */
  readonly ideal: readonly string[];
  /** The anti-ideal A− per criterion, in the weighted normalised space. */
  readonly antiIdeal: readonly string[];
  /** Euclidean distance D+ of each alternative to the ideal A+. */
  readonly distanceToIdeal: readonly string[];
  /** Euclidean distance D− of each alternative to the anti-ideal A−. */
  readonly distanceToAntiIdeal: readonly string[];
  /** Relative closeness C = D− / (D+ + D−) per alternative, in [0, 1]; higher is better. */
  readonly closeness: readonly string[];
}

/**
 * What {@link topsis} returns (the shape of every method, see {@link MethodResult}): every
 * intermediate of Hwang & Yoon's steps as exact strings and as numbers, the normalisation used,
 * competition ranks, and warnings (`constant_criterion`, `identical_alternatives`).
 */
export interface TopsisResult extends MethodResult<'topsis', TopsisFigures, Issue> {
  /** The normalisation that was used. */
  readonly normalisation: TopsisNormalisation;
  /** Competition ranks ("1224"), keyed by the figure they rank: by closeness, highest first. */
  readonly ranks: { readonly closeness: readonly number[] };
}

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const optionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    // Checked against the column count by readDecision.
    directions: z.optional(z.unknown()),
    normalisation: z.optional(z.enum(['vector', 'minmax', 'minMax'])),
  }))();

const HALF = /* @__PURE__ */ new Dec('0.5');

/**
 * Ranks alternatives by their relative closeness to the ideal solution: TOPSIS
 * (Hwang & Yoon 1981, *Multiple Attribute Decision Making*, Springer, ch. 3).
 *
 * Rows are alternatives, columns criteria. With weights w (≥ 0, summing to 1 within 1e-9, then
 * scaled to exactly 1):
 * - `vector` normalisation (the default, as in Hwang & Yoon): r_ij = x_ij / √(Σ_i x_ij²); the
 *   ideal A+ takes the best of each column of v_ij = w_j · r_ij by direction (max for `higher`,
 *   min for `lower`) and the anti-ideal A− the worst;
 * - `minmax` normalisation: r_ij = (x_ij − min_j) / (max_j − min_j), reversed for a `lower`
 *   column, so the direction is applied in the normalisation and A+ is the max of every column,
 *   A− the min (as pymcdm does; `'minMax'`, the earlier spelling, is still read);
 * - D+_i = √(Σ_j (v_ij − A+_j)²), D−_i = √(Σ_j (v_ij − A−_j)²), C_i = D−_i / (D+_i + D−_i).
 *
 * Decided degenerate cases (never NaN): a column of zeros under `vector` (norm 0), or a constant
 * column under `minmax` (range 0), gets r = 0.5 for every alternative, so it adds nothing to any
 * distance, with a `constant_criterion` warning at `['matrix', 'columns', j]`; when every
 * alternative is identical (D+ + D− = 0) every closeness is 0.5, with an `identical_alternatives` warning at
 * `['matrix']`.
 *
 * TOPSIS is cohort-relative: the normalisation, A+ and A− come from the alternatives present, so
 * adding or removing an alternative can reorder the others (rank reversal). Use absolute scoring
 * (fixed goalposts) where one applicant must never move another.
 *
 * @param matrix - rows of criterion values (numbers, decimal strings or fractions such as `"1/3"`)
 * @param weights - one weight per column; ≥ 0 and summing to 1 within 1e-9
 * @param options - `directions` per column (default all `higher`), `normalisation` (default `vector`)
 * @returns the weights used, the normalised and weighted matrices, the ideal and anti-ideal, the
 *   distances and the closeness as exact strings (guard digits dropped) and as numbers,
 *   competition ranks by closeness (highest first), and warnings
 * @throws {@link YoupinError} `not_a_matrix`, `ragged_matrix`, `not_a_number`, `not_finite`,
 *   `empty_input`, `length_mismatch`, `negative_weight`, `weights_sum`, `wrong_value_type` (a
 *   direction), or a zod code for other bad options, every issue collected before it throws
 * @example
 * ```ts
 * import { topsis } from 'youpin';
 * const m = [[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]]; // Tzeng & Huang (2011)
 * const w = [0.3, 0.4, 0.3];
 * const result = topsis(m, w);
 * result.ranks.closeness; // → [ 3, 2, 1, 4 ]
 * result.numbers.closeness.map((c) => c.toFixed(4)); // → [ '0.5037', '0.6581', '0.7482', '0.3340' ]
 * result.normalised[0]; // → [ '0.3656362120635653250955124306', '0.5962847939999439190424463117', '0.3244428422615250763289574938' ]
 * result.ideal; // → [ '0.1755053817905113560458459667', '0.2385139175999775676169785247', '0.1946657053569150457973744963' ]
 * topsis([[1, 3000], [2, 3750], [5, 4500]], [0.5, 0.5], { directions: ['lower', 'higher'], normalisation: 'minmax' }).ranks; // → { closeness: [ 2, 1, 2 ] }
 * topsis([[3, 3], [3, 3]], [0.5, 0.5]).closeness; // → [ '0.5', '0.5' ]
 * ```
 */
export function topsis(
  matrix: MatrixInput,
  weights: readonly WeightInput[],
  options: TopsisOptions = {},
): TopsisResult {
  const issues: Issue[] = [];
  const parsed = parseInput(optionsSchema, options);
  if (!parsed.success) issues.push(...fromZod(parsed.error.issues, ['options']));
  const directions = parsed.success ? parsed.data.directions : undefined;
  const decision = readDecision(matrix, weights, directions, issues);
  throwIfIssues(issues);
  if (!decision) throw new Error('unreachable: readDecision reported no issue');

  const given = parsed.data?.normalisation ?? 'vector';
  const normalisation: TopsisNormalisation = given === 'minMax' ? 'minmax' : given;
  const { matrix: x, weights: w, directions: dirs } = decision;
  const m = x.length;
  const n = w.length;
  const warnings: Issue[] = [];

  // r[i][j] and v[i][j] = w_j · r_ij, built column by column.
  const rs: Dec[][] = x.map(() => []);
  const v: Dec[][] = x.map(() => []);
  const ideal: Dec[] = [];
  const antiIdeal: Dec[] = [];
  for (let j = 0; j < n; j++) {
    const col = column(x, j);
    const wj = w[j] as Dec;
    const higher = dirs[j] === 'higher';
    const path: PathSegment[] = ['matrix', 'columns', j];
    let r: Dec[];
    if (normalisation === 'vector') {
      const norm = col.reduce((s, c) => s.plus(c.pow(2)), new Dec(0)).sqrt();
      if (norm.isZero()) {
        warnings.push(makeToolIssue('constant_criterion', path, { column: j, count: m }));
        r = col.map(() => HALF);
      } else {
        r = col.map((c) => c.div(norm));
      }
    } else {
      const { min, max } = extremesOf(col);
      if (min.equals(max)) {
        warnings.push(makeToolIssue('constant_criterion', path, { column: j, count: m }));
        r = col.map(() => HALF);
      } else {
        const range = max.minus(min);
        r = col.map((c) => (higher ? c.minus(min) : max.minus(c)).div(range));
      }
    }
    const vj = r.map((rij) => wj.times(rij));
    vj.forEach((vij, i) => {
      (v[i] as Dec[]).push(vij);
      (rs[i] as Dec[]).push(r[i] as Dec);
    });
    const { min, max } = extremesOf(vj);
    const best = normalisation === 'minmax' || higher ? max : min;
    const worst = normalisation === 'minmax' || higher ? min : max;
    ideal.push(best);
    antiIdeal.push(worst);
  }

  const distance = (row: readonly Dec[], to: readonly Dec[]) =>
    row.reduce((s, vij, j) => s.plus(vij.minus(to[j] as Dec).pow(2)), new Dec(0)).sqrt();
  const dPlus = v.map((row) => distance(row, ideal));
  const dMinus = v.map((row) => distance(row, antiIdeal));
  // D+ + D− = 0 means v_i = A+ = A− in every column, which holds for one alternative only when it
  // holds for all: every alternative is identical.
  const identical = dPlus.every((d, i) => d.plus(dMinus[i] as Dec).isZero());
  if (identical) warnings.push(makeToolIssue('identical_alternatives', ['matrix']));
  const closeness = dPlus.map((d, i) => {
    const total = d.plus(dMinus[i] as Dec);
    return total.isZero() ? HALF : (dMinus[i] as Dec).div(total);
  });

  const strings = (xs: readonly Dec[]) => xs.map(exactString);
  const figures: TopsisFigures = {
    weights: strings(w),
    normalised: rs.map(strings),
    weighted: v.map(strings),
    ideal: strings(ideal),
    antiIdeal: strings(antiIdeal),
    distanceToIdeal: strings(dPlus),
    distanceToAntiIdeal: strings(dMinus),
    closeness: strings(closeness),
  };
  return {
    method: 'topsis',
    variant: `${normalisation === 'vector' ? 'vector' : 'min-max'} normalisation, Euclidean distance`,
    normalisation,
    ...figures,
    ranks: { closeness: ranksBy(closeness, 'higher') },
    warnings,
    numbers: floatTwin(figures),
  };
}
