import * as z from 'zod/mini';
import { Dec } from '../../numeric/decimal.js';
import type { AggregationOperator } from '../operator.js';

/** Weighted arithmetic mean Σ wᵢxᵢ: the default, fully compensatory, and the only additive one. */
export const arithmetic: AggregationOperator<{ readonly method: 'arithmetic' }> = {
  id: 'arithmetic',
  params: z.strictObject({ method: z.literal('arithmetic') }),
  check: () => [],
  additive: true,
  apply: (_spec, values, weights) => ({
    ok: true,
    value: values.reduce((sum, x, i) => sum.plus(x.times(weights[i] as Dec)), new Dec(0)),
  }),
};
