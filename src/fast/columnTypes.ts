import type { ValueInput } from '../entity/types.js';
import type { Issue } from '../error/issue.js';

/**
 * A batch as columns: one array per indicator (leaf id), all as long as `sectors`. A
 * `Float64Array` column holds numbers, NaN for a missing value; any other array holds raw values
 * as `score()` takes them (category names, item lists, `null` for missing).
 */
export interface ColumnBatch {
  /** Each row's sector id. */
  readonly sectors: readonly string[];
  /** Optional row ids, carried into issues. */
  readonly ids?: readonly string[] | undefined;
  readonly values: Readonly<Record<string, Float64Array | readonly ValueInput[]>>;
}

/**
 * Published scores of a {@link ColumnBatch}, as columns. A figure is an integer count of the last
 * published decimal (at 2 decimals, 6388 is 63.88; {@link formatScaled} writes it), NaN where the
 * row is not scored. Every figure is the one `score()` publishes.
 */
export interface ColumnScores {
  readonly rows: number;
  readonly decimals: number;
  /** 0 scored, 1 invalid (see `issues`), per row. */
  readonly status: Uint8Array;
  readonly totals: Float64Array;
  /** Every branch's published score (dimensions and sub-dimensions), by node id. */
  readonly branches: Readonly<Record<string, Float64Array>>;
  /** Competition ranks (1, 2, 2, 4) over all rows and within the sector; 0 when not scored. */
  readonly rank: { readonly overall: Int32Array; readonly sector: Int32Array };
  /** Problems of invalid rows, located at `['rows', row, leafId]`. */
  readonly issues: readonly Issue[];
  /**
   * Rows recomputed in decimal, wholly or in part: a figure lay within its float error of a
   * rounding boundary (only that node's subtree is recomputed), or a value needed the exact
   * path's reading (missing, invalid).
   */
  readonly recomputed: number;
}
