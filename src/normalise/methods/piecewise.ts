import * as z from 'zod/mini';
import { readNumber } from '../../numeric/readNumber.js';
import { pairSchema } from '../../primitives/_zodShapes.js';
import type { AbsoluteMethod, Finding } from '../method.js';
import { checkOnScale, decimalSchema, num, ok } from './_shared.js';

type Spec = {
  readonly method: 'piecewise';
  readonly points: ReadonlyArray<readonly [number | string, number | string]>;
};

/**
 * Piecewise-linear through anchor points `[x, score]` with strictly increasing x; flat beyond the
 * first and last anchor (e.g. 天津品牌指数 DB12/T 695: 60 points at the average). The scores are
 * stated on the model's scale, so the anchors themselves say which direction is better.
 */
export const piecewise: AbsoluteMethod<Spec> = {
  kind: 'absolute',
  readsDirection: false,
  id: 'piecewise',
  params: z.strictObject({
    method: z.literal('piecewise'),
    points: z.array(pairSchema(decimalSchema)).check(z.minLength(2)),
  }),
  check: (spec, ctx) => {
    const findings: Finding[] = [];
    spec.points.forEach(([x, s], i) => {
      findings.push(...checkOnScale(num(s), ['points', i, 1], ctx));
      const previous = spec.points[i - 1];
      if (previous && !num(previous[0]).lessThan(num(x))) {
        findings.push({ code: 'piecewise_order', path: ['points', i, 0] });
      }
    });
    return findings;
  },
  compile: (spec) => {
    const anchors = spec.points.map(([x, s]) => [num(x), num(s)] as const);
    const first = anchors[0] as (typeof anchors)[number];
    const last = anchors[anchors.length - 1] as (typeof anchors)[number];
    return (raw) => {
      const read = readNumber(raw);
      if (!read.ok) return read;
      const x = read.value;
      if (x.lessThanOrEqualTo(first[0])) return ok(first[1]);
      if (x.greaterThanOrEqualTo(last[0])) return ok(last[1]);
      const right = anchors.findIndex(([ax]) => ax.greaterThanOrEqualTo(x));
      const [x1, s1] = anchors[right] as (typeof anchors)[number];
      const [x0, s0] = anchors[right - 1] as (typeof anchors)[number];
      return ok(s0.plus(s1.minus(s0).times(x.minus(x0)).div(x1.minus(x0))));
    };
  },
};
