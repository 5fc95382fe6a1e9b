import * as z from 'zod';
import type { Provenance } from './types.js';

/** Where a number came from: `published` (with a source), `inferred` or `proposed`. */
export const provenanceSchema: z.ZodType<Provenance> = z.strictObject({
  status: z.enum(['published', 'inferred', 'proposed']),
  source: z.string().optional(),
  note: z.string().optional(),
});
