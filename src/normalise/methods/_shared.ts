import * as z from 'zod/mini';
import { type Dec, ONE, ZERO } from '../../numeric/decimal.js';
import { decimalCheck, parseDecimal, readDecimal } from '../../numeric/parseDecimal.js';
import type { AbsoluteOutcome, Finding, LeafContext } from '../method.js';

/** A number or a decimal string; NaN and ±Infinity are rejected by zod 4's `z.number()`. */
export const decimalSchema: z.ZodMiniType<number | string> = z.union([
  z.number(),
  z
    .string()
    .check(z.superRefine(decimalCheck(readDecimal, 'Expected a decimal number such as "12.5"'))),
]);

/** Reads a spec number that zod has already checked. */
export function num(value: number | string): Dec {
  return parseDecimal(value) as Dec;
}

const spans = new WeakMap<LeafContext, Dec>();

/** Maps a fraction of the way up (0…1) onto the leaf's scale. */
export function onScale(fraction: Dec, ctx: LeafContext): Dec {
  let span = spans.get(ctx);
  if (!span) {
    span = ctx.max.minus(ctx.min);
    spans.set(ctx, span);
  }
  const up = span.times(fraction);
  return ctx.min.isZero() ? up : ctx.min.plus(up); // 0 + y is y: skip the addition
}

/** Clamps to [0, 1] (0 for -0), without making new decimals on this hot path. */
export function clampUnit(x: Dec): Dec {
  return x.lessThanOrEqualTo(ZERO) ? ZERO : x.greaterThanOrEqualTo(ONE) ? ONE : x;
}

export function fail(finding: Finding): AbsoluteOutcome {
  return { ok: false, finding };
}

export function ok(score: Dec): AbsoluteOutcome {
  return { ok: true, score };
}

/** Goalposts must be ordered: lower < upper. */
export function checkGoalposts(lower: Dec, upper: Dec): Finding[] {
  return lower.lessThan(upper)
    ? []
    : [
        {
          code: 'goalposts_order',
          path: ['lower'],
          params: { lower: lower.toFixed(), upper: upper.toFixed() },
        },
      ];
}

/** Scores within the scale are required wherever a model states one. */
export function checkOnScale(value: Dec, path: Finding['path'], ctx: LeafContext): Finding[] {
  return value.lessThan(ctx.min) || value.greaterThan(ctx.max)
    ? [
        {
          code: 'out_of_scale',
          path,
          params: { value: value.toFixed(), min: ctx.min.toFixed(), max: ctx.max.toFixed() },
        },
      ]
    : [];
}

export const scopeSchema: z.ZodMiniType<'sector' | 'all' | undefined> = z.optional(
  z.enum(['sector', 'all']),
);
