import { Dec } from '../numeric/decimal.js';
import { isPlainDecimal, NUMBER_LIMITS } from '../numeric/parseDecimal.js';

/** The unit roundoff of float64: every basic operation errs by at most this, relatively. */
export const U: number = 2 ** -53;

/**
 * Reads a raw value as float64, or NaN when the exact path must read it (not a finite number, nor
 * a decimal string that the exact path reads as an applicant's datum: plain notation, within the
 * limits of length, digits and magnitude). The result is within U·|x| of the value the exact
 * path reads.
 */
export function readFloat(raw: unknown): number {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : Number.NaN;
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (!isPlainDecimal(text, NUMBER_LIMITS.dataDigits)) return Number.NaN;
    const x = Number(text);
    // A non-zero decimal that underflows to 0 is the exact path's (which reads it exactly).
    if (x === 0 && !isZeroText(text)) return Number.NaN;
    return Number.isFinite(x) ? x : Number.NaN;
  }
  if (Dec.isDecimal(raw)) {
    // A panel's exact value: as for text, one that float64 cannot hold (beyond ±1.8e308, or a
    // non-zero value that underflows to ±0, such as a mean of -1e-400) is the exact path's.
    const d = raw as Dec;
    const x = d.toNumber();
    return Number.isFinite(x) && (x !== 0 || d.isZero()) ? x : Number.NaN;
  }
  return Number.NaN;
}

// Whether the digits before any exponent are all zeros (one pass, no pattern).
function isZeroText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 101 || c === 69) return true; // e E: the exponent of zero does not matter
    if (c >= 49 && c <= 57) return false;
  }
  return true;
}

/** A decimal as float64 with its error bound: 0 when the float is the decimal exactly. */
export function toFloat(value: Dec): { value: number; error: number } {
  const x = value.toNumber();
  return { value: x, error: new Dec(x).equals(value) ? 0 : U * Math.abs(x) };
}
