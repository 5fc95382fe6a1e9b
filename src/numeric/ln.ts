import { lnFixedPoint } from './_lnFixedPoint.js';
import { Dec } from './decimal.js';

/**
 * The natural logarithm at 40 significant digits, half-up: the same value as `Dec.ln(x)`, taken
 * in binary fixed point where that is provably the same (nearly always), by decimal.js otherwise.
 */
export function ln(x: Dec): Dec {
  return lnFixedPoint(x) ?? Dec.ln(x);
}
