import { z } from 'zod';
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
  params: z
    .strictObject({
      method: z.literal('distanceToBest'),
      lowerForm: z.enum(['inverse', 'complement']).optional(),
      scope: scopeSchema,
    })
    .meta({ deprecated: true, description: 'Deprecated: use "max"' }),
  check: (spec, ctx) => max.check({ ...spec, method: 'max' }, ctx),
  apply: (spec, values, ctx) => max.apply({ ...spec, method: 'max' }, values, ctx),
};
