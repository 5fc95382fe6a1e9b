import * as z from 'zod/mini';
import { Dec } from '../../numeric/decimal.js';
import { ln } from '../../numeric/ln.js';
import { readNumber } from '../../numeric/readNumber.js';
import type { AbsoluteMethod, Finding } from '../method.js';
import { checkGoalposts, clampUnit, decimalSchema, fail, num, ok, onScale } from './_shared.js';

type Spec = {
  readonly method: 'log';
  readonly lower: number | string;
  readonly upper: number | string;
};

/**
 * Log-linear between goalposts, clamped: `t = (ln x − ln lower) / (ln upper − ln lower)` (for size
 * variables with long tails: revenue, patents). Goalposts must be > 0. A value at or below `lower`
 * takes the bottom of the range without a logarithm being taken, so 0 patents score 0 (domain §6.5);
 * a negative value is an error.
 */
export const log: AbsoluteMethod<Spec> = {
  kind: 'absolute',
  readsDirection: true,
  id: 'log',
  params: z.strictObject({ method: z.literal('log'), lower: decimalSchema, upper: decimalSchema }),
  check: (spec) => {
    const lower = num(spec.lower);
    const upper = num(spec.upper);
    const findings: Finding[] = [];
    if (lower.lessThanOrEqualTo(0))
      findings.push({ code: 'log_nonpositive_goalpost', path: ['lower'] });
    if (upper.lessThanOrEqualTo(0))
      findings.push({ code: 'log_nonpositive_goalpost', path: ['upper'] });
    return [...findings, ...checkGoalposts(lower, upper)];
  },
  compile: (spec, ctx) => {
    const lower = num(spec.lower);
    const upper = num(spec.upper);
    const lnLower = ln(lower);
    const lnUpper = ln(upper);
    const range = lnUpper.minus(lnLower);
    return (raw) => {
      const read = readNumber(raw);
      if (!read.ok) return read;
      const x = read.value;
      if (x.isNegative() && !x.isZero()) {
        return fail({ code: 'log_negative', path: [], params: { value: x.toFixed() } });
      }
      // At or beyond a goalpost the clamp decides; no logarithm is needed.
      const up = x.lessThanOrEqualTo(lower)
        ? new Dec(0)
        : x.greaterThanOrEqualTo(upper)
          ? new Dec(1)
          : clampUnit(ln(x).minus(lnLower).div(range));
      return ok(onScale(ctx.direction === 'higher' ? up : new Dec(1).minus(up), ctx));
    };
  },
};
