import type { LeafContext } from '../../normalise/method.js';
import { parseDecimal } from '../../numeric/parseDecimal.js';
import { toFloat } from '../float.js';
import type { FloatLeaf } from '../types.js';

/** `boolean` in float64: true/1 and false/0 map to their scores. */
export function floatBoolean(
  spec: { whenTrue?: number | string | undefined; whenFalse?: number | string | undefined },
  ctx: LeafContext,
): FloatLeaf {
  const yes = toFloat(
    spec.whenTrue === undefined ? ctx.max : (parseDecimal(spec.whenTrue) as typeof ctx.max),
  );
  const no = toFloat(
    spec.whenFalse === undefined ? ctx.min : (parseDecimal(spec.whenFalse) as typeof ctx.min),
  );
  return (raw, i, score, error) => {
    const pick = raw === true || raw === 1 ? yes : raw === false || raw === 0 ? no : null;
    if (!pick) return false;
    score[i] = pick.value;
    error[i] = pick.error;
    return true;
  };
}
