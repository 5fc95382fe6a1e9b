import type { LeafContext } from '../../normalise/method.js';
import { num } from '../../normalise/methods/_shared.js';
import { toFloat } from '../float.js';
import type { FloatLeaf } from '../types.js';

/** `boolean` in float64: true/1 and false/0 map to their scores. */
export function floatBoolean(
  spec: { whenTrue?: number | string | undefined; whenFalse?: number | string | undefined },
  ctx: LeafContext,
): FloatLeaf {
  const yes = toFloat(spec.whenTrue === undefined ? ctx.max : num(spec.whenTrue));
  const no = toFloat(spec.whenFalse === undefined ? ctx.min : num(spec.whenFalse));
  return (raw, i, score, error) => {
    const pick = raw === true || raw === 1 ? yes : raw === false || raw === 0 ? no : null;
    if (!pick) return false;
    score[i] = pick.value;
    error[i] = pick.error;
    return true;
  };
}
