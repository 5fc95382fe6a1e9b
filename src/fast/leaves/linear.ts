import type { LeafContext } from '../../normalise/method.js';
import { num } from '../../normalise/methods/_shared.js';
import { readFloat, U } from '../float.js';
import type { FloatLeaf } from '../types.js';
import { floatScale } from './_scale.js';

/** `linear` in float64: (x − lower)/(upper − lower), clamped; the clamp never adds error. */
export function floatLinear(
  spec: { lower: number | string; upper: number | string },
  ctx: LeafContext,
): FloatLeaf {
  const lower = num(spec.lower).toNumber();
  const upper = num(spec.upper).toNumber();
  const range = upper - lower;
  const higher = ctx.direction === 'higher';
  const scale = floatScale(ctx);
  return (raw, i, score, error) => {
    const x = readFloat(raw);
    if (Number.isNaN(x)) return false;
    const t = higher ? (x - lower) / range : (upper - x) / range;
    // Inputs off by U each, one subtraction and one division: a generous first-order bound.
    const et =
      (4 * U * (Math.abs(x) + Math.abs(lower) + Math.abs(upper))) / Math.abs(range) + 4 * U;
    scale.put(Math.min(1, Math.max(0, t)), et, i, score, error);
    return true;
  };
}
