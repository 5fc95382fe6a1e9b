import type { Issue } from '../error/issue.js';
import type { MethodResult } from '../primitives/MethodResult.js';

/** The figures every weighting function returns; some add their intermediates. */
export interface WeightsFigures {
  /**
   * Exact decimal strings (guard digits dropped with `exactString`), summing to 1 (to the last of
   * their 28 significant digits: three weights of 1/3 sum to 0.999…9).
   */
  readonly weights: readonly string[];
}

/**
 * What every weighting function returns (`equalWeights`, `pointsToWeights`, `combineWeights`,
 * `entropyWeights`, `criticWeights`): the shape of every method ({@link MethodResult}) with the
 * weights, and, per function, the figures behind them.
 *
 * @typeParam Method - the method it reports (`'equal'`, `'points'`, `'entropy'` …)
 * @typeParam Figures - its figures: the weights and its intermediates
 */
export type WeightsResult<
  Method extends string = string,
  Figures extends WeightsFigures = WeightsFigures,
> = MethodResult<Method, Figures, Issue>;
