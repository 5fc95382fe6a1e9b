import type { Dec } from '../numeric/decimal.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import type { TieBreakKey } from './types.js';

/**
 * A fact key of the tie-break chain on two candidates' values: by the key's `order` of grades
 * (a value outside it, a list or an object goes last), else as numbers, higher first unless the
 * key says `lower` (a value that is no number goes last). Negative when `x` goes first.
 */
export function compareFact(
  x: unknown,
  y: unknown,
  key: Extract<TieBreakKey, { by: 'fact' }>,
): number {
  const order = key.order;
  if (order) {
    const rank = (v: unknown) => {
      // A list or an object is no grade (and String() throws on a null-prototype object).
      const i = typeof v === 'object' && v !== null ? -1 : order.indexOf(String(v));
      return i < 0 ? Number.POSITIVE_INFINITY : i;
    };
    // Two values outside the order tie (∞ − ∞ would be NaN, read as "decided").
    const [rx, ry] = [rank(x), rank(y)];
    return rx === ry ? 0 : rx < ry ? -1 : 1;
  }
  const [dx, dy] = [parseDecimal(x) ?? null, parseDecimal(y) ?? null];
  return key.direction === 'lower'
    ? higherFirst(dx?.neg() ?? null, dy?.neg() ?? null)
    : higherFirst(dx, dy);
}

/** Higher first; a missing value goes last. */
export function higherFirst(x: Dec | null, y: Dec | null): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return y.comparedTo(x);
}
