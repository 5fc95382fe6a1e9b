import * as z from 'zod/mini';
import { Dec } from '../../numeric/decimal.js';
import type { CohortMethod } from '../method.js';
import { midpointForAll, present, sortedSum } from './_cohort.js';
import { onScale, scopeSchema } from './_shared.js';

type Spec = { readonly method: 'vector'; readonly scope?: 'sector' | 'all' | undefined };

/**
 * Vector (L2) normalisation: `t = x / √(Σx²)`, and `t = 1 − x / √(Σx²)` for a lower-is-better
 * leaf (as pymcdm's `vector_normalization` does for cost criteria; Hwang & Yoon 1981 for TOPSIS).
 * All zeros: the midpoint for all, with a `zero_norm` warning.
 */
export const vector: CohortMethod<Spec> = {
  kind: 'cohort',
  readsDirection: true,
  id: 'vector',
  params: z.strictObject({ method: z.literal('vector'), scope: scopeSchema }),
  check: () => [],
  apply: (_spec, values, ctx) => {
    const cohort = present(values);
    if (cohort.length === 0) return { scores: values.map(() => null), warnings: [], errors: [] };
    const norm = sortedSum(cohort.map((c) => c.value.pow(2))).sqrt();
    if (norm.isZero()) {
      return {
        ...midpointForAll(values, ctx, { code: 'zero_norm', path: [] }),
        statistics: { norm },
      };
    }
    return {
      scores: values.map((x) => {
        if (x === null) return null;
        const t = x.div(norm);
        return onScale(ctx.direction === 'higher' ? t : new Dec(1).minus(t), ctx);
      }),
      warnings: [],
      errors: [],
      statistics: { norm },
    };
  },
};
