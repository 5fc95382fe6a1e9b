import type { Direction, Issue, MatrixInput, MethodResult } from 'youpin';
import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { floatTwin } from '../numeric/floatTwin.js';
import { parseRational } from '../numeric/parseDecimal.js';
import { readDirections } from '../numeric/readDirections.js';
import { readMatrix } from '../numeric/readMatrix.js';
import { exactString } from '../numeric/settle.js';
import { showValue } from '../numeric/showValue.js';
import { exactSimplex } from './_exactSimplex.js';
import { defaultHighs, type HighsModel, type HighsRuntime } from './_loadHighs.js';
import { makeDeaIssue, throwIssues } from './_messages.js';
import {
  add,
  cmp,
  div,
  dot,
  fractionString,
  fromDec,
  mul,
  neg,
  type Q,
  Q0,
  Q1,
  sign,
  solve,
  sub,
  toDec,
  toFloat,
} from './_rational.js';

/** A bound for every indicator (one value) or one per indicator (`null`: none for that one). */
export type BoundInput = number | string | ReadonlyArray<number | string | null>;

/** Lower and upper bounds, each optional. */
export interface BenefitOfTheDoubtBounds {
  /** The lower bound(s); default 0. */
  readonly lower?: BoundInput | undefined;
  /** The upper bound(s); default none (1 for a share). */
  readonly upper?: BoundInput | undefined;
}

/**
 * A HiGHS runtime already loaded: what the package highs' default export resolves to
 * (`const highs = await (await import('highs')).default({ locateFile })`). Typed loosely so that
 * youpin's types never depend on highs'.
 */
export interface LoadedHighs {
  /** HiGHS's `createModel` (highs ≥ 1.15). */
  readonly createModel: (...args: never[]) => unknown;
}

/** Options of {@link benefitOfTheDoubt}. */
export interface BenefitOfTheDoubtOptions {
  /**
   * `none` (default): the values as given, which must be ≥ 0 (the scores do not depend on the
   * units without share bounds, Cherchye et al. 2007); `minmax`: each column min-max normalised by
   * its direction first, as the OECD/JRC Handbook (2008, eq. 19) does.
   */
  readonly normalisation?: 'none' | 'minmax' | undefined;
  /** With `minmax`: one `'higher' | 'lower'` per column (default all `higher`). */
  readonly directions?: readonly Direction[] | undefined;
  /**
   * Bounds on each weight's share of the sum of the weights, wⱼ / Σₖ wₖ, in [0, 1]: the
   * restriction of the Handbook's Table 19 (10 % to 15 %, its note 29).
   */
  readonly weightShares?: BenefitOfTheDoubtBounds | undefined;
  /**
   * Bounds on each indicator's share of the applicant's own score, wⱼ yᵢⱼ / Σₖ wₖ yᵢₖ, in [0, 1]:
   * the "pie shares" of Cherchye, Moesen, Rogge & Van Puyenbroeck (2007). An applicant with a 0 on
   * an indicator whose lower pie share is above 0 scores 0.
   */
  readonly pieShares?: BenefitOfTheDoubtBounds | undefined;
  /** Bounds on the weights themselves, ≥ 0 (in the units of the data the LPs use). */
  readonly weights?: BenefitOfTheDoubtBounds | undefined;
  /**
   * The HiGHS runtime to use, e.g. one loaded with `locateFile` in a browser; by default the
   * package highs is imported and loaded once.
   */
  readonly highs?: LoadedHighs | undefined;
}

/** The figures of {@link benefitOfTheDoubt}: m applicants (rows), n indicators (columns). */
export interface BenefitOfTheDoubtFigures {
  /** Each applicant's composite indicator, the optimum of its LP, in [0, 1]. */
  readonly scores: readonly string[];
  /**
   * Each applicant's most favourable weights (m × n): an optimal vertex of its LP. The score is
   * unique; the weights need not be (the Handbook's "multiple equilibria"), and another solver
   * may return another optimal vertex.
   */
  readonly weights: ReadonlyArray<readonly string[]>;
  /** wⱼ yᵢⱼ / scoreᵢ, each indicator's share of the score (m × n); `null` for a score of 0. */
  readonly pieShares: ReadonlyArray<ReadonlyArray<string | null>>;
  /** The data the LPs use: the values, or min-max normalised (m × n). */
  readonly data: ReadonlyArray<readonly string[]>;
}

/** What {@link benefitOfTheDoubt} returns. */
export interface BenefitOfTheDoubtResult
  extends MethodResult<'bod', BenefitOfTheDoubtFigures, Issue> {
  /** Each score as the exact fraction it is ("p/q"). */
  readonly fractions: readonly string[];
  /** Competition ranks ("1224") on the exact scores, highest first. */
  readonly ranks: readonly number[];
  /** The applicants (row indices) whose own constraint binds at the weights: the benchmarks. */
  readonly peers: ReadonlyArray<readonly number[]>;
  /**
   * How each optimum was proved exactly: `basis` (HiGHS's optimal basis, re-solved in rationals,
   * primal and dual feasible) or `simplex` (an exact rational simplex, when the float basis did not
   * certify).
   */
  readonly certified: ReadonlyArray<'basis' | 'simplex'>;
}

const boundsSchema = /* @__PURE__ */ (() =>
  z.optional(z.strictObject({ lower: z.optional(z.unknown()), upper: z.optional(z.unknown()) })))();
const optionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    normalisation: z.optional(z.enum(['none', 'minmax'])),
    directions: z.optional(z.unknown()),
    weightShares: boundsSchema,
    pieShares: boundsSchema,
    weights: boundsSchema,
    highs: z.optional(z.unknown()),
  }))();

/** One ≤ row of an LP: coefficients over the kept indicators, and the right-hand side. */
interface Row {
  readonly a: readonly Q[];
  readonly b: Q;
}

/** Bounds read exactly; `null` for no bound. */
interface Bounds {
  readonly lower: Q[];
  readonly upper: Array<Q | null>;
}

// A row whose float activity is below 1 − SLACK is not binding, whatever the rounding; the others
// are checked exactly.
const SLACK = 1e-9;

/**
 * Benefit-of-the-doubt (BoD) composite indicators: each applicant is scored with the weights most
 * favourable to it, by a linear programme per applicant (Melyn & Moesen 1991; Cherchye, Moesen,
 * Rogge & Van Puyenbroeck 2007, "An introduction to 'benefit of the doubt' composite indicators",
 * *Social Indicators Research* 82, 111–145; OECD/JRC Handbook 2008, §6.3, eq. 22):
 *
 *   scoreᵢ = max Σⱼ wⱼ yᵢⱼ  subject to  Σⱼ wⱼ yₖⱼ ≤ 1 for every applicant k,  w ≥ 0,
 *
 * with optional bounds on the weight shares wⱼ / Σw, on the pie shares wⱼ yᵢⱼ / scoreᵢ, or on the
 * weights. Rows are applicants (m), columns indicators (n), higher is better; a column of zeros is
 * left out (weight 0, a `constant_criterion` warning), with its bounds.
 *
 * Exactness: HiGHS (the package highs, an optional peer dependency) solves each LP in float64;
 * its optimal basis is then re-solved in exact rational arithmetic (BigInt) and checked: the
 * vertex satisfies every constraint exactly (primal feasible) and the dual solution of the same
 * basis is ≥ 0 (dual feasible), which proves the vertex optimal. When that check fails (a float
 * basis that is not exactly optimal), an exact rational simplex (Bland's rule) solves the LP from
 * the constraints near the float optimum, adding any constraint the exact solution violates. So
 * every score is the exact optimum of the LP for the data as given (decimals, read exactly),
 * available as a fraction (`fractions`) and as a 28-digit string; the weights are an exactly
 * optimal vertex. What is not guaranteed: which of several optimal vertices is returned.
 *
 * @param matrix - m × n data (m ≥ 2), numbers or decimal strings, ≥ 0 unless normalised
 * @param options - `normalisation`, `directions`, `weightShares`, `pieShares`, `weights`, `highs`
 * @returns scores, weights, pie shares and the data, as strings and numbers; exact fractions,
 *   ranks, peers, how each optimum was certified, and warnings
 * @throws YoupinError (the core's class) `highs_missing` (install highs), `infeasible_bounds`,
 *   `solver_failed`, `not_a_matrix`, `ragged_matrix`, `not_a_number`, `not_finite`,
 *   `too_few_values` (one row), `negative_value`, `out_of_scale` (a share bound outside [0, 1], a
 *   lower bound above its upper), `length_mismatch`, `wrong_value_type`, or a zod code for a bad
 *   option
 * @example
 * ```ts
 * import { benefitOfTheDoubt } from 'youpin/dea';
 * // Two indicators, four applicants: A and C are best on one indicator each.
 * const r = await benefitOfTheDoubt([[4, 1], [2, 2], [1, 4], [1, 1]]);
 * r.fractions; // → [ '1', '4/5', '1', '2/5' ]
 * r.peers[1]; // → [ 0, 2 ]
 * r.ranks; // → [ 1, 3, 1, 4 ]
 * ```
 */
export async function benefitOfTheDoubt(
  matrix: MatrixInput,
  options: BenefitOfTheDoubtOptions = {},
): Promise<BenefitOfTheDoubtResult> {
  const issues: Issue[] = [];
  const parsed = parseInput(optionsSchema, options);
  if (!parsed.success) issues.push(...fromZod(parsed.error.issues, ['options']));
  const rows = readMatrix(matrix, 'matrix', issues);
  const first = Array.isArray(matrix) && Array.isArray(matrix[0]) ? matrix[0] : [];
  const n = first.length;
  const normalisation = (parsed.success && options.normalisation) || 'none';
  let directions: Direction[] = [];
  if (options.directions !== undefined && parsed.success) {
    if (normalisation === 'minmax') directions = readDirections(options.directions, n, issues);
    else
      issues.push(
        makeToolIssue('wrong_value_type', ['options', 'directions'], {
          leaf: 'directions',
          expected: 'normalisation "minmax": the data as given have no direction',
          expectedZh: 'normalisation 为 "minmax"：未经标准化的数据不区分方向',
        }),
      );
  }
  if (rows && rows.length < 2)
    issues.push(
      makeToolIssue('too_few_values', ['matrix'], { method: 'benefit of the doubt', min: 2 }),
    );
  if (rows && normalisation === 'none')
    rows.forEach((row, i) => {
      row.forEach((x, j) => {
        if (x.isNegative() && !x.isZero())
          issues.push(
            makeToolIssue('negative_value', ['matrix', i, j], {
              operator: 'benefit of the doubt',
              operatorZh: '有利假设法（BoD）',
              value: x.toFixed(),
            }),
          );
      });
    });
  const read = (key: 'weightShares' | 'pieShares' | 'weights') =>
    parsed.success ? readBounds(options[key], key, n, key !== 'weights', issues) : emptyBounds(n);
  const weightShares = read('weightShares');
  const pieShares = read('pieShares');
  const absolute = read('weights');
  throwIssues(issues);

  const m = (rows as unknown[]).length;
  const y = normalise(
    (rows as NonNullable<typeof rows>).map((row) => row.map(fromDec)),
    normalisation,
    directions,
  );
  const warnings: Issue[] = [];
  const kept = Array.from({ length: n }, (_, j) => j).filter((j) =>
    y.some((row) => sign(row[j] as Q) > 0),
  );
  for (let j = 0; j < n; j++)
    if (!kept.includes(j))
      warnings.push(
        makeToolIssue('constant_criterion', ['matrix', 'columns', j], { column: j, count: m }),
      );

  const solutions =
    kept.length === 0
      ? y.map(() => ({ w: [] as Q[], peers: [] as number[], certified: 'basis' as const }))
      : await solveAll(
          y.map((row) => kept.map((j) => row[j] as Q)),
          pick(weightShares, kept),
          pick(pieShares, kept),
          pick(absolute, kept),
          (options.highs as HighsRuntime | undefined) ?? (await defaultHighs()),
        );

  const scores = solutions.map((s, i) =>
    dot(
      s.w,
      kept.map((j) => (y[i] as Q[])[j] as Q),
    ),
  );
  const weights = solutions.map((s) => {
    const full = new Array<Q>(n).fill(Q0);
    kept.forEach((j, k) => {
      full[j] = s.w[k] as Q;
    });
    return full;
  });
  const string = (q: Q) => exactString(toDec(q));
  const figures: BenefitOfTheDoubtFigures = {
    scores: scores.map(string),
    weights: weights.map((w) => w.map(string)),
    pieShares: weights.map((w, i) =>
      w.map((v, j) => {
        const score = scores[i] as Q;
        return sign(score) === 0 ? null : string(div(mul(v, (y[i] as Q[])[j] as Q), score));
      }),
    ),
    data: y.map((row) => row.map(string)),
  };
  const order = scores.map((_, i) => i).sort((a, b) => cmp(scores[b] as Q, scores[a] as Q));
  const ranks = new Array<number>(m);
  order.forEach((i, position) => {
    const before = order[position - 1];
    ranks[i] =
      before !== undefined && cmp(scores[before] as Q, scores[i] as Q) === 0
        ? (ranks[before] as number)
        : position + 1;
  });
  return {
    method: 'bod',
    variant: variantOf(normalisation, weightShares, pieShares, absolute),
    ...figures,
    warnings,
    numbers: floatTwin(figures),
    fractions: scores.map(fractionString),
    ranks,
    peers: solutions.map((s) => s.peers),
    certified: solutions.map((s) => s.certified),
  };
}

/** The data as given, or min-max normalised by direction (a constant column becomes zeros). */
function normalise(
  x: Q[][],
  normalisation: 'none' | 'minmax',
  directions: readonly Direction[],
): Q[][] {
  if (normalisation === 'none') return x;
  const columns = (x[0] ?? []).map((_, j) => {
    const column = x.map((row) => row[j] as Q);
    const min = column.reduce((a, v) => (cmp(v, a) < 0 ? v : a));
    const max = column.reduce((a, v) => (cmp(v, a) > 0 ? v : a));
    const range = sub(max, min);
    return column.map((v) =>
      sign(range) === 0 ? Q0 : div(directions[j] === 'lower' ? sub(max, v) : sub(v, min), range),
    );
  });
  return x.map((_, i) => columns.map((column) => column[i] as Q));
}

function emptyBounds(n: number): Bounds {
  return { lower: new Array<Q>(n).fill(Q0), upper: new Array<Q | null>(n).fill(null) };
}

/** Reads `{ lower, upper }` exactly, one value or one per column; shares must lie in [0, 1]. */
function readBounds(
  given: BenefitOfTheDoubtBounds | undefined,
  key: string,
  n: number,
  share: boolean,
  issues: Issue[],
): Bounds {
  const bounds = emptyBounds(n);
  if (given === undefined) return bounds;
  for (const side of ['lower', 'upper'] as const) {
    const value = given[side];
    if (value === undefined) continue;
    const path = ['options', key, side];
    // One value for every indicator is read (and reported) once.
    const list: ReadonlyArray<unknown> = Array.isArray(value) ? value : [value];
    if (Array.isArray(value) && list.length !== n) {
      issues.push(makeToolIssue('length_mismatch', path, { a: n, b: list.length }));
      continue;
    }
    list.forEach((cell, j) => {
      if (cell === null && Array.isArray(value)) return;
      const at = Array.isArray(value) ? [...path, j] : path;
      const x = parseRational(cell);
      if (!x) {
        issues.push(makeToolIssue('not_a_number', at, { value: showValue(cell) }));
        return;
      }
      if (x.isNegative() || (share && x.gt(1))) {
        issues.push(
          makeToolIssue('out_of_scale', at, { value: x.toFixed(), min: 0, max: share ? 1 : '∞' }),
        );
        return;
      }
      const q = fromDec(x);
      for (const k of Array.isArray(value) ? [j] : bounds.lower.keys()) {
        if (side === 'lower') bounds.lower[k] = q;
        else bounds.upper[k] = q;
      }
    });
  }
  bounds.lower.forEach((lower, j) => {
    const upper = bounds.upper[j];
    if (upper && cmp(lower, upper) > 0)
      issues.push(
        makeToolIssue('out_of_scale', ['options', key, 'lower', j], {
          value: string(lower),
          min: 0,
          max: string(upper),
        }),
      );
  });
  if (share) {
    const low = bounds.lower.reduce(add, Q0);
    const high = bounds.upper.reduce<Q>((s, u) => add(s, u ?? Q1), Q0);
    if (cmp(low, Q1) > 0 || cmp(high, Q1) < 0)
      issues.push(
        makeDeaIssue('infeasible_bounds', ['options', key], {
          why: `the lower shares sum to ${string(low)}, the upper to ${string(high)}; shares sum to 1`,
          whyZh: `下限之和为 ${string(low)}，上限之和为 ${string(high)}，而各份额之和必须为 1`,
        }),
      );
  }
  return bounds;
}

function string(q: Q): string {
  return exactString(toDec(q));
}

function pick(bounds: Bounds, kept: readonly number[]): Bounds {
  return {
    lower: kept.map((j) => bounds.lower[j] as Q),
    upper: kept.map((j) => bounds.upper[j] ?? null),
  };
}

function variantOf(
  normalisation: string,
  weightShares: Bounds,
  pieShares: Bounds,
  absolute: Bounds,
): string {
  const said = (name: string, b: Bounds) => {
    const lower = b.lower.some((q) => sign(q) > 0);
    const upper = b.upper.some((q) => q !== null);
    if (!lower && !upper) return [];
    const one = (qs: ReadonlyArray<Q | null>, none: string) => {
      const texts = qs.map((q) => (q === null ? none : string(q)));
      return texts.every((t) => t === texts[0]) ? (texts[0] as string) : `[${texts.join(', ')}]`;
    };
    return [`${name} ${one(b.lower, '0')}–${one(b.upper, name === 'weights' ? '∞' : '1')}`];
  };
  const bounds = [
    ...said('weight shares', weightShares),
    ...said('pie shares', pieShares),
    ...said('weights', absolute),
  ];
  return [
    'benefit of the doubt (Cherchye et al. 2007)',
    normalisation === 'minmax' ? 'min-max normalised by direction' : 'data as given',
    bounds.length > 0 ? bounds.join(', ') : 'no bounds',
    'HiGHS, certified in exact rationals',
  ].join(', ');
}

interface Solution {
  readonly w: Q[];
  readonly peers: number[];
  readonly certified: 'basis' | 'simplex';
}

/** Builds one HiGHS model for the batch and solves every applicant's LP on it, warm-started. */
async function solveAll(
  y: Q[][],
  weightShares: Bounds,
  pieShares: Bounds,
  absolute: Bounds,
  highs: HighsRuntime,
): Promise<Solution[]> {
  const m = y.length;
  const n = (y[0] as Q[]).length;
  const yf = y.map((row) => row.map(toFloat));
  // The share rows, as ≤ 0 rows: lower·Σ − (own) ≤ 0 and (own) − upper·Σ ≤ 0, where Σ is Σw
  // (weight shares) or the applicant's score (pie shares) and own is wⱼ or wⱼ yᵢⱼ.
  const shareRows = (b: Bounds, total: readonly Q[], own: (j: number) => Q): Row[] => {
    const out: Row[] = [];
    for (let j = 0; j < n; j++) {
      const lower = b.lower[j] as Q;
      const upper = b.upper[j];
      const unit = (k: number) => (k === j ? own(j) : Q0);
      if (sign(lower) > 0) out.push({ a: total.map((t, k) => sub(mul(lower, t), unit(k))), b: Q0 });
      if (upper && cmp(upper, Q1) < 0)
        out.push({ a: total.map((t, k) => sub(unit(k), mul(upper, t))), b: Q0 });
    }
    return out;
  };
  const ones = new Array<Q>(n).fill(Q1);
  const fixedRows = shareRows(weightShares, ones, () => Q1);
  const pieRowsOf = (i: number) => shareRows(pieShares, y[i] as Q[], (j) => (y[i] as Q[])[j] as Q);
  const pieCount = pieRowsOf(0).length;
  const lower = absolute.lower;
  const upper = absolute.upper;

  const all: Row[][] = [fixedRows, pieRowsOf(0)];
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const push = (a: readonly number[]) => {
    a.forEach((v, j) => {
      indices.push(j);
      values.push(v);
    });
    starts.push(indices.length);
  };
  for (const row of yf) push(row);
  for (const group of all) for (const row of group) push(row.a.map(toFloat));
  const numRows = m + fixedRows.length + pieCount;
  const model = highs.createModel({
    numCols: n,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: new Array<number>(n).fill(0),
    colLower: lower.map(toFloat),
    colUpper: upper.map((u) => (u ? toFloat(u) : highs.infinity)),
    rowLower: new Array<number>(numRows).fill(-highs.infinity),
    rowUpper: [...new Array<number>(m).fill(1), ...new Array<number>(numRows - m).fill(0)],
    matrix: { format: 'csr', numRows, numCols: n, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false, presolve: 'off', solver: 'simplex' });
    const out: Solution[] = [];
    for (let i = 0; i < m; i++) {
      const pieRows = pieRowsOf(i);
      if (i > 0)
        pieRows.forEach((row, r) => {
          row.a.forEach((v, j) => {
            model.changeCoefficient(m + fixedRows.length + r, j, toFloat(v));
          });
        });
      model.changeColsCost({ kind: 'range', from: 0, to: n - 1 }, yf[i] as number[]);
      model.run();
      const status = model.getModelStatus();
      if (status === highs.constants.modelStatus.infeasible)
        throwIssues([
          makeDeaIssue('infeasible_bounds', ['options'], {
            why: 'HiGHS found the LP infeasible',
            whyZh: 'HiGHS 判定该线性规划无可行解',
          }),
        ]);
      if (status !== highs.constants.modelStatus.optimal)
        throwIssues([makeDeaIssue('solver_failed', ['matrix', i], { row: i, status })]);
      const lp: Lp = { y, yf, c: y[i] as Q[], bounds: [...fixedRows, ...pieRows], lower, upper };
      out.push(certify(lp, model, highs, m) ?? exactly(lp, model));
    }
    return out;
  } finally {
    model.dispose();
  }
}

/** One applicant's LP in exact form: max cᵀw, Y w ≤ 1, bound rows ≤ 0, lower ≤ w ≤ upper. */
interface Lp {
  readonly y: readonly (readonly Q[])[];
  readonly yf: readonly (readonly number[])[];
  readonly c: readonly Q[];
  readonly bounds: readonly Row[];
  readonly lower: readonly Q[];
  readonly upper: ReadonlyArray<Q | null>;
}

/**
 * The applicant rows that bind at w (activity exactly 1), or `null` when w violates a constraint.
 * A row whose float activity is clearly below 1 is skipped; the others are computed exactly.
 */
function checkPrimal(lp: Lp, w: readonly Q[]): number[] | null {
  const wf = w.map(toFloat);
  const peers: number[] = [];
  for (let k = 0; k < lp.y.length; k++) {
    const row = lp.yf[k] as number[];
    let activity = 0;
    for (let j = 0; j < wf.length; j++) activity += (row[j] as number) * (wf[j] as number);
    if (activity < 1 - SLACK) continue;
    const exact = cmp(dot(lp.y[k] as Q[], w), Q1);
    if (exact > 0) return null;
    if (exact === 0) peers.push(k);
  }
  if (lp.bounds.some((row) => sign(dot(row.a, w)) > 0)) return null;
  const inBounds = w.every((v, j) => {
    const upper = lp.upper[j];
    return cmp(v, lp.lower[j] as Q) >= 0 && (!upper || cmp(v, upper) <= 0);
  });
  return inBounds ? peers : null;
}

/**
 * Re-solves HiGHS's optimal basis exactly: its n active constraints give the vertex, their duals
 * must be ≥ 0 and the vertex feasible. `null` when the basis does not certify.
 */
function certify(lp: Lp, model: HighsModel, highs: HighsRuntime, m: number): Solution | null {
  const { colStatus, rowStatus } = model.getBasis();
  const { basic, lower, upper } = highs.constants.basisStatus;
  const active: Row[] = [];
  const n = lp.c.length;
  for (let r = 0; r < rowStatus.length; r++) {
    if (rowStatus[r] === basic) continue;
    active.push(r < m ? { a: lp.y[r] as Q[], b: Q1 } : (lp.bounds[r - m] as Row));
  }
  for (let j = 0; j < n; j++) {
    const unit = (v: Q) => lp.c.map((_, k) => (k === j ? v : Q0));
    if (colStatus[j] === lower) active.push({ a: unit(neg(Q1)), b: neg(lp.lower[j] as Q) });
    else if (colStatus[j] === upper && lp.upper[j])
      active.push({ a: unit(Q1), b: lp.upper[j] as Q });
  }
  if (active.length !== n) return null;
  const w = solve(
    active.map((row) => row.a),
    active.map((row) => row.b),
  );
  if (!w) return null;
  const duals = solve(
    lp.c.map((_, j) => active.map((row) => row.a[j] as Q)),
    lp.c,
  );
  if (!duals || duals.some((d) => sign(d) < 0)) return null;
  const peers = checkPrimal(lp, w);
  return peers ? { w, peers, certified: 'basis' } : null;
}

/**
 * The exact rational simplex on the constraints near HiGHS's optimum (and, per indicator, the row
 * of its largest value, so that the LP is bounded), adding every constraint the exact optimum
 * violates until it violates none. The smaller LP is a relaxation of the full one, so its optimum,
 * once feasible for the full LP, is the full LP's optimum.
 */
function exactly(lp: Lp, model: HighsModel): Solution {
  const n = lp.c.length;
  const floats = model.getSolution().colValue;
  const chosen = new Set<number>();
  lp.yf.forEach((row, k) => {
    let activity = 0;
    row.forEach((v, j) => {
      activity += v * (floats[j] ?? 0);
    });
    if (activity > 1 - 1e-6) chosen.add(k);
  });
  for (let j = 0; j < n; j++) {
    let best = 0;
    lp.yf.forEach((row, k) => {
      if ((row[j] as number) > ((lp.yf[best] as number[])[j] as number)) best = k;
    });
    chosen.add(best);
  }
  for (;;) {
    // w = lower + x, x ≥ 0: each row a·w ≤ b becomes a·x ≤ b − a·lower.
    const rows: Row[] = [
      ...[...chosen].sort((a, b) => a - b).map((k) => ({ a: lp.y[k] as Q[], b: Q1 })),
      ...lp.bounds,
      ...lp.upper.flatMap((u, j) =>
        u ? [{ a: lp.c.map((_, k) => (k === j ? Q1 : Q0)), b: u }] : [],
      ),
    ];
    const result = exactSimplex(
      lp.c,
      rows.map((row) => row.a),
      rows.map((row) => sub(row.b, dot(row.a, lp.lower))),
    );
    if (result.status === 'infeasible')
      throwIssues([
        makeDeaIssue('infeasible_bounds', ['options'], {
          why: 'no weights meet every bound',
          whyZh: '没有同时满足全部约束的权重',
        }),
      ]);
    if (result.status !== 'optimal')
      throwIssues([makeDeaIssue('solver_failed', ['matrix'], { row: -1, status: result.status })]);
    const w = (result as { x: Q[] }).x.map((x, j) => add(x, lp.lower[j] as Q));
    const violated = lp.y.flatMap((row, k) => (cmp(dot(row as Q[], w), Q1) > 0 ? [k] : []));
    if (violated.length === 0) {
      const peers = lp.y.flatMap((row, k) => (cmp(dot(row as Q[], w), Q1) === 0 ? [k] : []));
      return { w, peers, certified: 'simplex' };
    }
    for (const k of violated) chosen.add(k);
  }
}
