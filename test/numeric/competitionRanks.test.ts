import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../../src/numeric/competitionRanks.js';
import { Dec } from '../../src/numeric/decimal.js';

// The oracle: 1 + how many totals are strictly greater, compared as decimals.
const oracle = (totals: ReadonlyArray<Dec | null>) =>
  totals.map((t) => (t === null ? null : 1 + totals.filter((u) => u?.greaterThan(t)).length));

// Totals from a small pool (so ties are common), of `digits` significant digits, some missing.
const totals = (digits: number) =>
  fc.array(
    fc.option(
      fc
        .tuple(
          fc.bigInt({ min: -(10n ** BigInt(digits)) + 1n, max: 10n ** BigInt(digits) - 1n }),
          fc.integer({ min: -6, max: 4 }),
        )
        .map(([c, e]) => new Dec(`${c}e${e}`)),
      { freq: 8 },
    ),
    { maxLength: 40 },
  );

describe('competition ranks', () => {
  it('rank published totals (≤ 14 digits, compared as numbers) as decimals would', () => {
    fc.assert(
      fc.property(totals(14), (t) => {
        expect(competitionRanks(t)).toEqual(oracle(t));
      }),
      { numRuns: 500 },
    );
  });

  it('rank long exact values (compared as decimals) the same way', () => {
    fc.assert(
      fc.property(totals(30), (t) => {
        expect(competitionRanks(t)).toEqual(oracle(t));
      }),
      { numRuns: 300 },
    );
  });

  it('tell apart totals 10⁻¹³ apart and tie equal ones reached differently', () => {
    const t = ['99.9999999999999', '99.9999999999998', '0.30', '0.3', '-0', '0'].map(
      (x) => new Dec(x),
    );
    expect(competitionRanks([...t, null])).toEqual([1, 2, 3, 3, 5, 5, null]);
  });
});
