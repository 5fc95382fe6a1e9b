import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScaled, isYoupinError } from 'youpin';
import { Dec } from '../../src/numeric/decimal.js';

// The oracle: the integer divided by 10^decimals in decimal, shown with that many decimals.
const oracle = (scaled: number, decimals: number) => {
  const value = new Dec(scaled).div(new Dec(10).pow(decimals));
  return (value.isZero() ? new Dec(0) : value).toFixed(decimals);
};

describe('formatScaled', () => {
  it('writes any integer below 2^50 as the decimal division would', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 50), max: 2 ** 50 }),
        fc.integer({ min: 0, max: 6 }),
        (scaled, decimals) => {
          expect(formatScaled(scaled, decimals)).toBe(oracle(scaled, decimals));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('handles zero, small fractions and exact multiples', () => {
    const cases: Array<[number, number]> = [
      [0, 0],
      [0, 2],
      [-0, 2],
      [5, 2],
      [-5, 2],
      [100, 2],
      [-100, 2],
      [2 ** 50 - 1, 2],
      [999_999_999_999_999, 3],
      [7, 0],
      [-7, 0],
    ];
    for (const [scaled, decimals] of cases) {
      expect([scaled, decimals, formatScaled(scaled, decimals)]).toEqual([
        scaled,
        decimals,
        oracle(scaled, decimals),
      ]);
    }
  });
});

describe('formatScaled, as exported', () => {
  it('says out_of_domain for a count that is no safe integer or decimals outside 0–20, never a RangeError', () => {
    const code = (scaled: number, decimals: number) => {
      try {
        return formatScaled(scaled, decimals);
      } catch (error) {
        if (!isYoupinError(error)) throw error;
        return error.issues.map((i) => `${i.code}@${i.path.join('.')}`).join(' ');
      }
    };
    // NaN is what scoreColumns gives for a row it did not publish.
    for (const scaled of [Number.NaN, 1.5, 5e-324, 1e21, 1e308, Number.POSITIVE_INFINITY])
      expect(code(scaled, 2)).toBe('out_of_domain@scaled');
    for (const decimals of [-1, 1.5, 21, 1e9])
      expect(code(0, decimals)).toBe('out_of_domain@decimals');
    expect(code(Number.NaN, -1)).toBe('out_of_domain@scaled out_of_domain@decimals');
    expect(code(6388, 2)).toBe('63.88');
    expect(code(Number.MAX_SAFE_INTEGER, 20)).toBe(formatScaled(Number.MAX_SAFE_INTEGER, 20));
  });
});
