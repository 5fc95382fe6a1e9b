import * as z from 'zod/mini';
import { Dec } from '../../numeric/decimal.js';
import type { AggregationOperator } from '../operator.js';
import { negativeValue } from './_negative.js';

/** Weighted harmonic mean 1 / Σ(wᵢ/xᵢ). A zero (with a positive weight) gives 0; a negative value is an error. */
export const harmonic: AggregationOperator<{ readonly method: 'harmonic' }> = {
  id: 'harmonic',
  params: z.strictObject({ method: z.literal('harmonic') }),
  check: () => [],
  additive: false,
  apply: (_spec, values, weights) => {
    const negative = negativeValue(values, 'the harmonic mean', '调和平均');
    if (negative) return negative;
    let sum = new Dec(0);
    for (const [i, x] of values.entries()) {
      const w = weights[i] as Dec;
      if (w.isZero()) continue;
      if (x.isZero()) return { ok: true, value: new Dec(0) };
      sum = sum.plus(w.div(x));
    }
    return { ok: true, value: new Dec(1).div(sum) };
  },
};
