import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineWeights, entropyWeights, pointsToWeights } from 'youpin';
import { issuesOf } from '../helpers.js';

const D = Decimal.clone({ precision: 50 });
const s = [0.5, 0.3, 0.2];
const o = [0.2, 0.2, 0.6];

describe('combineWeights', () => {
  it('linear: α·s + (1 − α)·o, α = 0.5 by default', () => {
    const r = combineWeights(s, o, { method: 'linear' });
    expect(r.weights).toEqual(['0.35', '0.25', '0.4']);
    expect(r.method).toBe('linear');
    expect(r.variant).toBe('linear, α·s + (1 − α)·o with α = 0.5');
    expect(r.alpha).toBe('0.5');
    expect(r.subjective).toEqual(['0.5', '0.3', '0.2']);
    expect(r.numbers).toEqual({
      weights: [0.35, 0.25, 0.4],
      subjective: [0.5, 0.3, 0.2],
      objective: [0.2, 0.2, 0.6],
      alpha: 0.5,
    });
    expect(r.warnings).toEqual([]);
    expect(combineWeights(s, o, { method: 'linear', alpha: 0.8 }).weights).toEqual([
      '0.44',
      '0.28',
      '0.28',
    ]);
    expect(combineWeights(s, o, { method: 'linear', alpha: '1/4' }).weights).toEqual([
      '0.275',
      '0.225',
      '0.5',
    ]);
    expect(combineWeights(s, o, { method: 'linear', alpha: 1 }).weights).toEqual([
      '0.5',
      '0.3',
      '0.2',
    ]);
    expect(combineWeights(s, o, { method: 'linear', alpha: '0' }).weights).toEqual([
      '0.2',
      '0.2',
      '0.6',
    ]);
  });

  it('multiplicative: s·o / Σ s·o', () => {
    // Products 0.10, 0.06, 0.12; sum 0.28.
    const r = combineWeights(s, o, { method: 'multiplicative' });
    expect(r.weights).toEqual([
      '0.3571428571428571428571428571',
      '0.2142857142857142857142857143',
      '0.4285714285714285714285714286',
    ]);
    expect(r.method).toBe('multiplicative');
    expect(r.variant).toBe('multiplicative, s·o / Σ s·o');
    expect([r.alpha, r.numbers.alpha]).toEqual([null, null]);
    expect(combineWeights([1, 0], [0.5, 0.5], { method: 'multiplicative' }).weights).toEqual([
      '1',
      '0',
    ]);
  });

  it('takes the 28-digit output of the other weighting functions', () => {
    const subjective = pointsToWeights([1, 1, 1]).weights; // thirds: sum 0.99…9
    const objective = entropyWeights([
      [1, 10, 5],
      [2, 30, 6],
      [3, 20, 9],
    ]).weights;
    const r = combineWeights(subjective, objective, { method: 'linear', alpha: 0.6 });
    const sum = r.weights.reduce((a, w) => a.plus(w), new D(0));
    expect(sum.minus(1).abs().lte('1e-26')).toBe(true);
  });

  it('rejects weights that are negative, do not sum to 1, differ in length, or are not numbers', () => {
    expect(issuesOf(() => combineWeights([1.5, -0.5], [0.5, 0.5], { method: 'linear' }))).toEqual([
      { code: 'negative_weight', path: 'subjective.1' },
    ]);
    expect(issuesOf(() => combineWeights([0.5, 0.4], [0.5, 0.6], { method: 'linear' }))).toEqual([
      { code: 'weights_sum', path: 'subjective' },
      { code: 'weights_sum', path: 'objective' },
    ]);
    // Six-decimal thirds are 1e-6 short: rejected, not silently rescaled.
    expect(
      issuesOf(() =>
        combineWeights([0.333333, 0.333333, 0.333333], ['1/3', '1/3', '1/3'], {
          method: 'linear',
        }),
      ),
    ).toEqual([{ code: 'weights_sum', path: 'subjective' }]);
    expect(issuesOf(() => combineWeights([0.5, 0.5], [1], { method: 'multiplicative' }))).toEqual([
      { code: 'length_mismatch', path: 'objective' },
    ]);
    expect(
      issuesOf(() => combineWeights([Number.NaN, 1], ['12,5', 1], { method: 'linear' })),
    ).toEqual([
      { code: 'not_finite', path: 'subjective.0' },
      { code: 'not_a_number', path: 'objective.0' },
    ]);
    expect(issuesOf(() => combineWeights([], [], { method: 'linear' }))).toEqual([
      { code: 'empty_input', path: 'subjective' },
      { code: 'empty_input', path: 'objective' },
    ]);
  });

  it('rejects every product 0, α outside [0, 1] and bad options', () => {
    expect(issuesOf(() => combineWeights([1, 0], [0, 1], { method: 'multiplicative' }))).toEqual([
      { code: 'zero_weights', path: '' },
    ]);
    expect(issuesOf(() => combineWeights(s, o, { method: 'linear', alpha: 1.5 }))).toEqual([
      { code: 'out_of_scale', path: 'options.alpha' },
    ]);
    expect(issuesOf(() => combineWeights(s, o, { method: 'linear', alpha: '-0.1' }))).toEqual([
      { code: 'out_of_scale', path: 'options.alpha' },
    ]);
    expect(issuesOf(() => combineWeights(s, o, { method: 'linear', alpha: Number.NaN }))).toEqual([
      { code: 'invalid_type', path: 'options.alpha' },
    ]);
    expect(
      issuesOf(() => combineWeights(s, o, { method: 'multiplicative', alpha: 0.5 } as never)),
    ).toEqual([{ code: 'unrecognized_keys', path: 'options' }]);
    expect(issuesOf(() => combineWeights(s, o, { method: 'geometric' } as never))[0]?.path).toBe(
      'options.method',
    );
    expect(issuesOf(() => combineWeights(s, o, undefined as never))[0]?.path).toBe('options');
  });

  it('property: weights ≥ 0 and summing to 1, for both methods (STYLE.md §14)', () => {
    const weightsArb = (n: number) =>
      fc
        .array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n })
        .filter((ps) => ps.some((p) => p > 0))
        .map((ps) => pointsToWeights(ps).weights);
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 8 })
          .chain((n) => fc.tuple(weightsArb(n), weightsArb(n), fc.integer({ min: 0, max: 100 }))),
        ([sub, obj, a]) => {
          const linear = combineWeights(sub, obj, { method: 'linear', alpha: a / 100 });
          const products = sub.map((w, j) => new D(w).times(obj[j] as string));
          const results = products.some((p) => !p.isZero())
            ? [linear, combineWeights(sub, obj, { method: 'multiplicative' })]
            : [linear];
          for (const r of results) {
            const sum = r.weights.reduce((acc, w) => acc.plus(w), new D(0));
            expect(sum.minus(1).abs().lte('1e-26')).toBe(true);
            expect(r.weights.every((w) => new D(w).gte(0))).toBe(true);
            expect(r.numbers.weights.every(Number.isFinite)).toBe(true);
          }
        },
      ),
    );
  });
});
