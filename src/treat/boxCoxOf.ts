import type { Dec } from '../numeric/decimal.js';
import { ln } from '../numeric/ln.js';

/** Box–Cox with a fixed λ: (x^λ − 1) / λ, ln x for λ = 0; `null` for a value ≤ 0. */
export function boxCoxOf(x: Dec, lambda: Dec): Dec | null {
  if (!x.greaterThan(0)) return null;
  if (lambda.isZero()) return ln(x);
  return x.pow(lambda).minus(1).div(lambda);
}
