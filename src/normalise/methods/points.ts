import * as z from 'zod/mini';
import { Dec, ZERO } from '../../numeric/decimal.js';
import { readNumber } from '../../numeric/readNumber.js';
import { showValue } from '../../numeric/showValue.js';
import { labelSchema } from '../../primitives/labelSchema.js';
import type { AbsoluteMethod, AbsoluteOutcome, Finding } from '../method.js';
import { decimalSchema, fail, num, ok, onScale } from './_shared.js';

type Spec = {
  readonly method: 'points';
  readonly items: ReadonlyArray<{
    readonly id: string;
    readonly points: number | string;
    readonly label?: { readonly zh: string; readonly en: string } | undefined;
  }>;
  readonly cap: number | string;
};

/**
 * Points with a cap (荣誉, 认证, 标准: "国家级平台 40 分；省级 20 分；最高 100 分"). The raw value is
 * a list of item ids (repeats count), a record `{ itemId: count }`, or an already summed number of
 * points. The sum is kept within [0, cap] and mapped onto the scale: `cap` points reach the top; a
 * negative item is a deduction, and a sum below 0 takes the bottom.
 */
export const points: AbsoluteMethod<Spec> = {
  kind: 'absolute',
  readsDirection: false,
  id: 'points',
  params: z.strictObject({
    method: z.literal('points'),
    items: z.array(
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        points: decimalSchema,
        label: z.optional(labelSchema),
      }),
    ),
    cap: decimalSchema,
  }),
  check: (spec) => {
    const findings: Finding[] = [];
    if (num(spec.cap).lessThanOrEqualTo(0)) {
      findings.push({
        code: 'nonpositive',
        path: ['cap'],
        params: { what: 'cap', whatZh: '上限' },
      });
    }
    const seen = new Set<string>();
    spec.items.forEach((item, i) => {
      if (seen.has(item.id))
        findings.push({ code: 'duplicate_id', path: ['items', i, 'id'], params: { id: item.id } });
      seen.add(item.id);
    });
    return findings;
  },
  compile: (spec, ctx) => {
    const table = new Map<string, Dec>(spec.items.map((item) => [item.id, num(item.points)]));
    const allowed = spec.items.map((item) => item.id).join(', ');
    const cap = num(spec.cap);
    const unknown = (value: string): AbsoluteOutcome =>
      fail({ code: 'unknown_item', path: [], params: { value, leaf: ctx.leafId, allowed } });
    // Kept within [0, cap]: a negative item is a deduction, and deductions below 0 take the bottom.
    const finish = (total: Dec): AbsoluteOutcome =>
      ok(onScale(total.isNegative() ? ZERO : Dec.min(total, cap).div(cap), ctx));

    return (raw) => {
      if (Array.isArray(raw)) {
        let total = new Dec(0);
        for (const [i, id] of raw.entries()) {
          const value = typeof id === 'string' ? table.get(id) : undefined;
          if (!value)
            return fail({
              // Not String(): it recurses through nested arrays (and shared ones without end).
              ...(unknown(typeof id === 'string' ? id : showValue(id)) as { finding: Finding })
                .finding,
              path: [i],
            });
          total = total.plus(value);
        }
        return finish(total);
      }
      if (typeof raw === 'object' && raw !== null) {
        let total = new Dec(0);
        for (const [id, count] of Object.entries(raw)) {
          const value = table.get(id);
          if (!value) return fail({ ...(unknown(id) as { finding: Finding }).finding, path: [id] });
          const read = readNumber(count);
          if (!read.ok && typeof count === 'string' && read.finding.code !== 'not_a_number')
            return fail({ ...read.finding, path: [id] });
          const n = read.ok ? read.value : undefined;
          if (!n || n.isNegative() || !n.isInteger())
            return fail({ code: 'negative_count', path: [id] });
          total = total.plus(value.times(n));
        }
        return finish(total);
      }
      const read = readNumber(raw);
      if (!read.ok && typeof raw === 'string' && read.finding.code !== 'not_a_number')
        return fail(read.finding);
      const summed = read.ok ? read.value : undefined;
      if (summed && !summed.isNegative()) return finish(summed);
      return fail({
        code: 'wrong_value_type',
        path: [],
        params: {
          leaf: ctx.leafId,
          expected: 'a list of item ids, a record of item counts, or a number of points ≥ 0',
          expectedZh: '计分项编号列表、计分项数量记录或不小于 0 的分数',
        },
      });
    };
  },
};
