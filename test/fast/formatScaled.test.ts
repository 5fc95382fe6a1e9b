import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScaled } from 'youpin';
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
