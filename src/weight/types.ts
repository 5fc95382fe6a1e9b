import type { Issue } from '../error/issue.js';

/**
 * What every weighting function returns (`entropyWeights`, `criticWeights`, `equalWeights`,
 * `pointsToWeights`, `combineWeights`; some add their intermediate figures).
 */
export interface WeightsResult {
  /**
   * Exact decimal strings (guard digits dropped with `exactString`), summing to 1 (to the last of
   * their 28 significant digits: three weights of 1/3 sum to 0.999…9).
   */
  readonly weights: readonly string[];
  /** Method and variant, e.g. `'entropy (min-max by direction, 0·ln0 = 0)'`. */
  readonly method: string;
  /** Degenerate-but-decided cases (a constant criterion, an equal-weights fallback). */
  readonly warnings: readonly Issue[];
  /** The same figures as JS numbers, for convenience only. */
  readonly numbers: { readonly weights: readonly number[] };
}
