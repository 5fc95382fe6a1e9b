import * as z from 'zod/mini';
import type { Dec } from '../../numeric/decimal.js';
import { showValue } from '../../numeric/showValue.js';
import { labelSchema } from '../../primitives/labelSchema.js';
import type { AbsoluteMethod, Finding } from '../method.js';
import { checkOnScale, decimalSchema, fail, num, ok } from './_shared.js';

type Spec = {
  readonly method: 'categorical';
  readonly categories: ReadonlyArray<{
    readonly value: string;
    readonly score: number | string;
    readonly label?: { readonly zh: string; readonly en: string } | undefined;
  }>;
};

/**
 * A lookup table from a grade or category to a score (执行标准水平, 信用等级 A/B/C/D). A value
 * that is not in the table is an error, never a silent 0. Numbers are looked up by their text.
 */
export const categorical: AbsoluteMethod<Spec> = {
  kind: 'absolute',
  readsDirection: false,
  id: 'categorical',
  params: z.strictObject({
    method: z.literal('categorical'),
    categories: z
      .array(
        z.strictObject({
          value: z.string().check(z.minLength(1)),
          score: decimalSchema,
          label: z.optional(labelSchema),
        }),
      )
      .check(z.minLength(1)),
  }),
  check: (spec, ctx) => {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    spec.categories.forEach((category, i) => {
      if (seen.has(category.value)) {
        findings.push({
          code: 'duplicate_id',
          path: ['categories', i, 'value'],
          params: { id: category.value },
        });
      }
      seen.add(category.value);
      findings.push(...checkOnScale(num(category.score), ['categories', i, 'score'], ctx));
    });
    return findings;
  },
  compile: (spec, ctx) => {
    const table = new Map<string, Dec>(spec.categories.map((c) => [c.value, num(c.score)]));
    const allowed = spec.categories.map((c) => c.value).join(', ');
    return (raw) => {
      if (typeof raw === 'number' && !Number.isFinite(raw))
        return fail({ code: 'not_finite', path: [] });
      const key =
        typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : undefined;
      const score = key === undefined ? undefined : table.get(key);
      if (score) return ok(score);
      return fail({
        code: 'unknown_category',
        path: [],
        params: { value: key ?? showValue(raw), leaf: ctx.leafId, allowed },
      });
    };
  },
};
