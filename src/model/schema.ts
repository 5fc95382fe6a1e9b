import * as z from 'zod';
import { aggregationOperators } from '../aggregate/registry.js';
import { decimalSchema } from '../normalise/methods/_shared.js';
import { scoringMethods } from '../normalise/registry.js';
import { decimalCheck, readRational } from '../numeric/parseDecimal.js';
import { panelRuleSchema } from '../panel/panelRuleSchema.js';
import { isIsoDate } from '../rules/dates.js';
import { conditionSchema, ruleSchema } from '../rules/ruleSchema.js';
import { selectionSchema } from '../select/selectionSchema.js';
import { labelSchema } from './labelSchema.js';
import { provenanceSchema } from './provenanceSchema.js';
import type {
  AggregationSpec,
  BranchInput,
  FactInput,
  LeafInput,
  ModelInput,
  NodeInput,
  ProfileInput,
  ScoringSpec,
  SectorInput,
  SeriesInput,
} from './types.js';

/** Names that would reach `Object.prototype` if used as keys; refused as ids everywhere. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Ids start with a letter or `_`, then letters, digits, `_`, `-` or `.` (Chinese letters allowed). */
export const idSchema: z.ZodType<string> = z
  .string()
  .regex(/^[\p{L}_][\p{L}\p{N}_.-]{0,63}$/u, {
    message:
      'An id starts with a letter or "_" and has at most 64 letters, digits, "_", "-" or "."',
  })
  .refine((id) => !RESERVED_IDS.has(id), { params: { youpin: 'reserved_id' } });

const weightSchema: z.ZodType<number | string> = z.union([
  z.number(),
  z
    .string()
    .superRefine(decimalCheck(readRational, 'Expected a decimal or a fraction such as "1/3"')),
]);

// Discriminated unions built from the registered methods: each method's parameters are validated
// by the schema it declares itself. (The casts only restate what the registries hold at run time.)
const scoringSchema = z.discriminatedUnion(
  'method',
  scoringMethods.map((m) => m.params) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<ScoringSpec>;

const aggregationSchema = z.discriminatedUnion(
  'method',
  aggregationOperators.map((o) => o.params) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<AggregationSpec>;

const aliasesSchema = z.array(z.string().min(1).max(200)).max(50);

const leafSchema: z.ZodType<LeafInput> = z.strictObject({
  id: idSchema,
  label: labelSchema,
  description: labelSchema.optional(),
  unit: z.union([labelSchema, z.string()]).optional(),
  direction: z.enum(['higher', 'lower']).optional(),
  source: z.enum(['system', 'expert', 'third_party', 'self_declared']).optional(),
  missing: z.enum(['zero', 'renormalise', 'invalid']).optional(),
  scoring: scoringSchema,
  evidence: z
    .strictObject({ required: z.boolean(), description: labelSchema.optional() })
    .optional(),
  panel: panelRuleSchema.optional(),
  verification: z
    .strictObject({ onFail: z.enum(['zero', 'veto']), veto: z.string().min(1).optional() })
    .optional(),
  provenance: provenanceSchema.optional(),
  fact: idSchema.optional(),
  aliases: aliasesSchema.optional(),
});

const branchSchema: z.ZodType<BranchInput> = z.strictObject({
  id: idSchema,
  label: labelSchema,
  description: labelSchema.optional(),
  get children(): z.ZodArray<z.ZodType<NodeInput>> {
    return z.array(nodeSchema).min(1);
  },
  operator: aggregationSchema.optional(),
  provenance: provenanceSchema.optional(),
});

const nodeSchema: z.ZodType<NodeInput> = z.union([branchSchema, leafSchema]);

const profileSchema: z.ZodType<ProfileInput> = z.strictObject({
  weights: z.record(idSchema, weightSchema).optional(),
  points: z.record(idSchema, weightSchema).optional(),
  exclude: z.array(idSchema).optional(),
  provenance: provenanceSchema.optional(),
});

const sectorSchema: z.ZodType<SectorInput> = z.strictObject({
  id: idSchema,
  label: labelSchema,
  profile: profileSchema.optional(),
});

const factSchema: z.ZodType<FactInput> = z.strictObject({
  id: idSchema,
  label: labelSchema,
  description: labelSchema.optional(),
  type: z.enum(['boolean', 'number', 'category', 'list', 'date', 'text']),
  unit: z.union([labelSchema, z.string()]).optional(),
  values: z
    .array(z.strictObject({ value: z.string().min(1).max(200), label: labelSchema.optional() }))
    .min(1)
    .optional(),
  aliases: aliasesSchema.optional(),
  provenance: provenanceSchema.optional(),
});

const seriesSchema: z.ZodType<SeriesInput> = z.strictObject({
  id: idSchema,
  label: labelSchema,
  description: labelSchema.optional(),
  unit: z.union([labelSchema, z.string()]).optional(),
  aliases: aliasesSchema.optional(),
  provenance: provenanceSchema.optional(),
});

/** The whole model. Cross-field rules (unique ids, weight sums, goalposts) are checked in compileModel. */
export const modelSchema: z.ZodType<ModelInput> = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  version: z.string().min(1),
  name: labelSchema,
  description: labelSchema.optional(),
  provenance: provenanceSchema.optional(),
  scale: z.strictObject({ min: decimalSchema, max: decimalSchema }).optional(),
  rounding: z
    .strictObject({
      decimals: z.number().int().min(0).max(10).optional(),
      mode: z.enum(['half-up', 'half-even', 'down', 'up']).optional(),
    })
    .optional(),
  tree: branchSchema,
  sectors: z.array(sectorSchema).min(1),
  profile: profileSchema.optional(),
  facts: z.array(factSchema).optional(),
  series: z.array(seriesSchema).optional(),
  evaluationDate: z
    .string()
    .refine(isIsoDate, { message: 'Expected a date written YYYY-MM-DD' })
    .optional(),
  gates: z.array(ruleSchema).optional(),
  vetoes: z.array(ruleSchema).optional(),
  panel: panelRuleSchema.optional(),
  adjustments: z
    .strictObject({
      items: z.array(
        z.strictObject({
          id: idSchema,
          label: labelSchema,
          when: conditionSchema,
          points: decimalSchema,
          provenance: provenanceSchema.optional(),
        }),
      ),
      maxBonus: decimalSchema.optional(),
      maxPenalty: decimalSchema.optional(),
    })
    .optional(),
  selection: selectionSchema.optional(),
  fusion: z
    .strictObject({
      weights: z.partialRecord(
        z.enum(['system', 'expert', 'third_party', 'self_declared']),
        weightSchema,
      ),
      provenance: provenanceSchema.optional(),
    })
    .optional(),
  validity: z
    .strictObject({
      years: z.number().int().min(1).max(100),
      reapplicationBanYears: z.number().int().min(0).max(100).optional(),
      provenance: provenanceSchema.optional(),
    })
    .optional(),
});
