import type { ValueInput } from '../primitives/types.js';
import { Dec } from './decimal.js';
import { exactString } from './settle.js';
import { showValue } from './showValue.js';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The raw value as the report shows it: a copy (the report never aliases the caller's objects),
 * with non-finite numbers replaced by null, so that NaN never appears in a report.
 */
export function echo(value: unknown): ValueInput {
  if (value === undefined || value === null) return null;
  if (Dec.isDecimal(value)) return exactString(value as Dec); // a panel's value
  // NaN and ±Infinity never reach a report, not even as the echo of bad input (the issue says what it was).
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(text);
  if (isRecord(value)) {
    const copy: Record<string, number | string> = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(copy, k, {
        value: typeof v === 'number' ? (Number.isFinite(v) ? v : null) : text(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }
  return showValue(value);
}

// String() throws on a null-prototype object and overflows on deeply nested arrays; showValue cannot.
function text(value: unknown): string {
  return typeof value === 'string' ? value : showValue(value);
}
