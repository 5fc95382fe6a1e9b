import * as z from 'zod/mini';
import { Dec } from '../../numeric/decimal.js';
import type { AggregationOperator } from '../operator.js';

/** The lowest score among the children with a positive weight: non-compensatory ("weakest link"). */
export const minimum: AggregationOperator<{ readonly method: 'minimum' }> = {
  id: 'minimum',
  params: z.strictObject({ method: z.literal('minimum') }),
  check: () => [],
  additive: false,
  apply: (_spec, values, weights) => {
    const weighted = values.filter((_, i) => !(weights[i] as Dec).isZero());
    return { ok: true, value: Dec.min(...(weighted.length > 0 ? weighted : values)) };
  },
};
