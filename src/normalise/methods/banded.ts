import * as z from 'zod/mini';
import { readNumber } from '../../numeric/readNumber.js';
import type { AbsoluteMethod } from '../method.js';
import { decimalSchema, fail, num, ok, onScale } from './_shared.js';

type Spec = { readonly method: 'banded'; readonly step?: number | string | undefined };

/**
 * A percentage judged in fixed steps (GB/Z 19579-2012: 0, 5, 10, …, 100 %), mapped onto the scale.
 * A value off the steps is an error, so a typo cannot pass as a judgement.
 */
export const banded: AbsoluteMethod<Spec> = {
  kind: 'absolute',
  readsDirection: false,
  id: 'banded',
  params: z.strictObject({ method: z.literal('banded'), step: z.optional(decimalSchema) }),
  check: (spec) =>
    spec.step !== undefined && num(spec.step).lessThanOrEqualTo(0)
      ? [{ code: 'nonpositive', path: ['step'], params: { what: 'step', whatZh: '步长' } }]
      : [],
  compile: (spec, ctx) => {
    const step = num(spec.step ?? 5);
    return (raw) => {
      const read = readNumber(raw);
      if (!read.ok) return read;
      const x = read.value;
      if (x.isNegative() || x.greaterThan(100) || !x.mod(step).isZero()) {
        return fail({
          code: 'not_a_band_step',
          path: [],
          params: { value: x.toFixed(), step: step.toFixed() },
        });
      }
      return ok(onScale(x.div(100), ctx));
    };
  },
};
