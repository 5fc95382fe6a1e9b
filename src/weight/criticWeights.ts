import * as z from 'zod/mini';
import { fromZod } from '../error/fromZod.js';
import type { Issue } from '../error/issue.js';
import { parseInput } from '../error/parseInput.js';
import { makeToolIssue } from '../error/toolMessages.js';
import { Dec } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import { readDirections } from '../numeric/readDirections.js';
import { type MatrixInput, readMatrix } from '../numeric/readMatrix.js';
import { exactString, settle } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { Direction } from '../primitives/types.js';
import type { WeightsFigures, WeightsResult } from './types.js';

/** Options of {@link criticWeights}. */
export interface CriticWeightsOptions {
  /** One per criterion (column); default all `higher`. */
  readonly directions?: readonly Direction[] | undefined;
}

/** The figures of {@link criticWeights}: rows are alternatives (m), columns criteria (n). */
export interface CriticWeightsFigures extends WeightsFigures {
  /** zᵢⱼ, the columns min-max normalised by direction; `null` throughout a constant column (0/0). */
  readonly normalised: ReadonlyArray<ReadonlyArray<string | null>>;
  /** σⱼ, the sample standard deviation (divisor m − 1) of normalised column j: the one CRITIC uses. */
  readonly sd: readonly string[];
  /** The population standard deviation (divisor m) of the same column, for papers that use it. */
  readonly sdPopulation: readonly string[];
  /** rⱼₖ, Pearson's correlation of the normalised columns (n × n, symmetric). */
  readonly correlation: readonly (readonly string[])[];
  /** Σₖ (1 − rⱼₖ), the conflict of criterion j with the others. */
  readonly conflict: readonly string[];
  /** Cⱼ = σⱼ Σₖ (1 − rⱼₖ), the information carried by criterion j. */
  readonly information: readonly string[];
}

/** What {@link criticWeights} returns: the weights and every figure behind them, and warnings. */
export type CriticWeightsResult = WeightsResult<'critic', CriticWeightsFigures>;

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
const optionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    // Checked against the column count by readDirections, which reports each bad entry.
    directions: z.optional(z.unknown()),
  }))();

/**
 * Objective weights by CRITIC (CRiteria Importance Through Intercriteria Correlation): a criterion
 * weighs more when its values spread more and when it agrees less with the other criteria.
 *
 * Diakoulaki, Mavrotas & Papayannakis (1995), "Determining objective weights in multiple criteria
 * problems: the CRITIC method", *Computers & Operations Research* 22(7), 763–770. Rows are
 * alternatives (m), columns criteria (n):
 * 1. each column is min-max normalised by its direction, (x − min)/(max − min) for `higher`,
 *    (max − x)/(max − min) for `lower`;
 * 2. σⱼ is the sample standard deviation (divisor m − 1) of the normalised column;
 * 3. rⱼₖ is Pearson's correlation of normalised columns j and k;
 * 4. Cⱼ = σⱼ Σₖ (1 − rⱼₖ) and wⱼ = Cⱼ / Σₖ Cₖ.
 *
 * Degenerate cases: a constant column has σ = 0 and no defined correlation, so its C is 0, its
 * correlations (row and column j of `correlation`) are taken as 0, and a `constant_criterion` warning is
 * given at `['matrix', 'columns', j]`. If every C is 0 (all criteria constant, or all perfectly
 * correlated) the weights are equal (1/n) with a `equal_weights_fallback` warning; a single criterion gets
 * weight 1. At least 3 alternatives are required: with 2, every normalised column is (0, 1) or
 * (1, 0), so every correlation is ±1 and carries no information. Correlations are settled to 28
 * digits before use, so exactly collinear criteria have r = 1, not 0.99…9; sums are taken in
 * sorted order, so reordering the rows leaves every figure unchanged to the last digit.
 *
 * @param matrix - m × n decision matrix (m ≥ 3): numbers, decimal strings or fractions
 * @param options - `directions`, one `'higher' | 'lower'` per column (default all `higher`)
 * @returns exact weights summing to 1, the normalised matrix, σⱼ (sample, and population beside
 *   it), the correlation matrix, the conflict Σₖ (1 − rⱼₖ) and Cⱼ, as strings and numbers, and
 *   warnings
 * @throws {@link YoupinError} `not_a_matrix`, `ragged_matrix`, `not_a_number`, `not_finite`,
 *   `too_few_values` (fewer than 3 rows), `length_mismatch` / `wrong_value_type` for bad
 *   directions, or a zod code for a bad option
 * @example
 * ```ts
 * import { criticWeights } from 'youpin';
 * // Diakoulaki et al. (1995), as in scikit-criteria's test: → [0.20222554, 0.48090173, 0.31687273]
 * const r = criticWeights([
 *   [61, 1.08, 4.33], [20.7, 0.26, 4.34], [16.3, 1.98, 2.53], [9.0, 3.29, 1.65],
 *   [5.4, 2.77, 2.33], [4.0, 4.12, 1.21], [-6.1, 3.52, 2.1], [-34.6, 3.31, 0.98],
 * ]);
 * r.numbers.weights; // → [ 0.20222553978778002, 0.48090172901971945, 0.31687273119250053 ]
 * r.correlation[0]; // → [ '1', '-0.6563312856717010628986034828', '0.8117093718217964640073760276' ]
 * r.numbers.sd.map((s) => s.toFixed(4)); // → [ '0.2812', '0.3435', '0.3829' ]
 * ```
 */
export function criticWeights(
  matrix: MatrixInput,
  options: CriticWeightsOptions = {},
): CriticWeightsResult {
  const issues: Issue[] = [];
  const parsed = parseInput(optionsSchema, options);
  if (!parsed.success) issues.push(...fromZod(parsed.error.issues, ['options']));
  const rows = readMatrix(matrix, 'matrix', issues);
  const first = Array.isArray(matrix) && Array.isArray(matrix[0]) ? matrix[0] : undefined;
  const width = first && first.length > 0 ? first.length : undefined;
  const directions =
    parsed.success && width !== undefined ? readDirections(options.directions, width, issues) : [];
  if (rows && rows.length < 3) {
    issues.push(makeToolIssue('too_few_values', ['matrix'], { method: 'CRITIC', min: 3 }));
  }
  throwIfIssues(issues);

  const xs = rows as Dec[][];
  const m = xs.length;
  const n = (xs[0] as Dec[]).length;
  const warnings: Issue[] = [];
  // Deviations from the column mean of the normalised values; null for a constant column.
  const deviations: Array<Dec[] | null> = [];
  const normalised: Array<Dec[] | null> = [];
  const sd: Dec[] = [];
  const sdPopulation: Dec[] = [];
  const squares: Dec[] = [];
  for (let j = 0; j < n; j++) {
    const col = xs.map((row) => row[j] as Dec);
    const min = col.reduce((a, x) => Dec.min(a, x));
    const max = col.reduce((a, x) => Dec.max(a, x));
    if (min.equals(max)) {
      deviations.push(null);
      normalised.push(null);
      sd.push(new Dec(0));
      sdPopulation.push(new Dec(0));
      squares.push(new Dec(0));
      warnings.push(
        makeToolIssue('constant_criterion', ['matrix', 'columns', j], { column: j, count: m }),
      );
      continue;
    }
    const range = max.minus(min);
    const z =
      directions[j] === 'lower'
        ? col.map((x) => max.minus(x).div(range))
        : col.map((x) => x.minus(min).div(range));
    const mean = sortedSum(z).div(m);
    const dev = z.map((v) => v.minus(mean));
    const ss = sortedSum(dev.map((v) => v.times(v)));
    deviations.push(dev);
    normalised.push(z);
    squares.push(ss);
    sd.push(ss.div(m - 1).sqrt());
    sdPopulation.push(ss.div(m).sqrt());
  }

  const r: Dec[][] = Array.from({ length: n }, () => Array.from({ length: n }, () => new Dec(0)));
  for (let j = 0; j < n; j++) {
    const a = deviations[j];
    if (!a) continue;
    (r[j] as Dec[])[j] = new Dec(1);
    for (let k = j + 1; k < n; k++) {
      const b = deviations[k];
      if (!b) continue;
      const cross = sortedSum(a.map((v, i) => v.times(b[i] as Dec)));
      const rho = clamp(settle(cross.div((squares[j] as Dec).times(squares[k] as Dec).sqrt())));
      (r[j] as Dec[])[k] = rho;
      (r[k] as Dec[])[j] = rho;
    }
  }
  // A constant column's correlations are taken as 0, so its conflict is n; its σ is 0, so C is 0.
  const conflict = r.map((row) => sortedSum(row.map((v) => new Dec(1).minus(v))));
  const information = sd.map((s, j) => s.times(conflict[j] as Dec));
  const total = sortedSum(information);
  let weights: Dec[];
  if (total.isZero()) {
    weights = information.map(() => new Dec(1).div(n));
    if (n > 1) {
      warnings.push(makeToolIssue('equal_weights_fallback', ['matrix']));
    }
  } else {
    weights = information.map((c) => c.div(total));
  }

  const figures: CriticWeightsFigures = {
    weights: weights.map(exactString),
    normalised: xs.map((_, i) =>
      normalised.map((column) => (column ? exactString(column[i] as Dec) : null)),
    ),
    sd: sd.map(exactString),
    sdPopulation: sdPopulation.map(exactString),
    correlation: r.map((row) => row.map(exactString)),
    conflict: conflict.map(exactString),
    information: information.map(exactString),
  };
  return {
    method: 'critic',
    variant: 'CRITIC, min-max by direction, sample sd, Pearson correlation',
    ...figures,
    warnings,
    numbers: floatTwin(figures),
  };
}

/** Sums in ascending order, so that the result does not depend on the order of the terms. */
function sortedSum(values: readonly Dec[]): Dec {
  return [...values].sort((a, b) => a.comparedTo(b)).reduce((a, b) => a.plus(b), new Dec(0));
}

function clamp(x: Dec): Dec {
  return Dec.max(-1, Dec.min(1, x));
}
