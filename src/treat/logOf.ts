import type { Dec } from '../numeric/decimal.js';
import { ln } from '../numeric/ln.js';

/** ln x; `null` for a value ≤ 0 (an error for that applicant). */
export function logOf(x: Dec): Dec | null {
  return x.greaterThan(0) ? ln(x) : null;
}
