import { Dec } from '../numeric/decimal.js';

/** The unit roundoff of float64: every basic operation errs by at most this, relatively. */
export const U: number = 2 ** -53;

// The plain decimal notation that parseDecimal accepts.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a raw value as float64, or NaN when the exact path must read it (not a finite number or a
 * plain decimal string). The result is within U·|x| of the value the exact path reads.
 */
export function readFloat(raw: unknown): number {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : Number.NaN;
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (!DECIMAL.test(text)) return Number.NaN;
    const x = Number(text);
    // A non-zero decimal that underflows to 0 is the exact path's (which refuses it below 1e-1000).
    if (x === 0 && /[1-9]/.test(text.replace(/[eE].*$/, ''))) return Number.NaN;
    return Number.isFinite(x) ? x : Number.NaN;
  }
  if (Dec.isDecimal(raw)) {
    const x = (raw as Dec).toNumber();
    return Number.isFinite(x) ? x : Number.NaN;
  }
  return Number.NaN;
}

/** A decimal as float64 with its error bound: 0 when the float is the decimal exactly. */
export function toFloat(value: Dec): { value: number; error: number } {
  const x = value.toNumber();
  return { value: x, error: new Dec(x).equals(value) ? 0 : U * Math.abs(x) };
}
