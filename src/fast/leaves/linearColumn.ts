import type { LeafContext } from '../../normalise/method.js';
import { num } from '../../normalise/methods/_shared.js';
import { U } from '../float.js';
import type { FloatColumn } from '../types.js';

/**
 * {@link floatLinear} over a Float64Array column: the same arithmetic and bound, in one loop that
 * adds each weighted score to its parent's sum.
 */
export function floatLinearColumn(
  spec: { lower: number | string; upper: number | string },
  ctx: LeafContext,
): FloatColumn {
  const lower = num(spec.lower).toNumber();
  const upper = num(spec.upper).toNumber();
  const range = upper - lower;
  // (upper − x)/range is (x − upper)/(−range) to the last bit: negation is exact.
  const origin = ctx.direction === 'higher' ? lower : upper;
  const divisor = ctx.direction === 'higher' ? range : -range;
  const min = ctx.min.toNumber();
  const span = ctx.max.minus(ctx.min).toNumber();
  const fixed = 4 * U * (Math.abs(min) + Math.abs(span));
  const perX = (Math.abs(span) * 4 * U) / Math.abs(range);
  const base = perX * (Math.abs(lower) + Math.abs(upper)) + Math.abs(span) * 4 * U + fixed;
  const size = Math.max(Math.abs(min), Math.abs(min + span));
  return (values, start, count, code, weight, out, offset, ok, bound) => {
    let largest = 0;
    for (let j = 0; j < count; j++) {
      const x = values[start + j] as number;
      if (x - x !== 0) {
        ok[j] = 0; // missing (NaN) or infinite: the exact path decides
        continue;
      }
      const t = (x - origin) / divisor;
      const s = min + span * Math.min(1, Math.max(0, t));
      out[offset + j] = (out[offset + j] as number) + (weight[code[j] as number] as number) * s;
      const a = x < 0 ? -x : x;
      if (a > largest) largest = a;
    }
    bound[0] = base + perX * largest;
    bound[1] = size;
  };
}
