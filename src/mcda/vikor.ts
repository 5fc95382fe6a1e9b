import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { decimalSchema } from '../normalise/methods/_shared.js';
import { Dec } from '../numeric/decimal.js';
import { extremesOf } from '../numeric/extremesOf.js';
import { floatTwin } from '../numeric/floatTwin.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import type { MatrixInput } from '../numeric/readMatrix.js';
import { exactString, settle } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import type { DecimalInput, Direction, WeightInput } from '../primitives/types.js';
import { column, ranksBy, readDecision } from './_decision.js';

/** Options of {@link vikor}. */
export interface VikorOptions {
  /** One per criterion (column); default all `higher`. */
  readonly directions?: readonly Direction[] | undefined;
  /** Weight of the group-utility strategy in Q, in [0, 1]; default 0.5 ("by consensus"). */
  readonly v?: DecimalInput | undefined;
}

/** The figures of {@link vikor}: rows are alternatives, columns criteria; lower S, R, Q are better. */
export interface VikorFigures {
  /** The weights used: those given, scaled to sum to exactly 1. */
  readonly weights: readonly string[];
  /** f*_j, the best value of each criterion by its direction. */
  readonly best: readonly string[];
  /** f−_j, the worst value of each criterion by its direction. */
  readonly worst: readonly string[];
  /** (f*_j − x_ij) / (f*_j − f−_j): 0 at the best value, 1 at the worst (0 in a constant column). */
  readonly normalised: ReadonlyArray<readonly string[]>;
  /** Group utility S_i = Σ_j w_j · normalised_ij, in [0, 1]. */
  readonly S: readonly string[];
  /** Individual regret R_i = max_j w_j · normalised_ij, in [0, 1]. */
  readonly R: readonly string[];
  /** Compromise index Q_i, in [0, 1]. */
  readonly Q: readonly string[];
  /** v, the weight of the group-utility strategy in Q. */
  readonly v: string;
  /** DQ = 1 / (m − 1), the threshold of acceptable advantage. */
  readonly dq: string;
  /** Q(a″) − Q(a′): the advantage of the best alternative by Q over the second (C1 compares it with DQ). */
  readonly advantage: string;
}

/**
 * What {@link vikor} returns (the shape of every method, see {@link MethodResult}): every
 * intermediate of Opricovic & Tzeng's steps as exact strings and as numbers, competition ranks
 * by S, R and Q, the compromise set with its two conditions, and warnings (`constant_criterion`,
 * `no_spread`).
 */
export interface VikorResult extends MethodResult<'vikor', VikorFigures, Issue> {
  /** Competition ranks ("1224"), keyed by the figure they rank, lowest first; `Q` is VIKOR's ranking. */
  readonly ranks: {
    readonly S: readonly number[];
    readonly R: readonly number[];
    readonly Q: readonly number[];
  };
  /** Row indices of the compromise solution(s), best Q first (Opricovic & Tzeng 2004). */
  readonly compromise: readonly number[];
  /** C1 (acceptable advantage) and C2 (acceptable stability) for the best alternative by Q. */
  readonly conditions: {
    readonly acceptableAdvantage: boolean;
    readonly acceptableStability: boolean;
  };
}

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const optionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    // Checked against the column count by readDecision.
    directions: z.optional(z.unknown()),
    v: z.optional(decimalSchema),
  }))();

/**
 * Ranks alternatives by VIKOR's compromise index and proposes the compromise solution
 * (Opricovic 1998; Opricovic & Tzeng 2004, *EJOR* 156(2) 445–455; 2007, *EJOR* 178(2) 514–529).
 *
 * Rows are alternatives (m ≥ 2), columns criteria, weights w ≥ 0 summing to 1 within 1e-9 (then
 * scaled to exactly 1). With f*_j the best and f−_j the worst value of column j by direction:
 * - S_i = Σ_j w_j (f*_j − x_ij) / (f*_j − f−_j) (group utility), R_i = max_j of the same terms
 *   (individual regret);
 * - Q_i = v (S_i − S*) / (S− − S*) + (1 − v) (R_i − R*) / (R− − R*), with S* = min S, S− = max S,
 *   R* = min R, R− = max R, and v in [0, 1] (default 0.5);
 * - compromise: with a' the best by Q and a'' the second, C1 (acceptable advantage) is
 *   Q(a'') − Q(a') ≥ DQ = 1 / (m − 1), and C2 (acceptable stability) is that a' is also best (rank
 *   1) by S or by R. Both hold: {a'}. C1 fails (whatever C2): a', a'', …, a^(M) for the largest M
 *   with Q(a^(M)) − Q(a') < DQ. Only C2 fails: {a', a''}.
 *
 * Ties in Q are broken by row index when ordering a', a'', …; comparisons use the values with
 * guard digits dropped, so a difference that is exactly DQ counts as reaching it.
 *
 * Decided degenerate cases (never NaN, unlike pymcdm and pyrepo-mcda): a column with f* = f−
 * contributes 0 to every S and R, with a `constant_criterion` warning at `['matrix', 'columns', j]`; when S− = S*
 * (or R− = R*) that part of Q is 0 for every alternative, with a `no_spread` warning at
 * `['matrix']`.
 *
 * VIKOR is cohort-relative: f*, f−, S*, S−, R* and R− come from the alternatives present, so
 * adding or removing an alternative can reorder the others (rank reversal). Use absolute scoring
 * (fixed goalposts) where one applicant must never move another.
 *
 * @param matrix - rows of criterion values (numbers, decimal strings or fractions such as `"1/3"`)
 * @param weights - one weight per column; ≥ 0 and summing to 1 within 1e-9
 * @param options - `directions` per column (default all `higher`), `v` in [0, 1] (default 0.5)
 * @returns the weights used, f* and f−, the normalised distances, S, R, Q, v, DQ and the
 *   advantage of the best by Q as exact strings (guard digits dropped) and as numbers, ranks by S,
 *   R and Q (lowest first), the compromise set as row indices, the two conditions, and warnings
 * @throws {@link YoupinError} `not_a_matrix`, `ragged_matrix`, `not_a_number`, `not_finite`,
 *   `empty_input`, `length_mismatch`, `negative_weight`, `weights_sum`, `wrong_value_type` (a
 *   direction), `too_few_values` (one alternative), `out_of_scale` (v outside [0, 1]), or a zod
 *   code for other bad options, every issue collected before it throws
 * @example
 * ```ts
 * import { vikor } from 'youpin';
 * // Opricovic & Tzeng (2004): risk (lower is better) and altitude, equal weights.
 * const result = vikor([[1, 3000], [2, 3750], [5, 4500]], [0.5, 0.5], { directions: ['lower', 'higher'] });
 * result.S; // → [ '0.5', '0.375', '0.5' ]
 * result.Q; // → [ '1', '0', '1' ]
 * result.ranks.Q; // → [ 2, 1, 2 ]
 * result.best; // → [ '1', '4500' ]
 * result.dq; // → '0.5'
 * result.compromise; // → [ 1 ]
 * result.conditions; // → { acceptableAdvantage: true, acceptableStability: true }
 * ```
 */
export function vikor(
  matrix: MatrixInput,
  weights: readonly WeightInput[],
  options: VikorOptions = {},
): VikorResult {
  const issues: Issue[] = [];
  const parsed = parseInput(optionsSchema, options);
  if (!parsed.success) issues.push(...fromZod(parsed.error.issues, ['options']));
  const v = parsed.success ? parseDecimal(parsed.data.v ?? '0.5') : undefined;
  if (v && (v.isNegative() || v.greaterThan(1)) && !v.isZero()) {
    issues.push(
      makeToolIssue('out_of_scale', ['options', 'v'], { value: v.toFixed(), min: 0, max: 1 }),
    );
  }
  const rows = Array.isArray(matrix) ? matrix.length : 0;
  if (rows === 1) {
    issues.push(makeToolIssue('too_few_values', ['matrix'], { method: 'VIKOR', min: 2 }));
  }
  const decision = readDecision(
    matrix,
    weights,
    parsed.success ? parsed.data.directions : undefined,
    issues,
  );
  throwIfIssues(issues);
  if (!decision || !v) throw new Error('unreachable: validation reported no issue');

  const { matrix: x, weights: w, directions: dirs } = decision;
  const m = x.length;
  const n = w.length;
  const warnings: Issue[] = [];

  // terms[i][j] = w_j (f*_j − x_ij) / (f*_j − f−_j), 0 for a constant column.
  const terms: Dec[][] = x.map(() => []);
  const normalised: Dec[][] = x.map(() => []);
  const bests: Dec[] = [];
  const worsts: Dec[] = [];
  for (let j = 0; j < n; j++) {
    const col = column(x, j);
    const higher = dirs[j] === 'higher';
    const { min: low, max: high } = extremesOf(col);
    const best = higher ? high : low;
    const worst = higher ? low : high;
    const span = best.minus(worst);
    bests.push(best);
    worsts.push(worst);
    if (span.isZero()) {
      warnings.push(
        makeToolIssue('constant_criterion', ['matrix', 'columns', j], { column: j, count: m }),
      );
    }
    col.forEach((c, i) => {
      const d = span.isZero() ? new Dec(0) : best.minus(c).div(span);
      (normalised[i] as Dec[]).push(d);
      (terms[i] as Dec[]).push(
        span.isZero() ? new Dec(0) : (w[j] as Dec).times(best.minus(c)).div(span),
      );
    });
  }
  const S = terms.map((t) => t.reduce((a, b) => a.plus(b), new Dec(0)));
  const R = terms.map((t) => extremesOf(t).max);

  // (x − min) / (max − min), 0 for all when the span is 0. Extremes and the span are judged on
  // the settled values: values equal in exact arithmetic but reached along different paths
  // (w · 3 / 3 and w · 5 / 5 with w = 1/3) differ in the 40th digit, and that noise must neither
  // become a span nor leave a Q of 1e-40 where it is 0.
  const scaled = (xs: readonly Dec[], what: 'S' | 'R'): Dec[] => {
    const settled = xs.map(settle);
    const { min: lo, max: hi } = extremesOf(settled);
    if (lo.equals(hi)) {
      warnings.push(makeToolIssue('no_spread', ['matrix'], { what }));
      return xs.map(() => new Dec(0));
    }
    const { min, max } = extremesOf(xs);
    const span = max.minus(min);
    return xs.map((x, i) => {
      const s = settled[i] as Dec;
      if (s.equals(lo)) return new Dec(0);
      return s.equals(hi) ? new Dec(1) : x.minus(min).div(span);
    });
  };
  const sPart = scaled(S, 'S');
  const rPart = scaled(R, 'R');
  const Q = sPart.map((s, i) => v.times(s).plus(new Dec(1).minus(v).times(rPart[i] as Dec)));

  const ranks = { S: ranksBy(S, 'lower'), R: ranksBy(R, 'lower'), Q: ranksBy(Q, 'lower') };
  const { compromise, conditions, dq, advantage } = compromiseSet(Q, ranks.S, ranks.R);

  const strings = (xs: readonly Dec[]) => xs.map(exactString);
  const figures: VikorFigures = {
    weights: strings(w),
    best: strings(bests),
    worst: strings(worsts),
    normalised: normalised.map(strings),
    S: strings(S),
    R: strings(R),
    Q: strings(Q),
    v: exactString(v),
    dq: exactString(dq),
    advantage: exactString(advantage),
  };
  return {
    method: 'vikor',
    variant: 'Opricovic & Tzeng (2004), compromise by C1 and C2',
    ...figures,
    ranks,
    compromise,
    conditions,
    warnings,
    numbers: floatTwin(figures),
  };
}

// Opricovic & Tzeng (2004), step 5, on the settled values of Q.
function compromiseSet(
  Q: readonly Dec[],
  rankS: readonly number[],
  rankR: readonly number[],
): Pick<VikorResult, 'compromise' | 'conditions'> & { dq: Dec; advantage: Dec } {
  const q = Q.map(settle);
  const order = q.map((_, i) => i).sort((a, b) => (q[a] as Dec).comparedTo(q[b] as Dec) || a - b);
  const first = order[0] as number;
  const second = order[1] as number;
  const dq = settle(new Dec(1).div(q.length - 1));
  const gap = (i: number) => settle((q[i] as Dec).minus(q[first] as Dec));
  const acceptableAdvantage = gap(second).greaterThanOrEqualTo(dq);
  const acceptableStability = rankS[first] === 1 || rankR[first] === 1;
  const compromise = !acceptableAdvantage
    ? order.filter((i) => gap(i).lessThan(dq))
    : acceptableStability
      ? [first]
      : [first, second];
  return {
    compromise,
    conditions: { acceptableAdvantage, acceptableStability },
    dq,
    advantage: gap(second),
  };
}
