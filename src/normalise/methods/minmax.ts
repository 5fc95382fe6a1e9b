import * as z from 'zod/mini';
import type { CohortMethod } from '../method.js';
import { extremes, midpointForAll, present, zeroRange } from './_cohort.js';
import { clampUnit, onScale, scopeSchema } from './_shared.js';

type Spec = { readonly method: 'minmax'; readonly scope?: 'sector' | 'all' | undefined };

/**
 * Min-max over the cohort: `t = (x − min) / (max − min)` (reversed for a lower-is-better leaf;
 * OECD/JRC Handbook 2008 §5.2). Zero range: everyone gets the midpoint of the scale and a
 * `zero_range` warning (peers return NaN or all ones). Missing values stay missing and are left
 * out of min and max.
 */
export const minmax: CohortMethod<Spec> = {
  kind: 'cohort',
  readsDirection: true,
  id: 'minmax',
  params: z.strictObject({ method: z.literal('minmax'), scope: scopeSchema }),
  check: () => [],
  apply: (_spec, values, ctx) => {
    const cohort = present(values);
    if (cohort.length === 0) return { scores: values.map(() => null), warnings: [], errors: [] };
    const { min, max } = extremes(cohort);
    if (min.equals(max)) return midpointForAll(values, ctx, zeroRange(cohort.length, ctx));
    const range = max.minus(min);
    return {
      scores: values.map((x) => {
        if (x === null) return null;
        const t = ctx.direction === 'higher' ? x.minus(min).div(range) : max.minus(x).div(range);
        return onScale(clampUnit(t), ctx);
      }),
      warnings: [],
      errors: [],
    };
  },
};
