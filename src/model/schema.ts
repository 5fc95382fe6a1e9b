import * as z from 'zod/mini';
import { aggregationOperators } from '../aggregate/registry.js';
import { decimalSchema } from '../normalise/methods/_shared.js';
import { scoringMethods } from '../normalise/registry.js';
import { decimalCheck, readRational } from '../numeric/parseDecimal.js';
import { panelRuleSchema } from '../panel/panelRuleSchema.js';
import { taggedUnion } from '../primitives/_zodShapes.js';
import { labelSchema } from '../primitives/labelSchema.js';
import { isIsoDate } from '../rules/dates.js';
import { conditionSchema, monitoringRuleSchema, ruleSchema } from '../rules/ruleSchema.js';
import { selectionSchema } from '../select/selectionSchema.js';
import { treatmentSchema } from '../treat/treatmentSchema.js';
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
export const idSchema: z.ZodMiniType<string> = z.string().check(
  z.regex(/^[\p{L}_][\p{L}\p{N}_.-]{0,63}$/u, {
    message:
      'An id starts with a letter or "_" and has at most 64 letters, digits, "_", "-" or "."',
  }),
  z.refine((id) => !RESERVED_IDS.has(id), { params: { youpin: 'reserved_id' } }),
);

const weightSchema: z.ZodMiniType<number | string> = z.union([
  z.number(),
  z
    .string()
    .check(
      z.superRefine(decimalCheck(readRational, 'Expected a decimal or a fraction such as "1/3"')),
    ),
]);

// Discriminated unions (zod's, narrowed: see taggedUnion) built from the registered methods: each
// method's parameters are validated by the schema it declares itself. (The casts only restate what
// the registries hold at run time.)
const scoringSchema = taggedUnion(
  'method',
  scoringMethods.map((m) => m.params),
) as unknown as z.ZodMiniType<ScoringSpec>;

const aggregationSchema = taggedUnion(
  'method',
  aggregationOperators.map((o) => o.params),
) as unknown as z.ZodMiniType<AggregationSpec>;

const aliasesSchema = z
  .array(z.string().check(z.minLength(1), z.maxLength(200)))
  .check(z.maxLength(50));

const domainSchema = z.strictObject({
  min: z.optional(decimalSchema),
  max: z.optional(decimalSchema),
  integer: z.optional(z.boolean()),
});

const leafSchema: z.ZodMiniType<LeafInput> = z.strictObject({
  id: idSchema,
  label: labelSchema,
  description: z.optional(labelSchema),
  unit: z.optional(z.union([labelSchema, z.string()])),
  domain: z.optional(domainSchema),
  direction: z.optional(z.enum(['higher', 'lower'])),
  source: z.optional(z.enum(['system', 'expert', 'third_party', 'self_declared'])),
  missing: z.optional(z.enum(['zero', 'renormalise', 'invalid'])),
  scoring: scoringSchema,
  evidence: z.optional(
    z.strictObject({ required: z.boolean(), description: z.optional(labelSchema) }),
  ),
  panel: z.optional(panelRuleSchema),
  verification: z.optional(
    z.strictObject({
      onFail: z.enum(['zero', 'veto']),
      veto: z.optional(z.string().check(z.minLength(1))),
    }),
  ),
  provenance: z.optional(provenanceSchema),
  fact: z.optional(idSchema),
  aliases: z.optional(aliasesSchema),
  treatment: z.optional(treatmentSchema),
});

const branchSchema: z.ZodMiniType<BranchInput> = z.strictObject({
  id: idSchema,
  label: labelSchema,
  description: z.optional(labelSchema),
  get children(): z.ZodMiniArray<z.ZodMiniType<NodeInput>> {
    return z.array(nodeSchema).check(z.minLength(1));
  },
  operator: z.optional(aggregationSchema),
  treatment: z.optional(treatmentSchema),
  provenance: z.optional(provenanceSchema),
});

const nodeSchema: z.ZodMiniType<NodeInput> = z.union([branchSchema, leafSchema]);

const profileSchema: z.ZodMiniType<ProfileInput> = z.strictObject({
  weights: z.optional(z.record(idSchema, weightSchema)),
  points: z.optional(z.record(idSchema, weightSchema)),
  exclude: z.optional(z.array(idSchema)),
  provenance: z.optional(provenanceSchema),
});

const sectorSchema: z.ZodMiniType<SectorInput> = z.strictObject({
  id: idSchema,
  label: labelSchema,
  profile: z.optional(profileSchema),
});

const factSchema: z.ZodMiniType<FactInput> = z.strictObject({
  id: idSchema,
  label: labelSchema,
  description: z.optional(labelSchema),
  type: z.enum(['boolean', 'number', 'category', 'list', 'date', 'text']),
  unit: z.optional(z.union([labelSchema, z.string()])),
  domain: z.optional(domainSchema),
  values: z.optional(
    z
      .array(
        z.strictObject({
          value: z.string().check(z.minLength(1), z.maxLength(200)),
          label: z.optional(labelSchema),
        }),
      )
      .check(z.minLength(1)),
  ),
  aliases: z.optional(aliasesSchema),
  provenance: z.optional(provenanceSchema),
});

const seriesSchema: z.ZodMiniType<SeriesInput> = z.strictObject({
  id: idSchema,
  label: labelSchema,
  description: z.optional(labelSchema),
  unit: z.optional(z.union([labelSchema, z.string()])),
  aliases: z.optional(aliasesSchema),
  provenance: z.optional(provenanceSchema),
});

/** The whole model. Cross-field rules (unique ids, weight sums, goalposts) are checked in compileModel. */
export const modelSchema: z.ZodMiniType<ModelInput> = z.strictObject({
  $schema: z.optional(z.string()),
  id: idSchema,
  version: z.string().check(z.minLength(1)),
  name: labelSchema,
  description: z.optional(labelSchema),
  provenance: z.optional(provenanceSchema),
  scale: z.optional(z.strictObject({ min: decimalSchema, max: decimalSchema })),
  rounding: z.optional(
    z.strictObject({
      decimals: z.optional(z.number().check(z.int(), z.gte(0), z.lte(10))),
      mode: z.optional(z.enum(['half-up', 'half-even', 'down', 'up'])),
    }),
  ),
  tree: branchSchema,
  sectors: z.array(sectorSchema).check(z.minLength(1)),
  profile: z.optional(profileSchema),
  facts: z.optional(z.array(factSchema)),
  series: z.optional(z.array(seriesSchema)),
  evaluationDate: z.optional(
    z.string().check(z.refine(isIsoDate, { message: 'Expected a date written YYYY-MM-DD' })),
  ),
  gates: z.optional(z.array(ruleSchema)),
  vetoes: z.optional(z.array(ruleSchema)),
  panel: z.optional(panelRuleSchema),
  adjustments: z.optional(
    z.strictObject({
      items: z.array(
        z.strictObject({
          id: idSchema,
          label: labelSchema,
          when: conditionSchema,
          points: decimalSchema,
          provenance: z.optional(provenanceSchema),
        }),
      ),
      maxBonus: z.optional(decimalSchema),
      maxPenalty: z.optional(decimalSchema),
    }),
  ),
  selection: z.optional(selectionSchema),
  fusion: z.optional(
    z.strictObject({
      weights: z.partialRecord(
        z.enum(['system', 'expert', 'third_party', 'self_declared']),
        weightSchema,
      ),
      provenance: z.optional(provenanceSchema),
    }),
  ),
  validity: z.optional(
    z.strictObject({
      years: z.number().check(z.int(), z.gte(1), z.lte(100)),
      reapplicationBanYears: z.optional(z.number().check(z.int(), z.gte(0), z.lte(100))),
      provenance: z.optional(provenanceSchema),
    }),
  ),
  monitoring: z.optional(
    z.strictObject({
      rules: z.array(monitoringRuleSchema),
      rectifiedEvent: z.optional(z.string().check(z.minLength(1))),
      provenance: z.optional(provenanceSchema),
    }),
  ),
});
