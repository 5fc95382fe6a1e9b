import * as z from 'zod/mini';
import { provenanceSchema } from '../model/provenanceSchema.js';
import { decimalSchema } from '../normalise/methods/_shared.js';
import { labelSchema } from '../primitives/labelSchema.js';
import type { SelectionInput } from './types.js';

/** Threshold, floors, quotas, tie-break chain and bands, as data. */
export const selectionSchema: z.ZodMiniType<SelectionInput> = z.strictObject({
  threshold: z.optional(decimalSchema),
  floors: z.optional(z.record(z.string().check(z.minLength(1)), decimalSchema)),
  quotas: z.optional(
    z.record(z.string().check(z.minLength(1)), z.number().check(z.int(), z.gte(0))),
  ),
  tieBreak: z.optional(
    z.array(
      z.union([
        z.strictObject({ by: z.literal('node'), node: z.string().check(z.minLength(1)) }),
        z.strictObject({
          by: z.literal('fact'),
          fact: z.string().check(z.minLength(1)),
          order: z.optional(z.array(z.string()).check(z.minLength(1))),
          direction: z.optional(z.enum(['higher', 'lower'])),
        }),
        z.strictObject({ by: z.literal('expertMean') }),
      ]),
    ),
  ),
  bands: z.optional(
    z.array(
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        label: labelSchema,
        min: decimalSchema,
      }),
    ),
  ),
  provenance: z.optional(provenanceSchema),
});
