import * as z from 'zod/mini';
import { decimalSchema } from '../normalise/methods/_shared.js';
import { taggedUnion } from '../primitives/_zodShapes.js';
import type { TreatmentInput } from './types.js';

/** Most values winsorisation may move: each step recomputes the cohort's moments. */
export const MAX_WINSORISED_POINTS = 100;

/** The `treatment` of a leaf or a branch (see {@link TreatmentInput}). */
export const treatmentSchema: z.ZodMiniType<TreatmentInput> = z.strictObject({
  impute: z.optional(z.strictObject({ method: z.enum(['mean', 'median', 'none']) })),
  outliers: z.optional(
    taggedUnion('method', [
      z.strictObject({
        method: z.literal('winsorise'),
        maxPoints: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_WINSORISED_POINTS))),
        skewness: z.optional(decimalSchema),
        kurtosis: z.optional(decimalSchema),
        otherwise: z.optional(z.enum(['shiftedLog', 'none'])),
      }),
      z.strictObject({ method: z.literal('log') }),
      z.strictObject({ method: z.literal('boxcox'), lambda: decimalSchema }),
      z.strictObject({ method: z.literal('none') }),
    ]) as z.ZodMiniType<NonNullable<TreatmentInput['outliers']>>,
  ),
});
