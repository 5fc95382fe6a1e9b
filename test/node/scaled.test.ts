// scaledFigure (src/node/_scaled.ts) reads a published figure as an integer of its last decimal
// in one digit loop: it must give Number(text without its point), the reading it replaces, for
// every figure, and still refuse figures beyond 2^53.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaledFigure } from '../../src/node/_scaled.js';

describe('scaledFigure', () => {
  it('gives the figure without its point as a number', () => {
    const figure = fc
      .tuple(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
        fc.integer({ min: 0, max: 4 }),
      )
      .map(([minus, digits, decimals]) => {
        const text = digits.toString().padStart(decimals + 1, '0');
        const whole =
          decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
        return `${minus ? '-' : ''}${whole}`;
      });
    fc.assert(
      fc.property(figure, (text) => {
        expect(Object.is(scaledFigure(text, 'm'), Number(text.replace('.', '')))).toBe(true);
      }),
      { numRuns: 5000, seed: 53 },
    );
    expect(scaledFigure('63.88', 'm')).toBe(6388);
    expect(scaledFigure('-0.05', 'm')).toBe(-5);
    expect(scaledFigure('70', 'm')).toBe(70);
  });

  it('refuses a figure of more than 15 digits', () => {
    expect(() => scaledFigure('12345678901234567.89', 'm')).toThrow(/15/);
  });
});
