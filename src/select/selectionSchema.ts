import * as z from 'zod';
import { labelSchema } from '../model/labelSchema.js';
import { provenanceSchema } from '../model/provenanceSchema.js';
import { decimalSchema } from '../normalise/methods/_shared.js';
import type { SelectionInput } from './types.js';

/** Threshold, floors, quotas, tie-break chain and bands, as data. */
export const selectionSchema: z.ZodType<SelectionInput> = z.strictObject({
  threshold: decimalSchema.optional(),
  floors: z.record(z.string().min(1), decimalSchema).optional(),
  quotas: z.record(z.string().min(1), z.number().int().min(0)).optional(),
  tieBreak: z
    .array(
      z.union([
        z.strictObject({ by: z.literal('node'), node: z.string().min(1) }),
        z.strictObject({
          by: z.literal('fact'),
          fact: z.string().min(1),
          order: z.array(z.string()).min(1).optional(),
          direction: z.enum(['higher', 'lower']).optional(),
        }),
        z.strictObject({ by: z.literal('expertMean') }),
      ]),
    )
    .optional(),
  bands: z
    .array(z.strictObject({ id: z.string().min(1), label: labelSchema, min: decimalSchema }))
    .optional(),
  provenance: provenanceSchema.optional(),
});
