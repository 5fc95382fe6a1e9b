import { Dec } from './decimal.js';

// Plain decimal notation, optional exponent. No thousands separators, no decimal commas:
// "12,5" is rejected rather than guessed.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const FRACTION = /^\s*([+-]?\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/;

/**
 * Reads a finite number or a decimal string exactly; returns `undefined` for anything else
 * (NaN, ±Infinity, "12,5", "", objects). Numbers are read through their shortest round-trip
 * string, so `0.1` is exactly 0.1.
 */
export function parseDecimal(value: unknown): Dec | undefined {
  if (Dec.isDecimal(value)) return value as Dec; // an exact value from an earlier stage (a panel)
  if (typeof value === 'number') return Number.isFinite(value) ? new Dec(value) : undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    return DECIMAL.test(text) ? new Dec(text) : undefined;
  }
  return undefined;
}

/** Like {@link parseDecimal}, and also reads fractions such as `"1/3"` (used for weights). */
export function parseRational(value: unknown): Dec | undefined {
  if (typeof value === 'string') {
    const match = FRACTION.exec(value);
    if (match) {
      const denominator = new Dec(match[2] as string);
      return denominator.isZero() ? undefined : new Dec(match[1] as string).div(denominator);
    }
  }
  return parseDecimal(value);
}

/** True for strings that {@link parseDecimal} accepts. */
export function isDecimalString(value: string): boolean {
  return DECIMAL.test(value.trim());
}

/** True for strings that {@link parseRational} accepts. */
export function isRationalString(value: string): boolean {
  return isDecimalString(value) || FRACTION.test(value);
}
