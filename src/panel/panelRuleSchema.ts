import * as z from 'zod/mini';
import { decimalSchema } from '../normalise/methods/_shared.js';
import { parseDecimal } from '../numeric/parseDecimal.js';
import type { PanelRule } from './types.js';

const count = z.number().check(z.int(), z.gte(0));

/**
 * Validates a {@link PanelRule}: a strict object; `trim`, `trimFrom` and `minSize` whole numbers
 * ≥ 0; `maxSpread` a number or decimal string ≥ 0; `experts` a non-empty list of ids. Cross-checks: `trim` and `trimFrom` belong to
 * method 'trimmed' only, and `trimFrom` ≥ 2·trim + 1 (so at least one score is left after
 * trimming).
 */
export const panelRuleSchema: z.ZodMiniType<PanelRule> = z
  .strictObject({
    method: z.enum(['mean', 'median', 'trimmed']),
    trim: z.optional(count),
    trimFrom: z.optional(count),
    minSize: z.optional(count),
    maxSpread: z.optional(
      decimalSchema.check(
        z.refine((v) => !parseDecimal(v)?.lessThan(0), { message: 'maxSpread must be ≥ 0' }),
      ),
    ),
    experts: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  })
  .check(
    z.superRefine((rule, ctx) => {
      if (rule.method !== 'trimmed') {
        for (const key of ['trim', 'trimFrom'] as const) {
          if (rule[key] !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: `${key} applies only to method "trimmed", not "${rule.method}"`,
            });
          }
        }
        return;
      }
      const trim = rule.trim ?? 1;
      if (rule.trimFrom !== undefined && rule.trimFrom < 2 * trim + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['trimFrom'],
          message: `trimFrom (${rule.trimFrom}) must be at least 2·trim + 1 = ${2 * trim + 1}, so that a score is left after dropping ${trim} at each end`,
        });
      }
    }),
  );
