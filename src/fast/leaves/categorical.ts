import type { LeafContext } from '../../normalise/method.js';
import { num } from '../../normalise/methods/_shared.js';
import { toFloat } from '../float.js';
import type { FloatLeaf } from '../types.js';

/** `categorical` in float64: a table lookup; an unknown category goes to the exact path. */
export function floatCategorical(
  spec: { categories: ReadonlyArray<{ value: string; score: number | string }> },
  _ctx: LeafContext,
): FloatLeaf {
  const table = new Map<string, { value: number; error: number }>(
    spec.categories.map((c) => [c.value, toFloat(num(c.score))]),
  );
  return (raw, i, score, error) => {
    const key =
      typeof raw === 'string'
        ? raw.trim()
        : typeof raw === 'number' && Number.isFinite(raw)
          ? String(raw)
          : undefined;
    const found = key === undefined ? undefined : table.get(key);
    if (!found) return false;
    score[i] = found.value;
    error[i] = found.error;
    return true;
  };
}
