import * as z from 'zod/mini';
import { Dec } from '../../numeric/decimal.js';
import type { CohortMethod } from '../method.js';
import { extremes, midpointForAll, present, zeroRange } from './_cohort.js';
import { onScale, scopeSchema } from './_shared.js';

type Spec = { readonly method: 'distanceToBest'; readonly scope?: 'sector' | 'all' | undefined };

/**
 * Proportion of the best value in the cohort: `t = x / max` for a higher-is-better leaf,
 * `t = min / x` for a lower-is-better one (a value of 0 is then the best, t = 1). Values must be
 * ≥ 0 (a negative one is an error for that entity); all zeros: midpoint with `zero_range`.
 */
export const distanceToBest: CohortMethod<Spec> = {
  kind: 'cohort',
  readsDirection: true,
  id: 'distanceToBest',
  params: z.strictObject({ method: z.literal('distanceToBest'), scope: scopeSchema }),
  check: () => [],
  apply: (_spec, values, ctx) => {
    const errors = present(values)
      .filter((c) => c.value.isNegative() && !c.value.isZero())
      .map((c) => ({
        index: c.index,
        finding: {
          code: 'negative_value',
          path: [],
          params: {
            operator: 'distance to best',
            operatorZh: '"与最优值之比"',
            value: c.value.toFixed(),
          },
        } as const,
      }));
    const bad = new Set(errors.map((e) => e.index));
    const usable = values.map((v, i) => (bad.has(i) ? null : v));
    const cohort = present(usable);
    if (cohort.length === 0) return { scores: values.map(() => null), warnings: [], errors };
    const { min, max } = extremes(cohort);
    if (max.isZero())
      return { ...midpointForAll(usable, ctx, zeroRange(cohort.length, ctx)), errors };
    return {
      scores: usable.map((x) => {
        if (x === null) return null;
        if (ctx.direction === 'higher') return onScale(x.div(max), ctx);
        return onScale(x.isZero() ? new Dec(1) : min.div(x), ctx);
      }),
      warnings: [],
      errors,
    };
  },
};
