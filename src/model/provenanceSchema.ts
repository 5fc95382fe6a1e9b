import * as z from 'zod/mini';
import type { Provenance } from './types.js';

/** Where a number came from: `published` (with a source), `inferred` or `proposed`. */
export const provenanceSchema: z.ZodMiniType<Provenance> = z.strictObject({
  status: z.enum(['published', 'inferred', 'proposed']),
  source: z.optional(z.string()),
  note: z.optional(z.string()),
});
