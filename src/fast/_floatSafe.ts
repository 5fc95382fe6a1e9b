import { Dec } from '../numeric/decimal.js';
import { parseDecimal } from '../numeric/parseDecimal.js';

/**
 * True when every decimal in a leaf's parameters survives float64: a goalpost of "1e400" would be
 * read as Infinity and one of "1e-400" as 0, and the float form would score what the exact path
 * does not. A leaf with such a parameter is left to the exact path. Text that is no decimal (a
 * method name, a category) is not a parameter and passes.
 */
export function floatSafe(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(floatSafe);
  if (typeof value === 'object' && value !== null && !Dec.isDecimal(value))
    return Object.values(value).every(floatSafe);
  const d = parseDecimal(value);
  if (!d) return true;
  const x = d.toNumber();
  return Number.isFinite(x) && (x !== 0 || d.isZero());
}
