import type { LeafContext } from '../../normalise/method.js';
import { num } from '../../normalise/methods/_shared.js';
import { Dec } from '../../numeric/decimal.js';
import { readFloat, U } from '../float.js';
import type { FloatLeaf } from '../types.js';
import { floatScale } from './_scale.js';

/**
 * `points` in float64: a list of item ids, a record of whole counts, or a number of points, capped
 * and mapped onto the scale. Unknown items and bad counts go to the exact path.
 */
export function floatPoints(
  spec: { items: ReadonlyArray<{ id: string; points: number | string }>; cap: number | string },
  ctx: LeafContext,
): FloatLeaf {
  const table = new Map<string, number>(
    spec.items.map((item) => [item.id, num(item.points).toNumber()]),
  );
  const cap = num(spec.cap).toNumber();
  const scale = floatScale(ctx);
  return (raw, i, score, error) => {
    let total = 0;
    let magnitude = 0;
    let terms = 1;
    if (Array.isArray(raw)) {
      for (const id of raw) {
        const p = typeof id === 'string' ? table.get(id) : undefined;
        if (p === undefined || p === 0) return false; // a zero item: left to the exact path
        total += p;
        magnitude += Math.abs(p);
      }
      terms += raw.length;
    } else if (Dec.isDecimal(raw)) {
      return false; // a panel's exact value: left to the exact path
    } else if (typeof raw === 'object' && raw !== null) {
      for (const [id, count] of Object.entries(raw)) {
        const p = table.get(id);
        const n = typeof count === 'number' ? count : Number.NaN;
        if (p === undefined || p === 0 || !Number.isInteger(n) || n < 0 || n > 2 ** 40)
          return false;
        total += p * n;
        magnitude += Math.abs(p * n);
        terms += 1;
      }
    } else {
      total = readFloat(raw);
      if (Number.isNaN(total) || total < 0) return false;
      magnitude = Math.abs(total);
    }
    const et = (2 * (terms + 2) * U * magnitude) / cap + 4 * U;
    // As the exact path: within [0, cap] (clamping moves no value farther than its bound).
    scale.put(total < 0 ? 0 : Math.min(total, cap) / cap, et, i, score, error);
    return true;
  };
}
