import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointsToWeights } from 'youpin';
import { issuesOf } from '../helpers.js';

const D = Decimal.clone({ precision: 50 });

describe('pointsToWeights', () => {
  it('GB/T 19580-2012 (卓越绩效评价准则): 1000 points over seven categories → weights', () => {
    // 领导 110, 战略 90, 顾客与市场 90, 资源 130, 过程管理 100, 测量分析与改进 80, 结果 400.
    const r = pointsToWeights([110, 90, 90, 130, 100, 80, 400]);
    expect(r.weights).toEqual(['0.11', '0.09', '0.09', '0.13', '0.1', '0.08', '0.4']);
    expect(r.method).toBe('points');
    expect(r.variant).toBe('points as shares, p / Σp');
    expect(r.total).toBe('1000');
    expect(r.warnings).toEqual([]);
    expect(r.numbers.weights).toEqual([0.11, 0.09, 0.09, 0.13, 0.1, 0.08, 0.4]);
  });

  it('any total; decimal strings, fractions and zeros are fine', () => {
    expect(pointsToWeights([1, 2]).weights).toEqual([
      '0.3333333333333333333333333333',
      '0.6666666666666666666666666667',
    ]);
    expect(pointsToWeights(['0.1', '0.2', 0, '1/5']).weights).toEqual(['0.2', '0.4', '0', '0.4']);
  });

  it('rejects negative, all-zero, empty, NaN, Infinity and "12,5" points', () => {
    expect(issuesOf(() => pointsToWeights([3, -1, 2]))).toEqual([
      { code: 'negative_weight', path: 'points.1' },
    ]);
    expect(issuesOf(() => pointsToWeights([0, 0]))).toEqual([
      { code: 'zero_weights', path: 'points' },
    ]);
    expect(issuesOf(() => pointsToWeights([]))).toEqual([{ code: 'empty_input', path: 'points' }]);
    expect(issuesOf(() => pointsToWeights([Number.NaN, Number.POSITIVE_INFINITY, '12,5']))).toEqual(
      [
        { code: 'not_finite', path: 'points.0' },
        { code: 'not_finite', path: 'points.1' },
        { code: 'not_a_number', path: 'points.2' },
      ],
    );
  });

  it('property: weights ≥ 0 summing to 1, proportional to the points (STYLE.md §14)', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
          .filter((ps) => ps.some((p) => p > 0)),
        (points) => {
          const { weights } = pointsToWeights(points);
          const sum = weights.reduce((a, w) => a.plus(w), new D(0));
          expect(sum.minus(1).abs().lte('1e-26')).toBe(true);
          const total = points.reduce((a, b) => a + b, 0);
          weights.forEach((w, j) => {
            expect(new D(w).gte(0)).toBe(true);
            expect(
              new D(w)
                .minus(new D(points[j] as number).div(total))
                .abs()
                .lte('1e-27'),
            ).toBe(true);
          });
        },
      ),
    );
  });
});
