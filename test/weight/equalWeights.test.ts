import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalWeights } from 'youpin';
import { issuesOf } from '../helpers.js';

const D = Decimal.clone({ precision: 50 });

describe('equalWeights', () => {
  it('gives 1/n to each of n criteria', () => {
    expect(equalWeights(4)).toEqual({
      method: 'equal',
      variant: 'equal weights, 1/n',
      weights: ['0.25', '0.25', '0.25', '0.25'],
      warnings: [],
      numbers: { weights: [0.25, 0.25, 0.25, 0.25] },
    });
    expect(equalWeights(1).weights).toEqual(['1']);
    expect(equalWeights(3).weights).toEqual(Array(3).fill('0.3333333333333333333333333333'));
  });

  it('rejects n that is not a whole number ≥ 1', () => {
    expect(issuesOf(() => equalWeights(0))).toEqual([{ code: 'too_small', path: 'n' }]);
    expect(issuesOf(() => equalWeights(-2))).toEqual([{ code: 'too_small', path: 'n' }]);
    expect(issuesOf(() => equalWeights(2.5))).toEqual([{ code: 'invalid_type', path: 'n' }]);
    expect(issuesOf(() => equalWeights(Number.NaN))).toEqual([{ code: 'invalid_type', path: 'n' }]);
    expect(issuesOf(() => equalWeights(Number.POSITIVE_INFINITY))).toEqual([
      { code: 'invalid_type', path: 'n' },
    ]);
    expect(issuesOf(() => equalWeights('3' as never))).toEqual([
      { code: 'invalid_type', path: 'n' },
    ]);
  });

  it('property: n weights ≥ 0 summing to 1 (STYLE.md §14)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        const { weights } = equalWeights(n);
        expect(weights).toHaveLength(n);
        const sum = weights.reduce((a, w) => a.plus(w), new D(0));
        expect(sum.minus(1).abs().lte('1e-25')).toBe(true);
        expect(weights.every((w) => new D(w).gt(0))).toBe(true);
      }),
    );
  });
});
