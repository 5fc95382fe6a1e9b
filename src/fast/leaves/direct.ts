import type { LeafContext } from '../../normalise/method.js';
import { readFloat, U } from '../float.js';
import type { FloatLeaf } from '../types.js';

/**
 * `direct` in float64: the value is the score. A value on or near the scale's ends goes to the
 * exact path, which decides whether it is out of scale.
 */
export function floatDirect(_spec: unknown, ctx: LeafContext): FloatLeaf {
  const min = ctx.min.toNumber();
  const max = ctx.max.toNumber();
  const margin = 4 * U * Math.max(Math.abs(min), Math.abs(max), 1);
  return (raw, i, score, error) => {
    const x = readFloat(raw);
    const inside = x > min + margin && x < max - margin;
    // A number exactly at an end is read exactly by both paths (the ends are floats exactly).
    const atEnd = typeof raw === 'number' && (x === min || x === max) && exactEnds(ctx);
    if (!inside && !atEnd) return false;
    score[i] = x;
    error[i] = U * Math.abs(x);
    return true;
  };
}

function exactEnds(ctx: LeafContext): boolean {
  return ctx.min.equals(ctx.min.toNumber()) && ctx.max.equals(ctx.max.toNumber());
}
