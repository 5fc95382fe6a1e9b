import type { Finding } from '../error/Finding.js';
import type { Dec } from './decimal.js';
import { type DecimalReading, NUMBER_LIMITS, readDecimal } from './parseDecimal.js';
import { showValue } from './showValue.js';

/**
 * Reads a number of an applicant's data (a value, an expert score, an item count): at most
 * {@link NUMBER_LIMITS}.dataDigits significant digits. Reports why a value is not one.
 */
export function readNumber(
  value: unknown,
): { ok: true; value: Dec } | { ok: false; finding: Finding } {
  const read = readDecimal(value, NUMBER_LIMITS.dataDigits);
  return read.value
    ? { ok: true, value: read.value }
    : { ok: false, finding: numberFinding(value, read) };
}

/** Why a value is not a number, worded by its code (`not_finite`, `not_a_number`, a limit's code). */
export function numberFinding(
  value: unknown,
  read: DecimalReading,
  maxDigits: number = NUMBER_LIMITS.dataDigits,
): Finding {
  if (typeof value === 'number') return { code: 'not_finite', path: [] };
  const shown = showValue(value);
  switch (read.problem) {
    case 'number_too_long':
      return {
        code: 'number_too_long',
        path: [],
        params: { value: shown, length: read.length, max: NUMBER_LIMITS.length },
      };
    case 'too_many_digits':
      return {
        code: 'too_many_digits',
        path: [],
        params: { value: shown, digits: read.digits, max: maxDigits },
      };
    default:
      return { code: 'not_a_number', path: [], params: { value: shown } };
  }
}
