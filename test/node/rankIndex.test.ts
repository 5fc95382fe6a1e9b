// The whole file's competition ranks (src/node/_rankIndex.ts): 1 + how many totals are greater,
// overall and in the sector — read from counts when the totals span a small range of integers,
// else by binary search. Both must give what counting by hand gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankIndex } from '../../src/node/_rankIndex.js';

function byHand(rows: ReadonlyArray<readonly [string, number]>, sector: string, total: number) {
  return {
    sector: 1 + rows.filter(([s, t]) => s === sector && t > total).length,
    overall: 1 + rows.filter(([, t]) => t > total).length,
  };
}

describe('rankIndex', () => {
  // Totals of two decimals as integers (0 to 100.00), and totals too far apart for counts.
  for (const [what, totals] of [
    ['a small range (counts)', fc.integer({ min: -50, max: 10_000 })],
    ['a wide range (binary search)', fc.integer({ min: -(2 ** 40), max: 2 ** 40 })],
  ] as const)
    it(`gives the competition ranks of every total added, over ${what}`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), totals), {
            minLength: 1,
            maxLength: 60,
          }),
          (rows) => {
            const ranks = rankIndex();
            for (const [sector, total] of rows) ranks.add(sector, total);
            ranks.freeze();
            for (const [sector, total] of rows)
              expect(ranks.rank(sector, total)).toEqual(byHand(rows, sector, total));
          },
        ),
        { numRuns: 300, seed: 18 },
      );
    });

  it('ties share a rank and the next rank skips (1224)', () => {
    const ranks = rankIndex();
    for (const t of [9000, 8000, 8000, 7000]) ranks.add('a', t);
    ranks.freeze();
    expect([9000, 8000, 7000].map((t) => ranks.rank('a', t).overall)).toEqual([1, 2, 4]);
  });
});
