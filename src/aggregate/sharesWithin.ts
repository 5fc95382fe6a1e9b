import { Dec } from '../numeric/decimal.js';

/**
 * Siblings' shares of their parent: each weight over the weights' sum, or equal shares when they
 * are all 0 (only zero-weight children left) rather than a division by 0.
 */
export function sharesWithin(weights: readonly Dec[]): Dec[] {
  const sum = weights.reduce((a, w) => a.plus(w), new Dec(0));
  return weights.map((w) => (sum.isZero() ? new Dec(1).div(weights.length) : w.div(sum)));
}
