import * as z from 'zod/mini';
import type { Dec } from '../../numeric/decimal.js';
import { ln } from '../../numeric/ln.js';
import type { CohortMethod, Finding } from '../method.js';
import { extremes, midpointForAll, present, zeroRange } from './_cohort.js';
import { clampUnit, onScale, scopeSchema } from './_shared.js';

type Spec = {
  readonly method: 'minmax';
  readonly transform?: 'log' | undefined;
  readonly scope?: 'sector' | 'all' | undefined;
};

/**
 * Min-max over the cohort: `t = (x − min) / (max − min)` (reversed for a lower-is-better leaf;
 * OECD/JRC Handbook 2008 §5.2). With `transform: 'log'` the same on ln x,
 * `t = (ln x − ln min) / (ln max − ln min)`, for skewed indicators (the Handbook's log
 * transformation before normalisation; the HDI income index 2010–2013 between the observed extremes;
 * COINr `n_minmax` on log-transformed data): every value must be > 0, and a value ≤ 0 is a
 * `log_nonpositive` error for that entity, which is left out of the cohort. Zero range (one value,
 * or all equal): everyone gets the midpoint of the scale and a `zero_range` warning (peers return
 * NaN or all ones). Missing values stay missing and are left out of min and max.
 */
export const minmax: CohortMethod<Spec> = {
  kind: 'cohort',
  readsDirection: true,
  id: 'minmax',
  params: z.strictObject({
    method: z.literal('minmax'),
    transform: z.optional(z.literal('log')),
    scope: scopeSchema,
  }),
  check: () => [],
  apply: (spec, values, ctx) => {
    const log = spec.transform === 'log';
    const errors = log
      ? present(values)
          .filter((c) => c.value.lessThanOrEqualTo(0))
          .map((c) => ({
            index: c.index,
            finding: {
              code: 'log_nonpositive',
              path: [],
              params: { value: c.value.toFixed() },
            } as Finding,
          }))
      : [];
    const bad = new Set(errors.map((e) => e.index));
    const usable = bad.size === 0 ? values : values.map((v, i) => (bad.has(i) ? null : v));
    const cohort = present(usable);
    if (cohort.length === 0) return { scores: values.map(() => null), warnings: [], errors };
    const { min, max } = extremes(cohort);
    if (!log) {
      if (min.equals(max)) {
        return {
          ...midpointForAll(usable, ctx, zeroRange(cohort.length, ctx)),
          statistics: { min, max },
        };
      }
      const range = max.minus(min);
      return {
        scores: usable.map((x) => {
          if (x === null) return null;
          const t = ctx.direction === 'higher' ? x.minus(min).div(range) : max.minus(x).div(range);
          return onScale(clampUnit(t), ctx);
        }),
        warnings: [],
        errors,
        statistics: { min, max },
      };
    }
    const lnMin = ln(min);
    const lnMax = ln(max);
    const statistics = { min, max, lnMin, lnMax };
    if (min.equals(max)) {
      return {
        ...midpointForAll(usable, ctx, zeroRange(cohort.length, ctx)),
        errors,
        statistics,
      };
    }
    const range = lnMax.minus(lnMin);
    const logs = new Map<string, Dec>(); // equal values, one logarithm
    const lnOf = (x: Dec): Dec => {
      if (x.equals(min)) return lnMin;
      if (x.equals(max)) return lnMax;
      const key = x.toString();
      let v = logs.get(key);
      if (!v) {
        v = ln(x);
        logs.set(key, v);
      }
      return v;
    };
    return {
      scores: usable.map((x) => {
        if (x === null) return null;
        const lx = lnOf(x);
        const t =
          ctx.direction === 'higher' ? lx.minus(lnMin).div(range) : lnMax.minus(lx).div(range);
        return onScale(clampUnit(t), ctx);
      }),
      warnings: [],
      errors,
      statistics,
    };
  },
};
