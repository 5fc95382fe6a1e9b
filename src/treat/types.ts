import type { DecimalInput } from '../primitives/types.js';

/**
 * Outlier treatment of a cohort leaf, before its scoring method reads the values (COINr's
 * `Treat`, OECD/JRC Handbook 2008 §3):
 *
 * - `winsorise`: COINr's default rule. A cohort fails when |skewness| ≥ `skewness` (default 2)
 *   **and** kurtosis ≥ `kurtosis` (default 3.5), both the sample statistics of e1071 type 2 (as
 *   Excel's SKEW and KURT; kurtosis is excess kurtosis). While it fails, the highest values (for a
 *   positive skewness; else the lowest) take the next value in, until `maxPoints` values
 *   (default 5) have moved; values that are equal move together, as in COINr. If the cohort still
 *   fails, `otherwise: 'shiftedLog'` (the default) scores the **original** values on
 *   ln(x − min + a), a = (max − min) / 100 (−ln(max + a − x) for a negative skewness: COINr's
 *   `log_CT_plus`); `otherwise: 'none'` keeps the winsorised values.
 * - `log`: ln x, every value (each must be greater than 0).
 * - `boxcox`: (x^λ − 1) / λ with the given λ (ln x for λ = 0); values must be greater than 0.
 * - `none`: no treatment (to switch off a dimension's treatment for one leaf).
 *
 * Every transform keeps the order of the values, so `direction` means what it says.
 */
export type OutlierTreatment =
  | {
      readonly method: 'winsorise';
      /** Most values that may move (default 5). */
      readonly maxPoints?: number | undefined;
      /** |skewness| from which a cohort has outliers (default 2). */
      readonly skewness?: DecimalInput | undefined;
      /** Kurtosis from which a cohort has outliers (default 3.5). */
      readonly kurtosis?: DecimalInput | undefined;
      /** When winsorising `maxPoints` values is not enough (default `shiftedLog`). */
      readonly otherwise?: 'shiftedLog' | 'none' | undefined;
    }
  | { readonly method: 'log' }
  | { readonly method: 'boxcox'; readonly lambda: DecimalInput }
  | { readonly method: 'none' };

/**
 * Imputation of a cohort leaf's missing values: the `mean` or `median` of the values present in
 * the cohort (the sector's eligible applicants, or all of them for `scope: 'all'`), or `none`.
 * An imputed value replaces the leaf's `missing` policy.
 */
export type Imputation = { readonly method: 'mean' | 'median' | 'none' };

/**
 * Data treatment of a cohort leaf (or, on a branch, of every cohort leaf under it; a leaf's own
 * `outliers` or `impute` takes precedence). Imputation runs first, then outlier treatment, then
 * the scoring method (COINr's order).
 */
export interface TreatmentInput {
  readonly impute?: Imputation | undefined;
  readonly outliers?: OutlierTreatment | undefined;
}

/** Skewness and kurtosis of a cohort, and whether it passes the outlier rule. */
export interface ShapeCheck {
  /** `before` the treatment, after winsorising (`winsorised`), or after a transform (`transformed`). */
  readonly stage: 'before' | 'winsorised' | 'transformed';
  /** Sample skewness (e1071 type 2); `null` below 3 values or when every value is equal. */
  readonly skewness: string | null;
  /** Sample excess kurtosis (e1071 type 2); `null` below 4 values or when every value is equal. */
  readonly kurtosis: string | null;
  /**
   * |skewness| below its bound or kurtosis below its bound; `true` when every value is equal;
   * `null` when the statistics cannot be computed (fewer than 4 values).
   */
  readonly pass: boolean | null;
}

/** What treatment did to one applicant's value of one leaf (only on a value it changed). */
export interface TreatedValue {
  /** The value was missing and took the cohort's mean or median. */
  readonly imputed: { readonly method: 'mean' | 'median'; readonly value: string } | null;
  /** The value was an outlier and took the next value in. */
  readonly winsorised: {
    readonly from: string;
    readonly to: string;
    readonly side: 'high' | 'low';
  } | null;
  /** The value was transformed before scoring. */
  readonly transformed: {
    readonly method: 'shiftedLog' | 'log' | 'boxcox';
    readonly from: string;
    readonly to: string;
  } | null;
}

/**
 * What treatment did to one leaf in one cohort (a sector, or `all`), with the statistics that
 * decided it: one row of COINr's `Dets_Table`, plus the imputation.
 */
export interface TreatmentRecord {
  readonly leaf: string;
  /** The sector id, or `all` for a leaf scored with `scope: 'all'`. */
  readonly group: string;
  /** Values present before imputation. */
  readonly values: number;
  readonly imputed: {
    readonly method: 'mean' | 'median';
    readonly value: string;
    readonly count: number;
  } | null;
  /** The outlier treatment's method (`none` when there is none). */
  readonly method: OutlierTreatment['method'];
  /** The shape checks in order: `before`, then after each step taken. */
  readonly checks: readonly ShapeCheck[];
  /** Winsorisation: how many values moved, and the caps they moved to (`null` on a side untouched). */
  readonly winsorised: {
    readonly points: number;
    readonly high: string | null;
    readonly low: string | null;
  } | null;
  /** The transform the scores were computed on, with its parameters. */
  readonly transformed: {
    readonly method: 'shiftedLog' | 'log' | 'boxcox';
    /** The formula in words, with its figures: `ln(x − 12 + 0.88)`. */
    readonly formula: string;
  } | null;
  /**
   * `untreated` (no outlier rule, or it passed), `winsorised`, `transformed`, `failed` (still
   * failing after every step allowed), `unchecked` (fewer than 4 values).
   */
  readonly outcome: 'untreated' | 'winsorised' | 'transformed' | 'failed' | 'unchecked';
}
