import { Dec, SETTLED_DIGITS } from './decimal.js';

/** Drops the guard digits: the value to 28 significant digits, half-even; -0 becomes 0. */
export function settle(value: Dec): Dec {
  const settled = value.toSignificantDigits(SETTLED_DIGITS, Dec.ROUND_HALF_EVEN);
  return settled.isZero() ? new Dec(0) : settled;
}

/** The settled value as a plain decimal string with no exponent and no trailing zeros. */
export function exactString(value: Dec): string {
  return settle(value).toFixed();
}
