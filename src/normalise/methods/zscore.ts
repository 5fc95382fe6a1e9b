import * as z from 'zod/mini';
import { Dec } from '../../numeric/decimal.js';
import type { CohortMethod } from '../method.js';
import { present, sortedSum } from './_cohort.js';
import { decimalSchema, num, scopeSchema } from './_shared.js';

type Spec = {
  readonly method: 'zscore';
  readonly sd: 'population' | 'sample';
  readonly center?: number | string | undefined;
  readonly spread?: number | string | undefined;
  readonly scope?: 'sector' | 'all' | undefined;
};

/**
 * Standardisation: `z = (x − mean) / sd` (negated for a lower-is-better leaf), reported as
 * `center + spread × z`. The sd is the population (÷n) or the sample (÷(n−1)) one, as the spec
 * states. Zero sd, or a single value with the sample sd: z = 0 for all, with a warning.
 * z-scores are not bounded, so they do not stay on the 0–100 scale.
 */
export const zscore: CohortMethod<Spec> = {
  kind: 'cohort',
  readsDirection: true,
  id: 'zscore',
  params: z.strictObject({
    method: z.literal('zscore'),
    sd: z.enum(['population', 'sample']),
    center: z.optional(decimalSchema),
    spread: z.optional(decimalSchema),
    scope: scopeSchema,
  }),
  check: () => [],
  apply: (spec, values, ctx) => {
    const center = spec.center === undefined ? new Dec(0) : num(spec.center);
    const spread = spec.spread === undefined ? new Dec(1) : num(spec.spread);
    const cohort = present(values);
    const n = cohort.length;
    if (n === 0) return { scores: values.map(() => null), warnings: [], errors: [] };
    const mean = sortedSum(cohort.map((c) => c.value)).div(n);
    const squares = sortedSum(cohort.map((c) => c.value.minus(mean).pow(2)));
    const divisor = spec.sd === 'population' ? n : n - 1;
    const sd = divisor > 0 ? squares.div(divisor).sqrt() : new Dec(0);
    if (sd.isZero()) {
      const warning =
        divisor === 0
          ? ({
              code: 'too_few_values',
              path: [],
              params: { method: 'zscore (sample sd)', min: 2 },
            } as const)
          : ({ code: 'zero_sd', path: [], params: { count: n } } as const);
      return {
        scores: values.map((x) => (x === null ? null : center)),
        warnings: [warning],
        errors: [],
        statistics: divisor === 0 ? { mean } : { mean, sd },
      };
    }
    return {
      scores: values.map((x) => {
        if (x === null) return null;
        const z = ctx.direction === 'higher' ? x.minus(mean).div(sd) : mean.minus(x).div(sd);
        return center.plus(spread.times(z));
      }),
      warnings: [],
      errors: [],
      statistics: { mean, sd },
    };
  },
};
