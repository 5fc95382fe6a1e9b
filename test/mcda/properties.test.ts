import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topsis, vikor } from 'youpin';

const DECIMAL = /^-?\d+(\.\d+)?$/;

// A decision problem: m alternatives × n criteria of small decimals, integer relative weights
// turned into exact fractions, random directions, and a permutation of the rows.
const problemArb = fc
  .record({ m: fc.integer({ min: 2, max: 6 }), n: fc.integer({ min: 1, max: 4 }) })
  .chain(({ m, n }) =>
    fc.record({
      matrix: fc.array(
        fc.array(
          fc.integer({ min: -50, max: 200 }).map((k) => String(k / 4)),
          { minLength: n, maxLength: n },
        ),
        { minLength: m, maxLength: m },
      ),
      weights: fc
        .array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })
        .filter((ws) => ws.some((w) => w > 0))
        .map((ws) => {
          const total = ws.reduce((a, b) => a + b, 0);
          return ws.map((w) => `${w}/${total}`);
        }),
      directions: fc.array(fc.constantFrom('higher' as const, 'lower' as const), {
        minLength: n,
        maxLength: n,
      }),
      permutation: fc.shuffledSubarray(
        Array.from({ length: m }, (_, i) => i),
        { minLength: m, maxLength: m },
      ),
      normalisation: fc.constantFrom('vector' as const, 'minmax' as const),
      v: fc.integer({ min: 0, max: 8 }).map((k) => k / 8),
    }),
  );

const permute = <T>(xs: readonly T[], order: readonly number[]): T[] =>
  order.map((i) => xs[i] as T);

const clean = (strings: readonly string[], numbers: readonly number[]) => {
  expect(strings.every((s) => DECIMAL.test(s))).toBe(true);
  expect(numbers.every(Number.isFinite)).toBe(true);
};

describe('topsis properties', () => {
  it('closeness lies in [0, 1], nothing is NaN, and permuting the alternatives permutes everything', () => {
    fc.assert(
      fc.property(problemArb, ({ matrix, weights, directions, permutation, normalisation }) => {
        const a = topsis(matrix, weights, { directions, normalisation });
        const b = topsis(permute(matrix, permutation), weights, { directions, normalisation });
        for (const r of [a, b]) {
          clean(r.closeness, r.numbers.closeness);
          clean(r.distanceToIdeal, r.numbers.distanceToIdeal);
          clean(r.distanceToAntiIdeal, r.numbers.distanceToAntiIdeal);
          clean(r.ideal, r.numbers.ideal);
          clean(r.antiIdeal, r.numbers.antiIdeal);
          expect(r.numbers.closeness.every((c) => c >= 0 && c <= 1)).toBe(true);
        }
        expect(b.closeness).toEqual(permute(a.closeness, permutation));
        expect(b.distanceToIdeal).toEqual(permute(a.distanceToIdeal, permutation));
        expect(b.ranks.closeness).toEqual(permute(a.ranks.closeness, permutation));
        expect(b.normalised).toEqual(permute(a.normalised, permutation));
        expect(b.weighted).toEqual(permute(a.weighted, permutation));
        expect(b.ideal).toEqual(a.ideal);
        expect(b.antiIdeal).toEqual(a.antiIdeal);
      }),
      { numRuns: 300 },
    );
  });
});

describe('vikor properties', () => {
  it('Q lies in [0, 1], nothing is NaN, and permuting the alternatives permutes S, R, Q and ranks', () => {
    fc.assert(
      fc.property(problemArb, ({ matrix, weights, directions, permutation, v }) => {
        const a = vikor(matrix, weights, { directions, v });
        const b = vikor(permute(matrix, permutation), weights, { directions, v });
        for (const r of [a, b]) {
          clean(r.S, r.numbers.S);
          clean(r.R, r.numbers.R);
          clean(r.Q, r.numbers.Q);
          for (const xs of [r.numbers.S, r.numbers.R, r.numbers.Q]) {
            expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true);
          }
          expect(r.compromise.length).toBeGreaterThan(0);
          expect(Math.min(...r.ranks.Q.filter((_, i) => r.compromise.includes(i)))).toBe(1);
        }
        expect(b.S).toEqual(permute(a.S, permutation));
        expect(b.R).toEqual(permute(a.R, permutation));
        expect(b.Q).toEqual(permute(a.Q, permutation));
        expect(b.normalised).toEqual(permute(a.normalised, permutation));
        expect([b.best, b.worst, b.dq, b.advantage]).toEqual([a.best, a.worst, a.dq, a.advantage]);
        expect(b.ranks.S).toEqual(permute(a.ranks.S, permutation));
        expect(b.ranks.R).toEqual(permute(a.ranks.R, permutation));
        expect(b.ranks.Q).toEqual(permute(a.ranks.Q, permutation));
        expect(b.conditions.acceptableAdvantage).toBe(a.conditions.acceptableAdvantage);
        // The compromise set does not depend on the row order, except where a tie for second
        // place by Q picks a″ (only C2 failing).
        if (!a.conditions.acceptableAdvantage || a.conditions.acceptableStability) {
          const original = b.compromise.map((i) => permutation[i] as number);
          expect([...original].sort()).toEqual([...a.compromise].sort());
        }
      }),
      { numRuns: 300 },
    );
  });
});
