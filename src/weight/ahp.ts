import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { decimalSchema, num } from '../normalise/methods/_shared.js';
import { Dec } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import type { MatrixInput } from '../numeric/readMatrix.js';
import { readMatrix } from '../numeric/readMatrix.js';
import { exactString } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import {
  checkPairwise,
  lambdaMax,
  nearestOnSaatyScale,
  principalEigenvector,
  rowGeometricMean,
} from './_pairwise.js';
import {
  type RandomIndexTable,
  type RandomIndexTableName,
  randomIndexTables,
} from './randomIndexTables.js';

/** Options of {@link ahp}. */
export interface AhpOptions {
  /** `eigenvector` (Saaty 1980; default) or `geometricMean` (row geometric mean, Crawford & Williams 1985). */
  readonly method?: 'eigenvector' | 'geometricMean' | undefined;
  /** The random-index table for CR; default `saaty1980`. */
  readonly randomIndex?: RandomIndexTableName | undefined;
  /** CR at or below which the matrix is acceptable; default 0.1 (Saaty's 10 % rule). */
  readonly threshold?: number | string | undefined;
}

/** The judgement whose revision would lower the consistency ratio most. */
export interface AhpSuggestion {
  /** Row and column of the judgement aᵢⱼ (its reciprocal aⱼᵢ changes with it). */
  readonly row: number;
  readonly column: number;
  readonly current: string;
  /** The nearest value on Saaty's 1–9 scale to wᵢ/wⱼ, as "3" or "1/3". */
  readonly suggested: string;
  /** The consistency ratio after the revision. */
  readonly crAfter: string;
}

/** The figures of {@link ahp}. */
export interface AhpFigures {
  /** The priority vector, summing to 1. */
  readonly weights: readonly string[];
  /** λmax, the mean of (Aw)ᵢ / wᵢ. */
  readonly lambdaMax: string;
  /** CI = (λmax − n) / (n − 1); 0 for n ≤ 2. */
  readonly ci: string;
  /** RI, the random index of the named table for this n (0 for n ≤ 2). */
  readonly ri: string;
  /** CR = CI / RI; 0 for n ≤ 2. */
  readonly cr: string;
  /** The CR at or below which the matrix is acceptable. */
  readonly threshold: string;
}

/**
 * What {@link ahp} returns (the shape of every method, see {@link MethodResult}): `method` is the
 * prioritisation (`eigenvector` or `geometricMean`); the figures as exact strings and numbers;
 * the random-index table, acceptability and, if needed, a suggested revision beside them.
 */
export interface AhpResult
  extends MethodResult<'eigenvector' | 'geometricMean', AhpFigures, Issue> {
  readonly randomIndexTable: RandomIndexTable;
  readonly n: number;
  /** CR ≤ threshold. */
  readonly acceptable: boolean;
  /** For an unacceptable matrix, the single judgement to revisit first; otherwise null. */
  readonly suggestion: AhpSuggestion | null;
}

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
/** The options every AHP function shares (ahpGroup extends them); validation only. */
export const ahpOptionsShape: z.core.$ZodShape = /* @__PURE__ */ (() => ({
  method: z.optional(z.enum(['eigenvector', 'geometricMean'])),
  randomIndex: z.optional(
    z.enum(['saaty1980', 'saaty2005', 'tummalaLing1998', 'aguaron2003', 'doneganDodd1991']),
  ),
  threshold: z.optional(decimalSchema),
}))();
const optionsSchema = /* @__PURE__ */ (() => z.strictObject(ahpOptionsShape))();

/**
 * Priorities from a pairwise comparison matrix by the Analytic Hierarchy Process, with its
 * consistency (Saaty 1980).
 *
 * - `eigenvector`: the principal eigenvector, by power iteration to 34 significant digits;
 * - `geometricMean`: the normalised row geometric means (Crawford & Williams 1985).
 *
 * λmax is the mean of (Aw)ᵢ/wᵢ; CI = (λmax − n)/(n − 1) (never below 0: λmax ≥ n for a positive
 * reciprocal matrix); CR = CI/RI with RI from the named table; n ≤ 2 gives CI = CR = 0. For a
 * matrix with CR above the threshold, `suggestion` names the judgement whose move to the nearest
 * Saaty-scale value of wᵢ/wⱼ lowers CR most.
 *
 * @param matrix - n × n judgements aᵢⱼ (how much more important i is than j): numbers or
 *   fractions such as `"1/3"`
 * @param options - method, random-index table (default Saaty 1980), CR threshold (default 0.1)
 * @returns weights, λmax, CI, RI, CR and the threshold as strings and numbers, the table,
 *   acceptability and, if needed, a suggested revision
 * @throws {@link YoupinError} `not_a_matrix`, `ragged_matrix`, `not_square`, `not_a_number`,
 *   `not_finite`, `nonpositive_judgement`, `diagonal_not_one`, `not_reciprocal`
 *   (|aᵢⱼ·aⱼᵢ − 1| > 1e-9), `matrix_too_large` (n beyond the RI table)
 * @example
 * ```ts
 * import { ahp } from 'youpin';
 * const result = ahp([[1, 3, 5], ['1/3', 1, 3], ['1/5', '1/3', 1]]);
 * result.numbers.weights.map((w) => w.toFixed(4)); // → [ '0.6370', '0.2583', '0.1047' ]
 * result.numbers.cr.toFixed(4); // → '0.0332'
 * [result.ri, result.numbers.ri, result.variant]; // → [ '0.58', 0.58, 'principal eigenvector, RI saaty1980' ]
 * result.acceptable; // → true
 * ```
 */
export function ahp(matrix: MatrixInput, options: AhpOptions = {}): AhpResult {
  const issues: Issue[] = [];
  const parsed = parseInput(optionsSchema, options);
  if (!parsed.success) issues.push(...fromZod(parsed.error.issues, ['options']));
  // Options that are not an object (null, say) were reported above; read none of them.
  const given: AhpOptions = parsed.success ? options : {};
  const a = readMatrix(matrix, 'matrix', issues);
  if (a) checkPairwise(a, 'matrix', issues);
  const table = randomIndexTables[given.randomIndex ?? 'saaty1980'];
  if (a && issues.length === 0 && a.length > table.values.length) {
    issues.push(
      makeToolIssue('matrix_too_large', ['matrix'], {
        table: table.name,
        max: table.values.length,
        n: a.length,
      }),
    );
  }
  throwIfIssues(issues);
  return analyse(
    a as Dec[][],
    given.method ?? 'eigenvector',
    table,
    num(given.threshold ?? '0.1'),
    true,
  );
}

/** The AHP figures of a valid matrix (shared with group AHP). */
export function analyse(
  a: readonly Dec[][],
  method: 'eigenvector' | 'geometricMean',
  table: RandomIndexTable,
  threshold: Dec,
  suggest: boolean,
): AhpResult {
  const n = a.length;
  const weights = method === 'eigenvector' ? principalEigenvector(a) : rowGeometricMean(a);
  const { lambda, ci, cr, ri } = consistency(a, weights, table);
  const acceptable = cr.lessThanOrEqualTo(threshold);
  const figures: AhpFigures = {
    weights: weights.map(exactString),
    lambdaMax: exactString(lambda),
    ci: exactString(ci),
    ri: ri.toFixed(),
    cr: exactString(cr),
    threshold: threshold.toFixed(),
  };
  return {
    method,
    variant: `${method === 'eigenvector' ? 'principal eigenvector' : 'row geometric mean'}, RI ${table.name}`,
    randomIndexTable: table,
    n,
    ...figures,
    acceptable,
    suggestion: !acceptable && suggest ? suggestRevision(a, weights, method, table) : null,
    warnings: [],
    numbers: floatTwin(figures),
  };
}

function consistency(a: readonly Dec[][], w: readonly Dec[], table: RandomIndexTable) {
  const n = a.length;
  const lambda = lambdaMax(a, w);
  const ri = new Dec(table.values[n - 1] ?? '0');
  if (n <= 2 || ri.isZero()) return { lambda, ci: new Dec(0), cr: new Dec(0), ri };
  const ci = Dec.max(0, lambda.minus(n).div(n - 1));
  return { lambda, ci, cr: ci.div(ri), ri };
}

function suggestRevision(
  a: readonly Dec[][],
  w: readonly Dec[],
  method: 'eigenvector' | 'geometricMean',
  table: RandomIndexTable,
): AhpSuggestion | null {
  const n = a.length;
  let best: { row: number; column: number; value: Dec; cr: Dec } | null = null;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = nearestOnSaatyScale((w[i] as Dec).div(w[j] as Dec));
      if (value.equals((a[i] as Dec[])[j] as Dec)) continue;
      const revised = a.map((row) => [...row]);
      (revised[i] as Dec[])[j] = value;
      (revised[j] as Dec[])[i] = new Dec(1).div(value);
      const weights =
        method === 'eigenvector'
          ? principalEigenvector(revised, new Dec('1e-20'))
          : rowGeometricMean(revised);
      const { cr } = consistency(revised, weights, table);
      if (!best || cr.lessThan(best.cr)) best = { row: i, column: j, value, cr };
    }
  }
  if (!best) return null;
  return {
    row: best.row,
    column: best.column,
    current: exactString((a[best.row] as Dec[])[best.column] as Dec),
    suggested: best.value.greaterThanOrEqualTo(1)
      ? best.value.toFixed()
      : `1/${new Dec(1).div(best.value).toDecimalPlaces(0).toFixed()}`,
    crAfter: exactString(best.cr),
  };
}
