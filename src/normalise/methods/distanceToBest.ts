import * as z from 'zod/mini';
import type { CohortMethod } from '../method.js';
import { scopeSchema } from './_shared.js';
import { max } from './max.js';

type Spec = {
  readonly method: 'distanceToBest';
  readonly lowerForm?: 'inverse' | 'complement' | undefined;
  readonly scope?: 'sector' | 'all' | undefined;
};

/**
 * The deprecated name of {@link max} (max or linear normalisation): read in specs and models, and
 * scored exactly as `max`; results name the method `max`.
 */
export const distanceToBest: CohortMethod<Spec> = {
  kind: 'cohort',
  readsDirection: true,
  id: 'distanceToBest',
  aliasOf: 'max',
  // Marked deprecated in the JSON Schema by modelJsonSchema (zod's metadata registry stays out of
  // a bundle of defineModel + score).
  params: z.strictObject({
    method: z.literal('distanceToBest'),
    lowerForm: z.optional(z.enum(['inverse', 'complement'])),
    scope: scopeSchema,
  }),
  check: (spec, ctx) => max.check({ ...spec, method: 'max' }, ctx),
  apply: (spec, values, ctx) => max.apply({ ...spec, method: 'max' }, values, ctx),
};
