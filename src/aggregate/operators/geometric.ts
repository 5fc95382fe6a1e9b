import * as z from 'zod/mini';
import { Dec } from '../../numeric/decimal.js';
import { ln } from '../../numeric/ln.js';
import type { AggregationOperator } from '../operator.js';
import { negativeValue } from './_negative.js';

/**
 * Weighted geometric mean Π xᵢ^wᵢ = exp(Σ wᵢ ln xᵢ): partly compensatory. A zero (with a positive
 * weight) gives 0; a negative value is an error (OECD/JRC Handbook 2008 §6.1).
 */
export const geometric: AggregationOperator<{ readonly method: 'geometric' }> = {
  id: 'geometric',
  params: z.strictObject({ method: z.literal('geometric') }),
  check: () => [],
  additive: false,
  apply: (_spec, values, weights) => {
    const negative = negativeValue(values, 'the geometric mean', '几何平均');
    if (negative) return negative;
    let logSum = new Dec(0);
    for (const [i, x] of values.entries()) {
      const w = weights[i] as Dec;
      if (w.isZero()) continue;
      if (x.isZero()) return { ok: true, value: new Dec(0) };
      logSum = logSum.plus(w.times(ln(x)));
    }
    return { ok: true, value: Dec.exp(logSum) };
  },
};
