import type { Issue } from '../error/issue.js';
import { makeToolIssue } from '../error/toolMessages.js';
import type { Dec } from '../numeric/decimal.js';
import { ZERO } from '../numeric/decimal.js';
import { floatTwin } from '../numeric/floatTwin.js';
import type { MatrixInput } from '../numeric/readMatrix.js';
import { exactString, settle } from '../numeric/settle.js';
import { throwIfIssues } from '../numeric/throwIfIssues.js';
import type { MethodResult } from '../primitives/MethodResult.js';
import { covariance, readColumns } from './_columns.js';

/** The figures of {@link cronbachAlpha}. */
export interface CronbachAlphaFigures {
  /** α = k / (k − 1) · (1 − Σ sᵢ² / s_t²); `null` when the totals do not vary. */
  readonly alpha: string | null;
  /** sᵢ², each item's sample variance. */
  readonly itemVariances: readonly string[];
  /** s_t², the sample variance of the rows' sums. */
  readonly totalVariance: string;
  /** α with each item left out in turn (`null` with fewer than three items). */
  readonly alphaIfDropped: ReadonlyArray<string | null>;
}

/** Options of {@link cronbachAlpha}. */
export interface CronbachAlphaOptions {
  /**
   * `refuse` (the default): every cell must be a number. `pairwise`: a cell may be missing
   * (`null`, `undefined`, `""`), and each covariance is taken over the rows where both items have
   * a value, as R's `cov(use = "pairwise.complete.obs")` and COINr's `get_cronbach`; α is then
   * k² · (mean covariance off the diagonal) / (sum of the covariance matrix), which is the formula
   * above when nothing is missing. `totalVariance` is that sum.
   */
  readonly missing?: 'refuse' | 'pairwise' | undefined;
}

/** What {@link cronbachAlpha} returns; warnings: `constant_total` when the totals do not vary. */
export type CronbachAlphaResult = MethodResult<'cronbach', CronbachAlphaFigures, Issue>;

/**
 * Cronbach's alpha (Cronbach 1951, *Psychometrika* 16(3) 297–334) of the columns of a data matrix
 * (rows observations, columns items), in exact decimal: α = k / (k − 1) · (1 − Σ sᵢ² / s_t²), with
 * sample variances (n − 1), as R's `psych::alpha` (raw) and COINr's `get_cronbach`. With it, α if
 * each item were dropped: an item whose removal raises α does not measure what the others do.
 * Indicators on different scales should be normalised first (a report's node scores are).
 *
 * @param matrix - rows of values, at least two rows and two columns
 * @param options - `missing: 'pairwise'` to allow missing cells (see {@link CronbachAlphaOptions})
 * @returns α, the item variances, the variance of the totals and α if each item is dropped, as
 *   exact strings and as numbers, and warnings
 * @throws {@link YoupinError} `not_a_matrix`, `ragged_matrix`, `not_a_number`, `not_finite`,
 *   `too_few_values` (one row, or one column at `['matrix', 0]`)
 * @example
 * ```ts
 * import { cronbachAlpha } from 'youpin';
 * // Three items that rise and fall together, five respondents.
 * const result = cronbachAlpha([[3, 4, 3], [2, 3, 4], [4, 4, 5], [3, 2, 3], [4, 4, 4]]);
 * result.alpha; // → '0.7325581395348837209302325581'
 * result.itemVariances; // → [ '0.7', '0.8', '0.7' ]
 * result.totalVariance; // → '4.3'
 * // A missing cell: covariances over the rows where both items have a value.
 * cronbachAlpha([[3, 4, 3], [2, null, 4], [4, 4, 5], [3, 2, 3], [4, 4, 4]], { missing: 'pairwise' }).alpha; // → '0.7285714285714285714285714286'
 * ```
 */
export function cronbachAlpha(
  matrix: MatrixInput | ReadonlyArray<ReadonlyArray<number | string | null | undefined>>,
  options: CronbachAlphaOptions = {},
): CronbachAlphaResult {
  options ??= {}; // null as no options
  const pairwise = options.missing === 'pairwise';
  const absent = (cell: unknown) => cell === null || cell === undefined || cell === '';
  // Missing cells are read as 0 and masked: the reader checks every other cell as before.
  const present: boolean[][] = [];
  const readable = pairwise
    ? (matrix as ReadonlyArray<ReadonlyArray<unknown>>).map((row, i) =>
        Array.isArray(row)
          ? row.map((cell, j) => {
              present[j] ??= [];
              (present[j] as boolean[])[i] = !absent(cell);
              return absent(cell) ? 0 : cell;
            })
          : row,
      )
    : matrix;
  const columns = readColumns(readable, "Cronbach's alpha");
  if (columns.length < 2)
    throwIfIssues([
      makeToolIssue('too_few_values', ['matrix', 0], { method: "Cronbach's alpha", min: 2 }),
    ]);
  const warnings: Issue[] = [];
  const of = (keep: number[]) =>
    pairwise
      ? alphaPairwise(
          keep.map((j) => columns[j] as Dec[]),
          keep.map((j) => present[j] ?? []),
        )
      : alphaOf(keep.map((j) => columns[j] as Dec[]));
  const all = columns.map((_, j) => j);
  const { alpha, items, total } = of(all);
  if (alpha === null) warnings.push(makeToolIssue('constant_total', ['matrix']));
  const dropped = columns.map((_, j) =>
    columns.length < 3 ? null : of(all.filter((k) => k !== j)).alpha,
  );
  const figures: CronbachAlphaFigures = {
    alpha: alpha === null ? null : exactString(alpha),
    itemVariances: items.map(exactString),
    totalVariance: exactString(total),
    alphaIfDropped: dropped.map((a) => (a === null ? null : exactString(a))),
  };
  return {
    method: 'cronbach',
    variant: pairwise
      ? "Cronbach's alpha, sample covariances over pairwise-complete rows"
      : "Cronbach's alpha, sample variances",
    ...figures,
    warnings,
    numbers: floatTwin(figures),
  };
}

function alphaOf(columns: readonly Dec[][]): { alpha: Dec | null; items: Dec[]; total: Dec } {
  const k = columns.length;
  const items = columns.map((c) => covariance(c, c));
  const sums = (columns[0] ?? []).map((_, i) =>
    columns.reduce((s, c) => s.plus(c[i] as Dec), ZERO),
  );
  const total = covariance(sums, sums);
  if (settle(total).isZero()) return { alpha: null, items, total };
  const share = items.reduce((s, v) => s.plus(v), ZERO).div(total);
  return {
    alpha: share
      .neg()
      .plus(1)
      .times(k)
      .div(k - 1),
    items,
    total,
  };
}

// R's cov(use = "pairwise.complete.obs"): each pair over the rows where both are present.
function alphaPairwise(
  columns: readonly Dec[][],
  present: readonly boolean[][],
): { alpha: Dec | null; items: Dec[]; total: Dec } {
  const k = columns.length;
  const cov = (a: number, b: number) => {
    const rows = (columns[a] ?? []).flatMap((_, i) =>
      present[a]?.[i] && present[b]?.[i] ? [i] : [],
    );
    const pick = (c: number) => rows.map((i) => columns[c]?.[i] as Dec);
    return rows.length < 2 ? ZERO : covariance(pick(a), pick(b));
  };
  const items = columns.map((_, j) => cov(j, j));
  let total = ZERO;
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++) total = total.plus(a === b ? (items[a] as Dec) : cov(a, b));
  if (settle(total).isZero()) return { alpha: null, items, total };
  const trace = items.reduce((s, v) => s.plus(v), ZERO);
  return {
    alpha: total
      .minus(trace)
      .div(total)
      .times(k)
      .div(k - 1),
    items,
    total,
  };
}
