import * as z from 'zod/mini';
import { provenanceSchema } from '../model/provenanceSchema.js';
import { decimalSchema } from '../normalise/methods/_shared.js';
import { labelSchema } from '../primitives/labelSchema.js';
import type { Condition, MonitoringRuleInput, RuleInput } from './types.js';

const comparison = z.enum(['==', '!=', '<', '<=', '>', '>=']);
const name = z.string().check(z.minLength(1), z.maxLength(64));
const years = z.number().check(z.int(), z.gte(1), z.lte(50));

/** A condition, validated recursively; the option that matches deepest is reported on failure. */
export const conditionSchema: z.ZodMiniType<Condition> = z.union([
  z.strictObject({
    fact: name,
    op: comparison,
    value: z.union([z.number(), z.string(), z.boolean()]),
  }),
  z.strictObject({
    fact: name,
    in: z.array(z.union([z.string(), z.number()])).check(z.minLength(1)),
  }),
  z.strictObject({ fact: name, includesAny: z.array(z.string()).check(z.minLength(1)) }),
  z.strictObject({ fact: name, includesAll: z.array(z.string()).check(z.minLength(1)) }),
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
      count: z.number().check(z.int(), z.gte(1), z.lte(50)),
    }),
  }),
  z.strictObject({
    event: z.union([name, z.array(name).check(z.minLength(1))]),
    severity: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
    withinYears: years,
    atLeast: z.optional(z.number().check(z.int(), z.gte(1))),
  }),
  z.strictObject({
    get all(): z.ZodMiniArray<z.ZodMiniType<Condition>> {
      return z.array(conditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any(): z.ZodMiniArray<z.ZodMiniType<Condition>> {
      return z.array(conditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get not(): z.ZodMiniType<Condition> {
      return conditionSchema;
    },
  }),
]);

const ruleShape = {
  id: z.string().check(z.regex(/^[\p{L}_][\p{L}\p{N}_.-]{0,63}$/u)),
  label: labelSchema,
  description: z.optional(labelSchema),
  sectors: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  when: conditionSchema,
  exempt: z.optional(conditionSchema),
  provenance: z.optional(provenanceSchema),
};

/** A gate or a veto. */
export const ruleSchema: z.ZodMiniType<RuleInput> = z.strictObject(ruleShape);

/** A monitoring rule: a rule that, when it holds after the award, revokes or asks for rectification. */
export const monitoringRuleSchema: z.ZodMiniType<MonitoringRuleInput> = z.strictObject({
  ...ruleShape,
  action: z.enum(['revoke', 'suspend', 'rectify']),
  deadlineDays: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3650))),
});
