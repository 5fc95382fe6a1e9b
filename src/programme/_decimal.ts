import { Decimal } from 'decimal.js';

/** youpin/programme's own Decimal: 40 digits, half-up; never the global one (`Decimal.set`). */
export const Dec: Decimal.Constructor = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
});

/** a − b of two decimal strings, exact, as a plain string ("+1.25" style is left to the caller). */
export function minus(a: string, b: string): string {
  return new Dec(a).minus(b).toFixed();
}
