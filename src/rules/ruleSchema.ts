import * as z from 'zod';
import { labelSchema } from '../model/labelSchema.js';
import { provenanceSchema } from '../model/provenanceSchema.js';
import { decimalSchema } from '../normalise/methods/_shared.js';
import type { Condition, RuleInput } from './types.js';

const comparison = z.enum(['==', '!=', '<', '<=', '>', '>=']);
const name = z.string().min(1).max(64);
const years = z.number().int().min(1).max(50);

/** A condition, validated recursively; the option that matches deepest is reported on failure. */
export const conditionSchema: z.ZodType<Condition> = z.union([
  z.strictObject({
    fact: name,
    op: comparison,
    value: z.union([z.number(), z.string(), z.boolean()]),
  }),
  z.strictObject({ fact: name, in: z.array(z.union([z.string(), z.number()])).min(1) }),
  z.strictObject({ fact: name, includesAny: z.array(z.string()).min(1) }),
  z.strictObject({ fact: name, includesAll: z.array(z.string()).min(1) }),
  z.strictObject({ fact: name, present: z.boolean() }),
  z.strictObject({
    series: name,
    last: years,
    aggregate: z.enum(['mean', 'min', 'max', 'sum']),
    op: comparison,
    value: decimalSchema,
  }),
  z.strictObject({
    series: name,
    last: years,
    consecutive: z.strictObject({
      op: comparison,
      value: decimalSchema,
      count: z.number().int().min(1).max(50),
    }),
  }),
  z.strictObject({
    event: z.union([name, z.array(name).min(1)]),
    severity: z.array(z.string().min(1)).min(1).optional(),
    withinYears: years,
    atLeast: z.number().int().min(1).optional(),
  }),
  z.strictObject({
    get all(): z.ZodArray<z.ZodType<Condition>> {
      return z.array(conditionSchema).min(1);
    },
  }),
  z.strictObject({
    get any(): z.ZodArray<z.ZodType<Condition>> {
      return z.array(conditionSchema).min(1);
    },
  }),
  z.strictObject({
    get not(): z.ZodType<Condition> {
      return conditionSchema;
    },
  }),
]);

/** A gate or a veto. */
export const ruleSchema: z.ZodType<RuleInput> = z.strictObject({
  id: z.string().regex(/^[\p{L}_][\p{L}\p{N}_.-]{0,63}$/u),
  label: labelSchema,
  description: labelSchema.optional(),
  sectors: z.array(z.string().min(1)).min(1).optional(),
  when: conditionSchema,
  exempt: conditionSchema.optional(),
  provenance: provenanceSchema.optional(),
});
