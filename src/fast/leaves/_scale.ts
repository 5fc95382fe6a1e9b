import type { LeafContext } from '../../normalise/method.js';
import { U } from '../float.js';

/** The leaf's scale as floats, with the error of mapping a fraction t (±et) onto it. */
export interface FloatScale {
  readonly min: number;
  readonly span: number;
  /** Writes min + span·t and its error bound at i. */
  readonly put: (
    t: number,
    et: number,
    i: number,
    score: Float64Array,
    error: Float64Array,
  ) => void;
}

export function floatScale(ctx: LeafContext): FloatScale {
  const min = ctx.min.toNumber();
  const span = ctx.max.minus(ctx.min).toNumber();
  // min and span themselves may be off by U relatively; the multiply and add by U each.
  const fixed = 4 * U * (Math.abs(min) + Math.abs(span));
  return {
    min,
    span,
    put: (t, et, i, score, error) => {
      score[i] = min + span * t;
      error[i] = Math.abs(span) * et + fixed;
    },
  };
}
