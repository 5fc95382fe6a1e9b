import * as z from 'zod/mini';
import { Dec } from '../../numeric/decimal.js';
import type { CohortMethod } from '../method.js';
import { midpointForAll, present, zeroRange } from './_cohort.js';
import { onScale, scopeSchema } from './_shared.js';

type Spec = { readonly method: 'rank'; readonly scope?: 'sector' | 'all' | undefined };

/**
 * Rank within the cohort, 1 = best by the leaf's direction, ties sharing the average rank
 * (fractional ranking, as Spearman's ρ uses), mapped onto the scale: `t = (n − r) / (n − 1)`.
 * Ties are exact decimal equality. One value alone, or all tied: the midpoint, with `zero_range`.
 */
export const rank: CohortMethod<Spec> = {
  kind: 'cohort',
  readsDirection: true,
  id: 'rank',
  params: z.strictObject({ method: z.literal('rank'), scope: scopeSchema }),
  check: () => [],
  apply: (_spec, values, ctx) => {
    const cohort = present(values);
    const n = cohort.length;
    if (n === 0) return { scores: values.map(() => null), warnings: [], errors: [] };
    const sorted = [...cohort].sort((a, b) =>
      ctx.direction === 'higher' ? b.value.comparedTo(a.value) : a.value.comparedTo(b.value),
    );
    if (sorted[0]?.value.equals((sorted[n - 1] as (typeof sorted)[number]).value)) {
      // All tied: every rank is the average of 1 … n.
      const shared = new Dec(n + 1).div(2);
      return {
        ...midpointForAll(values, ctx, zeroRange(n, ctx)),
        statistics: { fractionalRanks: values.map((x) => (x === null ? null : shared)) },
      };
    }
    const ranks = new Map<number, Dec>();
    for (let i = 0; i < n; ) {
      let j = i;
      while (j + 1 < n && sorted[j + 1]?.value.equals((sorted[i] as (typeof sorted)[number]).value))
        j++;
      const average = new Dec(i + 1 + j + 1).div(2);
      for (let k = i; k <= j; k++) ranks.set((sorted[k] as (typeof sorted)[number]).index, average);
      i = j + 1;
    }
    return {
      scores: values.map((x, index) => {
        const r = ranks.get(index);
        return x === null || r === undefined ? null : onScale(new Dec(n).minus(r).div(n - 1), ctx);
      }),
      warnings: [],
      errors: [],
      statistics: {
        fractionalRanks: values.map((x, index) => (x === null ? null : (ranks.get(index) ?? null))),
      },
    };
  },
};
