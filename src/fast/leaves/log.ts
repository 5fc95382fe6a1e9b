import type { LeafContext } from '../../normalise/method.js';
import { num } from '../../normalise/methods/_shared.js';
import { readFloat, U } from '../float.js';
import type { FloatLeaf } from '../types.js';
import { floatScale } from './_scale.js';

/**
 * `log` in float64: (ln x − ln lower)/(ln upper − ln lower), clamped, 0 at or below lower. Assumes
 * Math.log errs by at most 2 ulp (V8's fdlibm port errs by less than 1).
 */
export function floatLog(
  spec: { lower: number | string; upper: number | string },
  ctx: LeafContext,
): FloatLeaf {
  const lower = num(spec.lower).toNumber();
  const upper = num(spec.upper).toNumber();
  const lnLower = Math.log(lower);
  const lnUpper = Math.log(upper);
  const range = lnUpper - lnLower;
  const higher = ctx.direction === 'higher';
  const scale = floatScale(ctx);
  return (raw, i, score, error) => {
    const x = readFloat(raw);
    if (Number.isNaN(x) || x < 0) return false; // a negative value is the exact path's error
    const lnX = x <= lower ? lnLower : Math.log(x);
    const up = x <= lower ? 0 : Math.min(1, Math.max(0, (lnX - lnLower) / range));
    const et =
      (8 * U * (Math.abs(lnX) + Math.abs(lnLower) + Math.abs(lnUpper)) + 8 * U) / Math.abs(range) +
      4 * U;
    scale.put(higher ? up : 1 - up, et, i, score, error);
    return true;
  };
}
