import { Decimal } from 'decimal.js';

/**
 * The library's private Decimal constructor: 40 significant digits, half-up, never exponent
 * notation. It is a clone, so the user's own `Decimal` settings are never read nor changed.
 */
export const Dec: Decimal.Constructor = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** Instance type of {@link Dec}. */
export type Dec = Decimal;

/**
 * Significant digits kept when guard digits are dropped. Arithmetic runs at 40 digits; a result is
 * settled to 28 before it is published, so an error in the last few digits (a total reached
 * through thirds that comes out as 63.87499…97 instead of 63.875) cannot move a rounding.
 */
export const SETTLED_DIGITS = 28;

export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);
