import type { LeafContext } from '../../normalise/method.js';
import { num } from '../../normalise/methods/_shared.js';
import { U } from '../float.js';
import type { FloatColumn } from '../types.js';

/**
 * {@link floatLog} over a Float64Array column: the same arithmetic and bound, in one loop that
 * adds each weighted score to its parent's sum.
 */
export function floatLogColumn(
  spec: { lower: number | string; upper: number | string },
  ctx: LeafContext,
): FloatColumn {
  const lower = num(spec.lower).toNumber();
  const upper = num(spec.upper).toNumber();
  const lnLower = Math.log(lower);
  const lnUpper = Math.log(upper);
  const range = lnUpper - lnLower;
  const higher = ctx.direction === 'higher';
  const min = ctx.min.toNumber();
  const span = ctx.max.minus(ctx.min).toNumber();
  const fixed = 4 * U * (Math.abs(min) + Math.abs(span));
  const perLn = (Math.abs(span) * 8 * U) / Math.abs(range);
  const base = perLn * (Math.abs(lnLower) + Math.abs(lnUpper) + 1) + Math.abs(span) * 4 * U + fixed;
  const size = Math.max(Math.abs(min), Math.abs(min + span));
  const atUpper = min + span * (higher ? 1 : 0);
  return (values, start, count, code, weight, out, offset, ok, bound) => {
    let largest = 0;
    const one = weight.length === 1;
    const w0 = weight[0] as number;
    for (let j = 0; j < count; j++) {
      const x = values[start + j] as number;
      if (x - x !== 0 || x < 0) {
        ok[j] = 0; // missing, infinite or negative: the exact path decides
        continue;
      }
      const w = one ? w0 : (weight[code[j] as number] as number);
      if (x >= upper) {
        // At or beyond the upper goalpost no logarithm is needed (as on the exact path): the
        // exact t is 1 within 4U/|range| (x and upper are each within half an ulp of their
        // decimals), which the base of the bound covers.
        out[offset + j] = (out[offset + j] as number) + w * atUpper;
        continue;
      }
      const lnX = x <= lower ? lnLower : Math.log(x);
      const t = x <= lower ? 0 : (lnX - lnLower) / range;
      const up = Math.min(1, Math.max(0, t));
      const s = min + span * (higher ? up : 1 - up);
      out[offset + j] = (out[offset + j] as number) + w * s;
      const a = lnX < 0 ? -lnX : lnX;
      if (a > largest) largest = a;
    }
    bound[0] = base + perLn * largest;
    bound[1] = size;
  };
}
