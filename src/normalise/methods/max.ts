import * as z from 'zod/mini';
import { Dec } from '../../numeric/decimal.js';
import type { CohortMethod, Finding } from '../method.js';
import { extremes, midpointForAll, present, zeroRange } from './_cohort.js';
import { onScale, scopeSchema } from './_shared.js';

type Spec = {
  readonly method: 'max';
  readonly lowerForm?: 'inverse' | 'complement' | undefined;
  readonly scope?: 'sector' | 'all' | undefined;
};

/**
 * Max (linear) normalisation, the proportion of the best value in the cohort: `t = x / max` for a
 * higher-is-better leaf. For a lower-is-better one, `lowerForm` chooses: `inverse` (the default)
 * `t = min / x` (a value of 0 is then the best, t = 1), or `complement` `t = 1 − x / max` (the
 * largest value scores the bottom; pymcdm's `max_normalization` for cost criteria, where
 * `linear_normalization` has min / x). Values must be ≥ 0 (a negative one is a `negative_value`
 * error for that entity, left out of the cohort); all zeros: the midpoint with `zero_range`.
 * `lowerForm` on a higher-is-better leaf is refused (`lower_form_unused`) rather than ignored.
 */
export const max: CohortMethod<Spec> = {
  kind: 'cohort',
  readsDirection: true,
  id: 'max',
  params: z.strictObject({
    method: z.literal('max'),
    lowerForm: z.optional(z.enum(['inverse', 'complement'])),
    scope: scopeSchema,
  }),
  check: (spec, ctx) =>
    spec.lowerForm !== undefined && ctx.direction === 'higher'
      ? [{ code: 'lower_form_unused', path: ['lowerForm'], params: { leaf: ctx.leafId } }]
      : [],
  apply: (spec, values, ctx) => {
    const errors = present(values)
      .filter((c) => c.value.isNegative() && !c.value.isZero())
      .map((c) => ({
        index: c.index,
        finding: {
          code: 'negative_value',
          path: [],
          params: {
            operator: 'max normalisation',
            operatorZh: '最大值标准化',
            value: c.value.toFixed(),
          },
        } as Finding,
      }));
    const bad = new Set(errors.map((e) => e.index));
    const usable = values.map((v, i) => (bad.has(i) ? null : v));
    const cohort = present(usable);
    if (cohort.length === 0) return { scores: values.map(() => null), warnings: [], errors };
    const { min, max } = extremes(cohort);
    const statistics = { min, max };
    if (max.isZero()) {
      return {
        ...midpointForAll(usable, ctx, zeroRange(cohort.length, ctx)),
        errors,
        statistics,
      };
    }
    const complement = spec.lowerForm === 'complement';
    return {
      scores: usable.map((x) => {
        if (x === null) return null;
        if (ctx.direction === 'higher') return onScale(x.div(max), ctx);
        if (complement) return onScale(new Dec(1).minus(x.div(max)), ctx);
        return onScale(x.isZero() ? new Dec(1) : min.div(x), ctx);
      }),
      warnings: [],
      errors,
      statistics,
    };
  },
};
