import type { LeafContext } from '../../normalise/method.js';
import { parseDecimal } from '../../numeric/parseDecimal.js';
import { U } from '../float.js';
import type { FloatLeaf } from '../types.js';
import { floatScale } from './_scale.js';

/**
 * `banded` in float64 for whole-number bands (the usual 5-point steps): an integer value that is a
 * multiple of the step in 0…100. Anything else goes to the exact path, which checks it exactly.
 */
export function floatBanded(
  spec: { step?: number | string | undefined },
  ctx: LeafContext,
): FloatLeaf | null {
  const step = parseDecimal(spec.step ?? 5);
  if (!step?.isInteger()) return null;
  const size = step.toNumber();
  const scale = floatScale(ctx);
  return (raw, i, score, error) => {
    const x =
      typeof raw === 'number'
        ? raw
        : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw)
          ? Number(raw)
          : Number.NaN;
    if (!Number.isInteger(x) || x < 0 || x > 100 || x % size !== 0) return false;
    scale.put(x / 100, U, i, score, error);
    return true;
  };
}
