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
  // One reciprocal, then a product per value: one rounding more than a quotient, bounded below.
  const inverse = 1 / (ctx.direction === 'higher' ? range : -range);
  const min = ctx.min.toNumber();
  const span = ctx.max.minus(ctx.min).toNumber();
  const fixed = 4 * U * (Math.abs(min) + Math.abs(span));
  const perX = (Math.abs(span) * 4 * U) / Math.abs(range);
  // t errs by 4U more than a quotient's bound allows for: the reciprocal's rounding (≤ 2U while
  // |t| ≤ 2; beyond, both t clamp alike), with room.
  const base = perX * (Math.abs(lower) + Math.abs(upper)) + Math.abs(span) * 8 * U + fixed;
  const size = Math.max(Math.abs(min), Math.abs(min + span));
  return (values, start, count, code, weight, out, offset, ok, bound) => {
    let largest = 0;
    if (weight.length === 1) {
      // One weight for every sector: no lookup per row.
      const w = weight[0] as number;
      for (let j = 0; j < count; j++) {
        const x = values[start + j] as number;
        if (x - x !== 0) {
          ok[j] = 0; // missing (NaN) or infinite: the exact path decides
          continue;
        }
        const s = min + span * Math.min(1, Math.max(0, (x - origin) * inverse));
        out[offset + j] = (out[offset + j] as number) + w * s;
        const a = x < 0 ? -x : x;
        if (a > largest) largest = a;
      }
    } else {
      for (let j = 0; j < count; j++) {
        const x = values[start + j] as number;
        if (x - x !== 0) {
          ok[j] = 0;
          continue;
        }
        const s = min + span * Math.min(1, Math.max(0, (x - origin) * inverse));
        out[offset + j] = (out[offset + j] as number) + (weight[code[j] as number] as number) * s;
        const a = x < 0 ? -x : x;
        if (a > largest) largest = a;
      }
    }
    bound[0] = base + perX * largest;
    bound[1] = size;
  };
}
