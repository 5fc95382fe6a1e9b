import * as z from 'zod/mini';
import { Dec } from '../../numeric/decimal.js';
import { readNumber } from '../../numeric/readNumber.js';
import type { AbsoluteMethod, Finding } from '../method.js';
import { decimalSchema, num, ok, onScale } from './_shared.js';

type Spec = {
  readonly method: 'steps';
  readonly from: number | string;
  readonly step: number | string;
  readonly increment: number | string;
  readonly start?: number | string | undefined;
  readonly cap: number | string;
};

/**
 * Incremental steps with a cap, as in 青岛名牌's rule "销售收入 1000 万元得 1 分，每增加 1000 万元
 * 加 1 分，最高 30 分": below `from`, 0 points; from `from`, `start` points (default `increment`)
 * plus `increment` per further full `step`; capped at `cap`, which maps to the top of the scale.
 */
export const steps: AbsoluteMethod<Spec> = {
  kind: 'absolute',
  readsDirection: false,
  id: 'steps',
  params: z.strictObject({
    method: z.literal('steps'),
    from: decimalSchema,
    step: decimalSchema,
    increment: decimalSchema,
    start: z.optional(decimalSchema),
    cap: decimalSchema,
  }),
  check: (spec) => {
    const findings: Finding[] = [];
    for (const [key, zh] of [
      ['step', '步长'],
      ['increment', '每步分值'],
      ['cap', '上限'],
    ] as const) {
      if (num(spec[key]).lessThanOrEqualTo(0))
        findings.push({ code: 'nonpositive', path: [key], params: { what: key, whatZh: zh } });
    }
    return findings;
  },
  compile: (spec, ctx) => {
    const from = num(spec.from);
    const step = num(spec.step);
    const increment = num(spec.increment);
    const start = spec.start === undefined ? increment : num(spec.start);
    const cap = num(spec.cap);
    return (raw) => {
      const read = readNumber(raw);
      if (!read.ok) return read;
      const x = read.value;
      const earned = x.lessThan(from)
        ? new Dec(0)
        : start.plus(x.minus(from).div(step).floor().times(increment));
      return ok(onScale(Dec.max(0, Dec.min(earned, cap)).div(cap), ctx));
    };
  },
};
