import * as z from 'zod/mini';
import type { AbsoluteMethod, Finding } from '../method.js';
import { checkOnScale, decimalSchema, fail, num, ok } from './_shared.js';

type Spec = {
  readonly method: 'boolean';
  readonly whenTrue?: number | string | undefined;
  readonly whenFalse?: number | string | undefined;
};

/** Yes or no (`true`/`false`, or 1/0): the top and the bottom of the scale unless stated. */
export const boolean: AbsoluteMethod<Spec> = {
  kind: 'absolute',
  readsDirection: false,
  id: 'boolean',
  params: z.strictObject({
    method: z.literal('boolean'),
    whenTrue: z.optional(decimalSchema),
    whenFalse: z.optional(decimalSchema),
  }),
  check: (spec, ctx) => {
    const findings: Finding[] = [];
    if (spec.whenTrue !== undefined)
      findings.push(...checkOnScale(num(spec.whenTrue), ['whenTrue'], ctx));
    if (spec.whenFalse !== undefined)
      findings.push(...checkOnScale(num(spec.whenFalse), ['whenFalse'], ctx));
    return findings;
  },
  compile: (spec, ctx) => {
    const yes = spec.whenTrue === undefined ? ctx.max : num(spec.whenTrue);
    const no = spec.whenFalse === undefined ? ctx.min : num(spec.whenFalse);
    return (raw) => {
      if (raw === true || raw === 1) return ok(yes);
      if (raw === false || raw === 0) return ok(no);
      return fail({
        code: 'wrong_value_type',
        path: [],
        params: {
          leaf: ctx.leafId,
          expected: 'true or false',
          expectedZh: '是（true）或否（false）',
        },
      });
    };
  },
};
