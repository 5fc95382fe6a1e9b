import { Dec } from './decimal.js';
import { showValue } from './showValue.js';

/**
 * Limits on numbers written as text (docs/reliability.md, "Numbers"). A number is read in one pass
 * over its characters (no regular expression that could backtrack), and refused as soon as a
 * limit is passed, so a cell of a million digits costs a million steps at most.
 */
export const NUMBER_LIMITS = {
  /**
   * Characters of a number written as text, white space around it not counted. Every number
   * within the other limits fits (1e-1000 written out with 20 digits takes 1,021); longer text is
   * refused with `number_too_long` before it is read.
   */
  length: 1024,
  /**
   * Significant digits of a number in an applicant's data (values, expert scores, item counts):
   * more than float64 (17) or a spreadsheet (15) carries. The arithmetic runs at 40 digits and
   * settles results to 28 before publishing, so a datum of up to 20 digits times a weight of up
   * to 8 is published exactly; more digits could be cut by the settling (`too_many_digits`).
   */
  dataDigits: 20,
  /**
   * Significant digits of a number in a model (weights, goalposts, thresholds …): the 28 that
   * youpin's own exact strings carry, so a weight from `ahp` or a goalpost from `calibrate` reads
   * back as written.
   */
  modelDigits: 28,
  /** Magnitudes beyond 1e±1000 are refused: decimal.js would print every digit of 1e9000000000000000. */
  exponent: 1000,
} as const;

/** Why a value is not read as a number, with the count that passed a limit. */
export type DecimalProblem =
  | { readonly problem: 'not_a_number' }
  | { readonly problem: 'number_too_long'; readonly length: number }
  | { readonly problem: 'too_many_digits'; readonly digits: number };

/** What {@link readDecimal} returns: the value, or why there is none. */
export type DecimalReading =
  | { readonly value: Dec; readonly problem?: undefined }
  | (DecimalProblem & { readonly value?: undefined });

const NOT_A_NUMBER = { problem: 'not_a_number' } as const;

/** The shape of a plain decimal: its significant digits and the exponent of its first one. */
interface DecimalScan {
  /** Digits from the first non-zero to the last non-zero digit; 0 for zero. */
  readonly digits: number;
  /** The power of ten of the first significant digit (0 for zero), saturated at ±1e9. */
  readonly magnitude: number;
}

const SATURATE = 1e9;

/**
 * Scans `[+-]?(digits[.digits]|.digits)([eE][+-]?digits)?` — plain decimal notation with an
 * optional exponent, nothing else ("12,5", "1_000", " 1" inside are refused). Linear, one pass.
 */
function scanDecimal(text: string): DecimalScan | undefined {
  const n = text.length;
  let i = 0;
  const c0 = text.charCodeAt(0);
  if (c0 === 43 || c0 === 45) i++; // + -
  let mantissaDigits = 0;
  let intDigits = 0; // digits before the point
  let first = -1; // index among the mantissa digits of the first non-zero one
  let last = -1;
  let seenPoint = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (c !== 48) {
        if (first < 0) first = mantissaDigits;
        last = mantissaDigits;
      }
      mantissaDigits++;
      if (!seenPoint) intDigits++;
    } else if (c === 46 && !seenPoint) {
      seenPoint = true;
    } else break;
  }
  if (mantissaDigits === 0) return undefined;
  let exponent = 0;
  if (i < n) {
    const e = text.charCodeAt(i);
    if (e !== 101 && e !== 69) return undefined; // e E
    i++;
    let sign = 1;
    const s = text.charCodeAt(i);
    if (s === 43 || s === 45) {
      if (s === 45) sign = -1;
      i++;
    }
    const start = i;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return undefined;
      if (exponent < SATURATE) exponent = exponent * 10 + (c - 48);
    }
    if (i === start) return undefined;
    exponent = Math.min(exponent, SATURATE) * sign;
  }
  if (first < 0) return { digits: 0, magnitude: 0 };
  return { digits: last - first + 1, magnitude: exponent + intDigits - 1 - first };
}

/**
 * Reads a finite number or a decimal string exactly, or says why it cannot: `not_a_number` (NaN,
 * ±Infinity, "12,5", "", objects, magnitudes beyond 1e±1000 such as "1e5000"), `number_too_long`
 * (text over {@link NUMBER_LIMITS}.length characters) or `too_many_digits` (more than `maxDigits`
 * significant digits). Numbers are read through their shortest round-trip string, so `0.1` is
 * exactly 0.1 (and has at most 17 digits).
 */
export function readDecimal(
  value: unknown,
  maxDigits: number = NUMBER_LIMITS.modelDigits,
): DecimalReading {
  if (Dec.isDecimal(value)) return { value: value as Dec }; // an exact value from an earlier stage (a panel)
  if (typeof value === 'number')
    return Number.isFinite(value) ? { value: unsigned(new Dec(value)) } : NOT_A_NUMBER;
  if (typeof value !== 'string') return NOT_A_NUMBER;
  const text = value.trim();
  if (text.length > NUMBER_LIMITS.length)
    return { problem: 'number_too_long', length: text.length };
  const scan = scanDecimal(text);
  if (!scan || Math.abs(scan.magnitude) > NUMBER_LIMITS.exponent) return NOT_A_NUMBER;
  if (scan.digits > maxDigits) return { problem: 'too_many_digits', digits: scan.digits };
  return { value: unsigned(new Dec(text)) };
}

/**
 * Reads a finite number or a decimal string exactly; `undefined` for anything
 * {@link readDecimal} refuses. Model numbers by default: at most 28 significant digits.
 */
export function parseDecimal(
  value: unknown,
  maxDigits: number = NUMBER_LIMITS.modelDigits,
): Dec | undefined {
  return readDecimal(value, maxDigits).value;
}

/** Whether a float64 reading of `text` may stand for the exact one (see src/fast/float.ts). */
export function isPlainDecimal(text: string, maxDigits: number): boolean {
  if (text.length > NUMBER_LIMITS.length) return false;
  const scan = scanDecimal(text);
  return (
    scan !== undefined &&
    scan.digits <= maxDigits &&
    Math.abs(scan.magnitude) <= NUMBER_LIMITS.exponent
  );
}

// -0 and "-0" are 0: decimal.js keeps the sign of zero, and isNegative() would then refuse a
// zero weight, count or band as negative.
function unsigned(d: Dec): Dec {
  return d.isZero() ? new Dec(0) : d;
}

/**
 * A fraction `a/b` with plain decimals on both sides (`"1/3"`, `" -2.5 / 10 "`): no exponents,
 * no sign on the denominator. Split at its one slash, each side checked in one pass.
 */
function splitFraction(text: string): [string, string] | undefined {
  const slash = text.indexOf('/');
  if (slash < 0 || text.indexOf('/', slash + 1) >= 0) return undefined;
  const top = text.slice(0, slash).trim();
  const bottom = text.slice(slash + 1).trim();
  return isFractionPart(top, true) && isFractionPart(bottom, false) ? [top, bottom] : undefined;
}

// digits, optionally followed by a point and digits; a sign in front when `signed`.
function isFractionPart(text: string, signed: boolean): boolean {
  let i = 0;
  const c0 = text.charCodeAt(0);
  if (signed && (c0 === 43 || c0 === 45)) i++;
  let before = 0;
  let after = -1; // -1: no point
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (after < 0) before++;
      else after++;
    } else if (c === 46 && after < 0) after = 0;
    else return false;
  }
  return before > 0 && after !== 0;
}

/** Like {@link readDecimal}, and also reads fractions such as `"1/3"` (used for weights). */
export function readRational(
  value: unknown,
  maxDigits: number = NUMBER_LIMITS.modelDigits,
): DecimalReading {
  if (typeof value === 'string' && value.includes('/')) {
    const text = value.trim();
    if (text.length > NUMBER_LIMITS.length)
      return { problem: 'number_too_long', length: text.length };
    const parts = splitFraction(text);
    if (!parts) return NOT_A_NUMBER;
    const numerator = readDecimal(parts[0], maxDigits);
    if (numerator.problem) return numerator;
    const denominator = readDecimal(parts[1], maxDigits);
    if (denominator.problem) return denominator;
    return denominator.value.isZero()
      ? NOT_A_NUMBER
      : { value: numerator.value.div(denominator.value) };
  }
  return readDecimal(value, maxDigits);
}

/** Like {@link parseDecimal}, and also reads fractions such as `"1/3"` (used for weights). */
export function parseRational(
  value: unknown,
  maxDigits: number = NUMBER_LIMITS.modelDigits,
): Dec | undefined {
  return readRational(value, maxDigits).value;
}

/**
 * A zod refinement of decimal text in a model: `message` when it is no number, the limit's own
 * code (`number_too_long`, `too_many_digits`) when it passes one.
 */
export function decimalCheck(
  read: (text: string) => DecimalReading,
  message: string,
): (
  text: string,
  ctx: {
    addIssue: (issue: {
      code: 'custom';
      message: string;
      params?: Record<string, unknown>;
    }) => void;
  },
) => void {
  return (text, ctx) => {
    const result = read(text);
    if (result.problem === undefined) return;
    if (result.problem === 'number_too_long')
      ctx.addIssue({
        code: 'custom',
        message,
        params: {
          youpin: 'number_too_long',
          value: showValue(text),
          length: result.length,
          max: NUMBER_LIMITS.length,
        },
      });
    else if (result.problem === 'too_many_digits')
      ctx.addIssue({
        code: 'custom',
        message,
        params: {
          youpin: 'too_many_digits',
          value: showValue(text),
          digits: result.digits,
          max: NUMBER_LIMITS.modelDigits,
        },
      });
    else ctx.addIssue({ code: 'custom', message });
  };
}

/** True for strings that {@link parseDecimal} accepts. */
export function isDecimalString(value: string): boolean {
  return parseDecimal(value) !== undefined;
}

/** True for strings that {@link parseRational} accepts ("1/0" is not one of them). */
export function isRationalString(value: string): boolean {
  return parseRational(value) !== undefined;
}
