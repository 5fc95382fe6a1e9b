import * as z from 'zod/mini';
import { readNumber } from '../../numeric/readNumber.js';
import type { AbsoluteMethod } from '../method.js';
import { checkGoalposts, clampUnit, decimalSchema, num, ok, onScale } from './_shared.js';

type Spec = {
  readonly method: 'linear';
  readonly lower: number | string;
  readonly upper: number | string;
};

/**
 * Linear between goalposts, clamped: `t = (x − lower) / (upper − lower)` for a higher-is-better
 * leaf, `t = (upper − x) / (upper − lower)` for a lower-is-better one (OECD/JRC Handbook 2008,
 * "distance to a reference"; COINr `n_goalposts`). Inverse linear is this method on a `lower` leaf.
 */
export const linear: AbsoluteMethod<Spec> = {
  kind: 'absolute',
  readsDirection: true,
  id: 'linear',
  params: z.strictObject({
    method: z.literal('linear'),
    lower: decimalSchema,
    upper: decimalSchema,
  }),
  check: (spec) => checkGoalposts(num(spec.lower), num(spec.upper)),
  compile: (spec, ctx) => {
    const lower = num(spec.lower);
    const upper = num(spec.upper);
    const range = upper.minus(lower);
    return (raw) => {
      const read = readNumber(raw);
      if (!read.ok) return read;
      const x = read.value;
      const t = ctx.direction === 'higher' ? x.minus(lower).div(range) : upper.minus(x).div(range);
      return ok(onScale(clampUnit(t), ctx));
    };
  },
};
