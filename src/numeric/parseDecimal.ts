import { Dec } from './decimal.js';

// Plain decimal notation, optional exponent. No thousands separators, no decimal commas:
// "12,5" is rejected rather than guessed.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const FRACTION = /^\s*([+-]?\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/;
// decimal.js takes exponents up to 9e15, and prints every digit (no exponent notation here), so
// "1e9000000000000000" would become a string of 9e15 digits in a message or a report. Magnitudes
// beyond 1e±1000 are refused like any other unreadable text; a JS number never reaches them.
const MAX_EXPONENT = 1000;

/**
 * Reads a finite number or a decimal string exactly; returns `undefined` for anything else
 * (NaN, ±Infinity, "12,5", "", objects, strings beyond 1e±1000 such as "1e5000"). Numbers are
 * read through their shortest round-trip string, so `0.1` is exactly 0.1.
 */
export function parseDecimal(value: unknown): Dec | undefined {
  if (Dec.isDecimal(value)) return value as Dec; // an exact value from an earlier stage (a panel)
  if (typeof value === 'number')
    return Number.isFinite(value) ? unsigned(new Dec(value)) : undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    if (!DECIMAL.test(text)) return undefined;
    const d = new Dec(text);
    if (!d.isFinite() || (!d.isZero() && Math.abs(d.e) > MAX_EXPONENT)) return undefined;
    return unsigned(d);
  }
  return undefined;
}

// -0 and "-0" are 0: decimal.js keeps the sign of zero, and isNegative() would then refuse a
// zero weight, count or band as negative.
function unsigned(d: Dec): Dec {
  return d.isZero() ? new Dec(0) : d;
}

/** Like {@link parseDecimal}, and also reads fractions such as `"1/3"` (used for weights). */
export function parseRational(value: unknown): Dec | undefined {
  if (typeof value === 'string') {
    const match = FRACTION.exec(value);
    if (match) {
      const numerator = parseDecimal(match[1]);
      const denominator = parseDecimal(match[2]);
      return numerator && denominator && !denominator.isZero()
        ? numerator.div(denominator)
        : undefined;
    }
  }
  return parseDecimal(value);
}

/** True for strings that {@link parseDecimal} accepts. */
export function isDecimalString(value: string): boolean {
  return parseDecimal(value) !== undefined;
}

/** True for strings that {@link parseRational} accepts ("1/0" is not one of them). */
export function isRationalString(value: string): boolean {
  return parseRational(value) !== undefined;
}
