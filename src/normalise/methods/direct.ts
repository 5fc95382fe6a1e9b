import * as z from 'zod/mini';
import { readNumber } from '../../numeric/readNumber.js';
import type { AbsoluteMethod } from '../method.js';
import { checkOnScale, fail, ok } from './_shared.js';

type Spec = { readonly method: 'direct' };

/** The value is already a score on the model's scale (an expert's 0–100); outside it is an error. */
export const direct: AbsoluteMethod<Spec> = {
  kind: 'absolute',
  readsDirection: false,
  id: 'direct',
  params: z.strictObject({ method: z.literal('direct') }),
  check: () => [],
  compile: (_spec, ctx) => (raw) => {
    const read = readNumber(raw);
    if (!read.ok) return read;
    const [finding] = checkOnScale(read.value, [], ctx);
    return finding ? fail(finding) : ok(read.value);
  },
};
