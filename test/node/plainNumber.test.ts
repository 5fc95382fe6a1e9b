// plainNumber (src/node/_ruleProgramme.ts) reads the row programme's numbers from their text with
// its own digit loop: it must give exactly the double that Number(text) gives, for every text it
// accepts, and refuse the texts the core reads otherwise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNumber, plainNumberAt } from '../../src/node/_ruleProgramme.js';

describe('plainNumber', () => {
  it('gives Number(text) for plain decimals of up to 15 significant digits', () => {
    const digits = (min: number, max: number) =>
      fc
        .array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max })
        .map((d) => d.join(''));
    const text = fc
      .tuple(fc.boolean(), fc.integer({ min: 1, max: 9 }), digits(0, 14), fc.option(digits(1, 20)))
      .map(([minus, first, rest, fraction]) => {
        const whole = `${first}${rest}`;
        return `${minus ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`;
      });
    const small = fc
      .tuple(fc.boolean(), digits(1, 16))
      .map(([minus, fraction]) => `${minus ? '-' : ''}0.${fraction}`);
    fc.assert(
      fc.property(fc.oneof(text, small), (t) => {
        const x = plainNumber(t);
        if (Number.isNaN(x)) {
          // Refused only for more than 15 significant digits.
          expect(t.replace(/^-?[0.]*/, '').replace('.', '').length).toBeGreaterThan(15);
          return;
        }
        expect(Object.is(x, Number(t))).toBe(true);
      }),
      { numRuns: 20_000, seed: 2024 },
    );
  });

  it('reads worked values exactly and refuses what the core reads otherwise', () => {
    // Decimals whose nearest doubles differ from a naive digit-by-digit sum.
    for (const t of [
      '0.1',
      '0.3',
      '1.005',
      '-2.675',
      '123456789012345',
      '0.000000000000000000001',
      '-0',
    ])
      expect(Object.is(plainNumber(t), Number(t))).toBe(true);
    for (const t of ['', '.5', '5.', '007', '1e3', '12,5', '+1', '1234567890123456', ' 1', '--1'])
      expect(plainNumber(t)).toBeNaN();
  });

  it('reads a text in place (plainNumberAt) as it reads the text cut out', () => {
    // The row programme reads a number where it stands in a CSV line: whatever is around it.
    const around = fc.string({
      unit: fc.constantFrom('1', '0', '.', '-', ',', '5', 'x', '中'),
      maxLength: 6,
    });
    const inner = fc.oneof(
      fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', 'e', ' '), maxLength: 40 }),
      fc.double({ noNaN: true }).map(String),
      fc.constantFrom(
        '',
        '0',
        '-0',
        '007',
        '0.5',
        '.5',
        '5.',
        '1e3',
        '12,5',
        '-',
        '0.0000000000000000000000001',
      ),
    );
    fc.assert(
      fc.property(around, inner, around, (before, t, after) => {
        const line = `${before}${t}${after}`;
        const x = plainNumberAt(line, before.length, before.length + t.length);
        expect(Object.is(x, plainNumber(t))).toBe(true);
      }),
      { numRuns: 20_000, seed: 1805 },
    );
  });
});
