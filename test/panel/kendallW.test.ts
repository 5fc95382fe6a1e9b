import { Decimal as BaseDecimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallW } from 'youpin';
import { issuesOf } from '../helpers.js';

// An oracle at 50 digits (decimal.js defaults to 20, too few to check 28-digit figures).
const Decimal = BaseDecimal.clone({ precision: 50 });

const transpose = (rows: number[][]): number[][] =>
  (rows[0] ?? []).map((_, j) => rows.map((row) => row[j] as number));

// An independent oracle: Friedman's statistic corrected for ties as R's `friedman.test` computes it
// (ranks by counting, not by sorting), and W = χ²_F / (m(n − 1)).
function friedmanW(rows: number[][]): number {
  const m = rows.length;
  const n = (rows[0] as number[]).length;
  const sums: number[] = Array(n).fill(0);
  let ties = 0;
  for (const row of rows) {
    row.forEach((x, i) => {
      const below = row.filter((y) => y < x).length;
      const equal = row.filter((y) => y === x).length;
      sums[i] = (sums[i] as number) + below + (equal + 1) / 2;
    });
    for (const x of new Set(row)) {
      const t = row.filter((y) => y === x).length;
      ties += t ** 3 - t;
    }
  }
  const s = sums.reduce((a, r) => a + (r - (m * (n + 1)) / 2) ** 2, 0);
  const chi = (12 * s) / (m * n * (n + 1) - ties / (n - 1));
  return chi / (m * (n - 1));
}

describe('kendallW: published examples', () => {
  it('the anxiety ratings of R irr / DescTools: W = 0.5396569 (tie-corrected), χ²(19) = 30.8', () => {
    // R package irr, data(anxiety), `kendall(anxiety, TRUE)`; the same data and figure in the
    // DescTools documentation, `KendallW(anxiety, TRUE)` → 0.5396569; pyirr's test of the same call
    // asserts W ≈ 0.54 and χ² ≈ 30.8. R takes subjects as rows; here each rater (a column of the
    // data frame) is a row.
    const anxiety = [
      [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3], // rater1
      [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4], // rater2
      [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2], // rater3
    ];
    const result = kendallW(anxiety);
    // The same call on R's orientation (subjects as rows) is a different question: 20 raters.
    expect(kendallW(transpose(anxiety)).raters).toBe(20);
    expect(result.raters).toBe(3);
    expect(result.items).toBe(20);
    expect(result.tieCorrected).toBe(true);
    expect(result.numbers.w.toFixed(7)).toBe('0.5396569');
    expect(result.numbers.chiSquare.toFixed(1)).toBe('30.8');
    expect(result.numbers.w).toBeCloseTo(friedmanW(anxiety), 12);
  });

  it('four raters rank the strawberries of eight farms: W = 500/672 = 0.744, χ² = 20.83', () => {
    // influentialpoints.com, "Kendall coefficient of concordance", worked example I: rank sums
    // 31 12 12 15 22 5 22 25, SS = 500, W = 500 / (504 × 16 / 12) = 0.744, k(N − 1)W = 20.83.
    const ranks = [
      [8, 4, 2, 3, 5, 1, 6, 7],
      [7, 3, 1, 4, 5, 2, 6, 8],
      [8, 2, 5, 6, 7, 1, 4, 3],
      [8, 3, 4, 2, 5, 1, 6, 7],
    ];
    const result = kendallW(ranks);
    expect(result.w).toBe(new Decimal(125).div(168).toSignificantDigits(28).toFixed());
    expect(result.numbers.w.toFixed(3)).toBe('0.744');
    expect(result.numbers.chiSquare.toFixed(2)).toBe('20.83');
    expect(result.tieCorrected).toBe(false);
    // The example's intermediates: the rank sums and SS.
    expect(result.rankSums).toEqual(['31', '12', '12', '15', '22', '5', '22', '25']);
    expect(result.s).toBe('500');
  });
});

describe('kendallW', () => {
  it('identical rankings give W = 1, with or without ties, on any scale', () => {
    expect(
      kendallW([
        [90, 80, 70],
        [95, 85, 60],
      ]),
    ).toMatchObject({
      w: '1',
      chiSquare: '4',
      raters: 2,
      items: 3,
      tieCorrected: false,
      allTied: false,
    });
    expect(
      kendallW([
        [1, 2, 3, 4, 5],
        [10, 20, 30, 40, 50],
        ['0.1', '0.2', '0.3', '0.4', '0.5'],
      ]).w,
    ).toBe('1');
    // With the tie correction, identical tie patterns still give exactly 1.
    expect(
      kendallW([
        [90, 90, 70, 60],
        [80, 80, 50, 40],
        [3, 3, 2, 1],
      ]),
    ).toMatchObject({
      w: '1',
      tieCorrected: true,
    });
  });

  it('exactly opposed rankings of two raters give W = 0', () => {
    expect(
      kendallW([
        [1, 2, 3, 4],
        [4, 3, 2, 1],
      ]),
    ).toMatchObject({ w: '0', chiSquare: '0' });
  });

  it('corrects for ties: a hand computation and the independent Friedman formula', () => {
    // Rater 1 ranks (2.5, 2.5, 1), rater 2 (3, 1.5, 1.5): rank sums 5.5, 4, 2.5; S = 4.5;
    // denominator 2²(27 − 3) − 2(6 + 6) = 72; W = 12 · 4.5 / 72 = 0.75 (uncorrected: 54/96).
    const result = kendallW([
      [90, 90, 70],
      [80, 60, 60],
    ]);
    expect(result).toMatchObject({ w: '0.75', chiSquare: '3', tieCorrected: true });
    const rows = [
      [70, 80, 80, 90, 60, 60],
      [65, 80, 75, 90, 65, 70],
      [60, 85, 85, 85, 60, 75],
    ];
    expect(kendallW(rows).numbers.w).toBeCloseTo(friedmanW(rows), 14);
  });

  it('does not depend on the direction of ranking, nor on the order of raters or items', () => {
    const cell = fc.integer({ min: 0, max: 5 });
    const matrix = fc
      .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 7 }))
      .chain(([m, n]) =>
        fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
      )
      .filter((rows) => rows.some((row) => new Set(row).size > 1));
    fc.assert(
      fc.property(matrix, (rows) => {
        const result = kendallW(rows);
        const w = new Decimal(result.w);
        expect(w.gte(0) && w.lte(1)).toBe(true);
        expect(result.numbers.w).toBeCloseTo(friedmanW(rows), 12);
        expect(kendallW(rows.map((row) => row.map((x) => -x))).w).toBe(result.w);
        expect(kendallW([...rows].reverse()).w).toBe(result.w);
        expect(kendallW(rows.map((row) => [...row].reverse())).w).toBe(result.w);
        expect(result.numbers.chiSquare).toBeCloseTo(
          rows.length * ((rows[0] as number[]).length - 1) * result.numbers.w,
          10,
        );
      }),
    );
  });

  it('all raters tie every item: W = 1 (identical rankings), χ² = 0 (no evidence), never NaN', () => {
    expect(
      kendallW([
        [5, 5, 5],
        [7, 7, 7],
      ]),
    ).toEqual({
      method: 'kendallW',
      variant: "Kendall's W, tie-corrected; χ² = m(n − 1)W",
      w: '1',
      chiSquare: '0',
      rankSums: ['4', '4', '4'],
      s: '0',
      raters: 2,
      items: 3,
      tieCorrected: true,
      allTied: true,
      warnings: [],
      numbers: { w: 1, chiSquare: 0, rankSums: [4, 4, 4], s: 0 },
    });
    // Only some raters constant: W is defined; one rater who sees differences among m gives 1/m.
    expect(
      kendallW([
        [5, 5, 5],
        [1, 2, 3],
      ]),
    ).toMatchObject({ w: '0.5', allTied: false });
    expect(
      kendallW([
        [5, 5, 5, 5],
        [5, 5, 5, 5],
        [1, 2, 3, 4],
      ]).w,
    ).toBe('0.3333333333333333333333333333');
  });

  it('needs at least 2 raters and 2 items, and a clean matrix', () => {
    expect(issuesOf(() => kendallW([[1, 2, 3]]))).toEqual([
      { code: 'too_few_values', path: 'ratings' },
    ]);
    expect(issuesOf(() => kendallW([[1], [2]]))).toEqual([
      { code: 'too_few_values', path: 'ratings.0' },
    ]);
    expect(issuesOf(() => kendallW([[1]]))).toEqual([
      { code: 'too_few_values', path: 'ratings' },
      { code: 'too_few_values', path: 'ratings.0' },
    ]);
    expect(
      issuesOf(() =>
        kendallW([
          [1, Number.NaN],
          [2, '12,5'],
        ]),
      ),
    ).toEqual([
      { code: 'not_finite', path: 'ratings.0.1' },
      { code: 'not_a_number', path: 'ratings.1.1' },
    ]);
    expect(issuesOf(() => kendallW([[1, 2], [3]]))).toEqual([
      { code: 'ragged_matrix', path: 'ratings.1' },
    ]);
    expect(issuesOf(() => kendallW([]))).toEqual([{ code: 'not_a_matrix', path: 'ratings' }]);
  });
});
