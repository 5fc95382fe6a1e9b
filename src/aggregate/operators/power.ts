import * as z from 'zod/mini';
import { decimalSchema, num } from '../../normalise/methods/_shared.js';
import { Dec } from '../../numeric/decimal.js';
import type { AggregationOperator } from '../operator.js';
import { negativeValue } from './_negative.js';

type Spec = { readonly method: 'power'; readonly p: number | string };

/**
 * Generalised (power) mean (Σ wᵢxᵢᵖ)^(1/p), p ≠ 0: p = 1 arithmetic, p = −1 harmonic, p → 0
 * geometric (use `geometric`), large p approaches the maximum. Negative values are an error;
 * a zero with p < 0 gives 0 (the harmonic convention).
 */
export const power: AggregationOperator<Spec> = {
  id: 'power',
  params: z.strictObject({ method: z.literal('power'), p: decimalSchema }),
  check: (spec) => (num(spec.p).isZero() ? [{ code: 'power_zero', path: ['p'] }] : []),
  additive: false,
  apply: (spec, values, weights) => {
    const negative = negativeValue(values, 'the power mean', '幂平均');
    if (negative) return negative;
    const p = num(spec.p);
    let sum = new Dec(0);
    for (const [i, x] of values.entries()) {
      const w = weights[i] as Dec;
      if (w.isZero()) continue;
      if (x.isZero()) {
        if (p.isNegative()) return { ok: true, value: new Dec(0) };
        continue;
      }
      sum = sum.plus(w.times(x.pow(p)));
    }
    return { ok: true, value: sum.isZero() ? sum : sum.pow(new Dec(1).div(p)) };
  },
};
