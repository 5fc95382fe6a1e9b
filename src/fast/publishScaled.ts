import type { RoundingPolicy } from '../primitives/types.js';
import { U } from './float.js';

// Beyond this the float's integer part is no longer exact.
const LIMIT = 2 ** 50;
// A margin on top of the bound, in units of the last published digit: a bound mis-estimated by
// less than this cannot change a figure. It costs an exact recompute for about 2·10⁻⁶ of values.
const MARGIN = 1e-6;

/**
 * The published figure of a value known within ±error, as an integer count of the last decimal
 * (63.88 at 2 decimals is 6388), or NaN when a rounding boundary lies within the error: then
 * only the exact path can tell which side the value is on.
 */
export function publishScaled(value: number, error: number, policy: RoundingPolicy): number {
  const factor = 10 ** policy.decimals;
  const scaled = value * factor;
  if (!(Math.abs(scaled) < LIMIT)) return Number.NaN;
  const bound = 2 * (error * factor + 2 * U * Math.abs(scaled)) + MARGIN;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor; // exact: scaled and floor share an exponent range
  if (policy.mode === 'half-up' || policy.mode === 'half-even') {
    if (Math.abs(fraction - 0.5) <= bound) return Number.NaN;
    return fraction > 0.5 ? floor + 1 : floor;
  }
  // down (towards zero) and up (away from zero): the boundaries are the integers themselves.
  if (fraction <= bound || 1 - fraction <= bound) {
    // A value known exactly on a boundary publishes as itself.
    return error === 0 && fraction === 0 && Number.isInteger(value) ? floor : Number.NaN;
  }
  const towardsZero = scaled >= 0 ? floor : floor + 1;
  return policy.mode === 'down' ? towardsZero : scaled >= 0 ? floor + 1 : floor;
}
