import * as z from 'zod/mini';
import { provenanceSchema } from '../model/provenanceSchema.js';
import { decimalSchema } from '../normalise/methods/_shared.js';
import { labelSchema } from '../primitives/labelSchema.js';
import type { Benchmark } from './types.js';

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
/**
 * A benchmark as data: id, version, a bilingual name, provenance, and at least one line
 * `{ node, min, provenance }` whose `min` is a finite number or a decimal string. Every line
 * carries its provenance, since a benchmark borrowed from another programme is usually a proposal.
 */
export const benchmarkSchema: z.ZodMiniType<Benchmark> = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    version: z.string().check(z.minLength(1)),
    name: labelSchema,
    provenance: provenanceSchema,
    lines: z
      .array(
        z.strictObject({
          node: z.string().check(z.minLength(1)),
          min: decimalSchema,
          provenance: provenanceSchema,
        }),
      )
      .check(z.minLength(1)),
  }))();
