import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { type Dec, ZERO } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import type { MatrixInput } from '../numeric/readMatrix.js';
import { exactString, settle } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import type { Direction, WeightInput } from '../primitives/types.js';
import { checkPairwise, column, ranksBy, readDecision } from './_decision.js';
import {
  type Preference,
  type PreferenceFunction,
  preferenceDegree,
  preferenceSchema,
  readPreference,
} from './_preference.js';

export type { PreferenceFunction } from './_preference.js';

/** Options of {@link promethee}. */
export interface PrometheeOptions {
  /** One per criterion (column); default all `higher`. */
  readonly directions?: readonly Direction[] | undefined;
  /**
   * The preference function of every criterion, or one per criterion (column); default
   * `{ type: 'usual' }` for all.
   */
  readonly preference?: PreferenceFunction | readonly PreferenceFunction[] | undefined;
}

/** The figures of {@link promethee}: rows are alternatives, columns criteria. */
export interface PrometheeFigures {
  /** The weights used: those given, scaled to sum to exactly 1. */
  readonly weights: readonly string[];
  /** π(a, b) = Σ_j w_j P_j(a, b): how much a is preferred to b over all criteria (0 on the diagonal). */
  readonly preference: ReadonlyArray<readonly string[]>;
  /** φ⁺(a) = Σ_b π(a, b) / (m − 1), the leaving (positive) flow. */
  readonly positive: readonly string[];
  /** φ⁻(a) = Σ_b π(b, a) / (m − 1), the entering (negative) flow. */
  readonly negative: readonly string[];
  /** φ(a) = φ⁺(a) − φ⁻(a), the net flow: PROMETHEE II's complete ranking, in [−1, 1]. */
  readonly net: readonly string[];
  /**
   * φ_j(a) = Σ_b (P_j(a, b) − P_j(b, a)) / (m − 1), the net flow on criterion j alone (rows
   * alternatives, columns criteria); φ(a) = Σ_j w_j φ_j(a), so it tells which criteria carry a.
   */
  readonly criterionFlows: ReadonlyArray<readonly string[]>;
}

/**
 * What {@link promethee} returns (the shape of every method, see `MethodResult`): the aggregated
 * preference indices, the three flows and the flow of each criterion as exact strings and as
 * numbers, competition ranks by net flow, and warnings (`constant_criterion`).
 */
export interface PrometheeResult extends MethodResult<'promethee', PrometheeFigures, Issue> {
  /** Competition ranks ("1224") by net flow, highest first: PROMETHEE II's complete ranking. */
  readonly ranks: { readonly net: readonly number[] };
}

/** Above this many alternatives PROMETHEE's m² pairs in decimal take too long to be useful. */
const MAX_ALTERNATIVES = 2000;

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const optionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    // Checked against the column count by readDecision.
    directions: z.optional(z.unknown()),
    preference: z.optional(z.union([preferenceSchema, z.array(preferenceSchema)])),
  }))();

/**
 * Ranks alternatives by PROMETHEE II's net outranking flow (Brans 1982; Brans & Vincke 1985,
 * *Management Science* 31(6) 647–656; Brans, Vincke & Mareschal 1986, *EJOR* 24(2) 228–238), in
 * exact decimal arithmetic.
 *
 * Rows are alternatives (2 ≤ m ≤ 2,000), columns criteria, weights w ≥ 0 summing to 1 within
 * 1e-9 (then scaled to exactly 1). For each pair (a, b) and criterion j, d_j(a, b) is
 * x_aj − x_bj (`higher`) or x_bj − x_aj (`lower`) and P_j its preference degree by the criterion's
 * function (`usual`, `ushape`, `vshape`, `level`, `linear`, `gaussian`: see
 * {@link PreferenceFunction}); then π(a, b) = Σ_j w_j P_j(a, b), φ⁺(a) = Σ_b π(a, b) / (m − 1),
 * φ⁻(a) = Σ_b π(b, a) / (m − 1) and φ(a) = φ⁺(a) − φ⁻(a). PROMETHEE II ranks by φ, highest first;
 * φ⁺ and φ⁻ are PROMETHEE I's flows.
 *
 * Unlike the tree's additive score, PROMETHEE is only partly compensatory: a large lead on one
 * criterion counts at most w_j against each rival, so it is a useful comparison for a ranking
 * (see the researchers' guide). Like TOPSIS and VIKOR it is cohort-relative: adding an
 * alternative can reorder the others. Its cost is m² · n decimal operations (about 2 s for 500
 * alternatives and 20 criteria).
 *
 * pymcdm's `PROMETHEE_II('usual')` gives the same net flows (its own example is tested); its
 * `vshape_2` is `linear` here, and it has no `gaussian`.
 *
 * @param matrix - rows of criterion values (numbers, decimal strings or fractions such as `"1/3"`)
 * @param weights - one weight per column; ≥ 0 and summing to 1 within 1e-9
 * @param options - `directions` per column (default all `higher`); `preference`: one function for
 *   every criterion or one per criterion (default `usual`)
 * @returns the weights used, π, φ⁺, φ⁻, φ and the flow of each criterion as exact strings (guard
 *   digits dropped) and as numbers, ranks by φ (highest first), and warnings
 * @throws {@link YoupinError} `not_a_matrix`, `ragged_matrix`, `not_a_number`, `not_finite`,
 *   `empty_input`, `length_mismatch` (weights, directions or preference functions), `negative_weight`,
 *   `weights_sum`, `wrong_value_type` (a direction), `too_few_values` (one alternative),
 *   `too_large` (over 2,000 alternatives), `nonpositive` (p or s), `out_of_scale` (q below 0),
 *   `threshold_order` (p not above q), or a zod code for other bad options
 * @example
 * ```ts
 * import { promethee } from 'youpin';
 * // pymcdm's PROMETHEE II example (Zhao, Peng & Li 2013): three alternatives, usual criteria.
 * const result = promethee([[4, 3, 2], [3, 2, 4], [5, 1, 3]], [0.5, 0.3, 0.2]);
 * result.net; // → [ '0.1', '-0.3', '0.2' ]
 * result.positive; // → [ '0.55', '0.35', '0.6' ]
 * result.ranks.net; // → [ 2, 3, 1 ]
 * // A linear preference on the first criterion: a lead of 1 counts half, of 2 or more fully.
 * const linear = promethee([[4, 3, 2], [3, 2, 4], [5, 1, 3]], [0.5, 0.3, 0.2], {
 *   preference: [{ type: 'vshape', p: 2 }, { type: 'usual' }, { type: 'usual' }],
 * });
 * linear.net; // → [ '0.1', '-0.175', '0.075' ]
 * linear.preference[2]; // → [ '0.45', '0.5', '0' ]
 * ```
 */
export function promethee(
  matrix: MatrixInput,
  weights: readonly WeightInput[],
  options: PrometheeOptions = {},
): PrometheeResult {
  const issues: Issue[] = [];
  const parsed = parseInput(optionsSchema, options);
  if (!parsed.success) issues.push(...fromZod(parsed.error.issues, ['options']));
  checkPairwise(matrix, 'PROMETHEE', MAX_ALTERNATIVES, issues);
  const decision = readDecision(
    matrix,
    weights,
    parsed.success ? parsed.data.directions : undefined,
    issues,
  );
  const functions = parsed.success
    ? readFunctions(parsed.data.preference, decision?.weights.length, issues)
    : [];
  throwIfIssues(issues);
  if (!decision) throw new Error('unreachable: validation reported no issue');

  const { matrix: x, weights: w, directions: dirs } = decision;
  const m = x.length;
  const n = w.length;
  const warnings: Issue[] = [];
  const pi: Dec[][] = x.map(() => x.map(() => ZERO));
  const flows: Dec[][] = x.map(() => []);
  for (let j = 0; j < n; j++) {
    const col = column(x, j);
    if (col.every((c) => c.equals(col[0] as Dec))) {
      warnings.push(
        makeToolIssue('constant_criterion', ['matrix', 'columns', j], { column: j, count: m }),
      );
    }
    const f = functions[j] ?? functions[0];
    const sign = dirs[j] === 'higher' ? 1 : -1;
    const net = x.map(() => ZERO);
    for (let a = 0; a < m; a++) {
      for (let b = 0; b < m; b++) {
        if (a === b) continue;
        const d = (col[a] as Dec).minus(col[b] as Dec).times(sign);
        const degree = f ? preferenceDegree(f, d) : ZERO;
        if (degree.isZero()) continue;
        (pi[a] as Dec[])[b] = (pi[a] as Dec[])[b]?.plus((w[j] as Dec).times(degree)) as Dec;
        net[a] = (net[a] as Dec).plus(degree);
        net[b] = (net[b] as Dec).minus(degree);
      }
    }
    net.forEach((v, a) => {
      (flows[a] as Dec[]).push(v.div(m - 1));
    });
  }
  const sum = (xs: readonly Dec[]) => xs.reduce((s, v) => s.plus(v), ZERO);
  // Settled before they are subtracted: φ⁺ and φ⁻ sum the same terms in different orders, and
  // equal flows must give a net flow of 0, not −2e-40.
  const positive = pi.map((row) => settle(sum(row).div(m - 1)));
  const negative = x.map((_, b) => settle(sum(pi.map((row) => row[b] as Dec)).div(m - 1)));
  const net = positive.map((p, a) => p.minus(negative[a] as Dec));

  const strings = (xs: readonly Dec[]) => xs.map(exactString);
  const figures: PrometheeFigures = {
    weights: strings(w),
    preference: pi.map(strings),
    positive: strings(positive),
    negative: strings(negative),
    net: strings(net),
    criterionFlows: flows.map(strings),
  };
  return {
    method: 'promethee',
    variant: `PROMETHEE II, net flow; preference ${describe(functions, n)}`,
    ...figures,
    ranks: { net: ranksBy(net, 'higher') },
    warnings,
    numbers: floatTwin(figures),
  };
}

/** The preference functions, one per criterion, with their thresholds checked. */
function readFunctions(
  input: PreferenceFunction | readonly PreferenceFunction[] | undefined,
  columns: number | undefined,
  issues: Issue[],
): Preference[] {
  if (input === undefined) return [readPreference({ type: 'usual' })];
  const list = Array.isArray(input) ? input : [input as PreferenceFunction];
  if (Array.isArray(input) && columns !== undefined && input.length !== columns) {
    issues.push(
      makeToolIssue('length_mismatch', ['options', 'preference'], { a: columns, b: input.length }),
    );
  }
  return list.map((spec, j) => {
    const f = readPreference(spec);
    const at = Array.isArray(input) ? ['options', 'preference', j] : ['options', 'preference'];
    const positive = (key: 'p' | 's') => {
      if (f[key].lte(0))
        issues.push(
          makeToolIssue('nonpositive', [...at, key], {
            what: `the ${key === 'p' ? 'preference threshold p' : 'Gaussian parameter s'}`,
            whatZh: key === 'p' ? '严格偏好阈值 p ' : '高斯函数参数 s ',
          }),
        );
    };
    if ('q' in spec && f.q.isNegative() && !f.q.isZero())
      issues.push(
        makeToolIssue('out_of_scale', [...at, 'q'], { value: f.q.toFixed(), min: 0, max: '∞' }),
      );
    if ('p' in spec) positive('p');
    if ('s' in spec) positive('s');
    if ('q' in spec && 'p' in spec && f.p.gt(0) && f.p.lte(f.q))
      issues.push(
        makeToolIssue('threshold_order', [...at, 'p'], { q: f.q.toFixed(), p: f.p.toFixed() }),
      );
    return f;
  });
}

/** The preference functions in words, for `variant`. */
function describe(functions: readonly Preference[], columns: number): string {
  const word = (f: Preference) =>
    f.type === 'usual'
      ? 'usual'
      : f.type === 'ushape'
        ? `ushape (q = ${f.q.toFixed()})`
        : f.type === 'vshape'
          ? `vshape (p = ${f.p.toFixed()})`
          : f.type === 'gaussian'
            ? `gaussian (s = ${f.s.toFixed()})`
            : `${f.type} (q = ${f.q.toFixed()}, p = ${f.p.toFixed()})`;
  const words = functions.map(word);
  return words.length === 1 && columns !== 1 ? `${words[0]} for every criterion` : words.join('; ');
}
