import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { topsis } from 'youpin';
import { issuesOf } from '../helpers.js';

const D = Decimal.clone({ precision: 50 });

/** Rounds each number to `d` decimals, as published tables do. */
const fixed = (xs: readonly number[], d: number) => xs.map((x) => x.toFixed(d));

describe('topsis: published worked examples', () => {
  it('Tzeng & Huang (2011), via scikit-criteria test_TOPSIS_tzeng2011multiple (vector)', () => {
    const result = topsis(
      [
        [5, 8, 4],
        [7, 6, 8],
        [8, 8, 6],
        [7, 4, 6],
      ],
      [0.3, 0.4, 0.3],
    );
    expect(result.normalisation).toBe('vector');
    expect(fixed(result.numbers.closeness, 4)).toEqual(['0.5037', '0.6581', '0.7482', '0.3340']);
    expect(result.ranks.closeness).toEqual([3, 2, 1, 4]);
    expect(result.warnings).toEqual([]);
  });

  it('Hwang & Yoon (1981) fighter aircraft, pp. 133–134 (vector; one cost criterion)', () => {
    // Figures as transcribed from the book in ldss-hse/ldss-benchmark (tests of the aircraft
    // task). The book rounds its normalised matrix to 4 decimals and has a few slips in it (its
    // r for cost is 0.5063 where 5.5/√117.75 = 0.5069), so its closeness 0.613 for A3 is
    // 0.6135 exactly: the figures are checked to 1e-3, the ranks exactly.
    const result = topsis(
      [
        [2.0, 1500, 20000, 5.5, 5, 9],
        [2.5, 2700, 18000, 6.5, 3, 5],
        [1.8, 2000, 21000, 4.5, 7, 7],
        [2.2, 1800, 20000, 5.0, 5, 5],
      ],
      [0.2, 0.1, 0.1, 0.1, 0.2, 0.3],
      { directions: ['higher', 'higher', 'higher', 'lower', 'higher', 'higher'] },
    );
    const close = (actual: readonly number[], published: number[], tolerance: number) =>
      actual.forEach((a, i) => {
        expect(Math.abs(a - (published[i] as number))).toBeLessThanOrEqual(tolerance);
      });
    close(result.numbers.closeness, [0.643, 0.268, 0.613, 0.312], 1e-3);
    close(result.numbers.distanceToIdeal, [0.0545, 0.1197, 0.058, 0.1009], 2e-4);
    close(result.numbers.distanceToAntiIdeal, [0.0983, 0.0439, 0.092, 0.0458], 2e-4);
    close(result.numbers.ideal, [0.1168, 0.0659, 0.0531, 0.0414, 0.1347, 0.2012], 2e-4);
    close(result.numbers.antiIdeal, [0.0841, 0.0366, 0.0455, 0.0598, 0.0577, 0.1118], 2e-4);
    expect(result.ranks.closeness).toEqual([1, 4, 2, 3]);
  });

  it('Hwang & Yoon (1981) fighter aircraft: the normalised and weighted matrices of the book', () => {
    // The book's normalised matrix r_ij, as transcribed in ldss-hse/ldss-benchmark
    // (benchmark/methods/topsis/test_core.py). 19 of its 24 cells agree to the book's 4 decimals.
    // The slips: in the cost column (4th) the book divides by about √118 instead of √117.75
    // (0.5063 for 5.5/√117.75 = 0.50685), and A4's 2nd cell is 0.4392 for 1800/√16 780 000 =
    // 0.43942; those five are checked to 1e-3.
    const book = [
      [0.4671, 0.3662, 0.5056, 0.5063, 0.4811, 0.6708],
      [0.5839, 0.6591, 0.455, 0.5983, 0.2887, 0.3727],
      [0.4204, 0.4882, 0.5308, 0.4143, 0.6736, 0.5217],
      [0.5139, 0.4392, 0.5056, 0.4603, 0.4811, 0.3727],
    ];
    const weights = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3];
    const result = topsis(
      [
        [2.0, 1500, 20000, 5.5, 5, 9],
        [2.5, 2700, 18000, 6.5, 3, 5],
        [1.8, 2000, 21000, 4.5, 7, 7],
        [2.2, 1800, 20000, 5.0, 5, 5],
      ],
      weights,
      { directions: ['higher', 'higher', 'higher', 'lower', 'higher', 'higher'] },
    );
    result.numbers.normalised.forEach((row, i) => {
      row.forEach((r, j) => {
        const published = (book[i] as number[])[j] as number;
        const slip = j === 3 || (i === 3 && j === 1);
        expect(Math.abs(r - published)).toBeLessThanOrEqual(slip ? 1e-3 : 5e-5);
      });
    });
    // v_ij = w_j · r_ij exactly, and A+ / A− are the column extremes of v by direction.
    result.weighted.forEach((row, i) => {
      row.forEach((v, j) => {
        const r = (result.normalised[i] as string[])[j] as string;
        expect(
          new D(v)
            .minus(new D(r).times(weights[j] as number))
            .abs()
            .lte('1e-27'),
        ).toBe(true);
      });
    });
    expect(result.ideal[3]).toBe(result.weighted[2]?.[3]); // the cost column's ideal is its minimum
    expect(result.antiIdeal[3]).toBe(result.weighted[1]?.[3]);
    expect(result.weights).toEqual(['0.2', '0.1', '0.1', '0.1', '0.2', '0.3']);
  });

  it('MCDA (R) test-TOPSIS.R, Corsa/Clio/Fiesta from hodgett.co.uk (vector), with PIS and NIS', () => {
    const result = topsis(
      [
        [5490, 51.4, 8.5, 285],
        [6500, 70.6, 7, 288],
        [6489, 54.3, 7.5, 290],
      ],
      [0.35, 0.25, 0.25, 0.15],
      { directions: ['lower', 'higher', 'higher', 'higher'] },
    );
    expect(fixed(result.numbers.closeness, 4)).toEqual(['0.4817', '0.5182', '0.1780']);
    expect(fixed(result.numbers.ideal, 9)).toEqual([
      '0.179573776',
      '0.171636015',
      '0.159499658',
      '0.087302767',
    ]);
    expect(fixed(result.numbers.antiIdeal, 9)).toEqual([
      '0.212610118',
      '0.124958799',
      '0.131352659',
      '0.085797547',
    ]);
    expect(result.ranks.closeness).toEqual([2, 1, 3]);
  });

  it('MCDA (R): the Corsa/Clio subset on three criteria gives 0.4943, 0.5057', () => {
    const result = topsis(
      [
        [5490, 51.4, 8.5],
        [6500, 70.6, 7],
      ],
      ['0.35/0.85', '0.25/0.85', '0.25/0.85'],
      { directions: ['lower', 'higher', 'higher'] },
    );
    // MCDA keeps the weights 0.35, 0.25, 0.25 for the subset; ours must sum to 1, so they are
    // divided by 0.85, which leaves every closeness unchanged (all distances scale alike).
    expect(fixed(result.numbers.closeness, 4)).toEqual(['0.4943', '0.5057']);
  });

  it('pymcdm README example (minmax; types 1, −1, 1)', () => {
    const result = topsis(
      [
        [4, 4, 0.2],
        [1, 5, 0.5],
        [3, 2, 0.3],
        [4, 3, 0.5],
      ],
      [0.3, 0.5, 0.2],
      { directions: ['higher', 'lower', 'higher'], normalisation: 'minmax' },
    );
    expect(fixed(result.numbers.closeness, 3)).toEqual(['0.469', '0.255', '0.765', '0.747']);
    expect(result.ranks.closeness).toEqual([3, 4, 1, 2]);
  });

  it('Opricovic & Tzeng (2004), via pymcdm TestTOPSIS (minmax)', () => {
    const result = topsis(
      [
        [1, 3000],
        [2, 3750],
        [5, 4500],
      ],
      [0.5, 0.5],
      { directions: ['lower', 'higher'], normalisation: 'minmax' },
    );
    expect(fixed(result.numbers.closeness, 3)).toEqual(['0.500', '0.617', '0.500']);
    expect(result.closeness[0]).toBe('0.5');
    expect(result.closeness[2]).toBe('0.5');
    // Under minmax the direction is applied in the normalisation, so A+ is the column max.
    expect(result.ideal).toEqual(['0.5', '0.5']);
    expect(result.antiIdeal).toEqual(['0', '0']);
    expect(result.ranks.closeness).toEqual([2, 1, 2]);
  });
});

describe('topsis: one result shape', () => {
  it('names the method, its variant and its normalisation; numbers repeat every figure under the same keys', () => {
    const result = topsis(
      [
        [5, 8, 4],
        [7, 6, 8],
        [8, 8, 6],
        [7, 4, 6],
      ],
      [0.3, 0.4, 0.3],
    );
    expect(result.method).toBe('topsis');
    expect(result.variant).toBe('vector normalisation, Euclidean distance');
    const figures = [
      'weights',
      'normalised',
      'weighted',
      'ideal',
      'antiIdeal',
      'distanceToIdeal',
      'distanceToAntiIdeal',
      'closeness',
    ];
    expect(Object.keys(result.numbers)).toEqual(figures);
    for (const key of figures) {
      const exact = JSON.stringify(result[key as keyof typeof result], (_, v) =>
        typeof v === 'string' ? Number(v) : v,
      );
      expect(JSON.stringify(result.numbers[key as keyof typeof result.numbers])).toBe(exact);
    }
  });

  it("reads the deprecated spelling 'minMax' as 'minmax'", () => {
    const m = [
      [1, 3000],
      [2, 3750],
      [5, 4500],
    ];
    const options = { directions: ['lower', 'higher'] } as const;
    const old = topsis(m, [0.5, 0.5], { ...options, normalisation: 'minMax' });
    const current = topsis(m, [0.5, 0.5], { ...options, normalisation: 'minmax' });
    expect(old).toEqual(current);
    expect(old.normalisation).toBe('minmax');
  });
});

describe('topsis: conventions', () => {
  it('applies the direction in the ideal under vector normalisation', () => {
    const result = topsis([[1], [2], [4]], [1], { directions: ['lower'] });
    // v = x / √21; the ideal of a lower-is-better column is its minimum.
    expect(result.numbers.ideal[0]).toBeCloseTo(1 / Math.sqrt(21), 15);
    expect(result.numbers.antiIdeal[0]).toBeCloseTo(4 / Math.sqrt(21), 15);
    expect(result.closeness).toEqual(['1', '0.6666666666666666666666666667', '0']);
    expect(result.ranks.closeness).toEqual([1, 2, 3]);
  });

  it('accepts decimal strings and fractions exactly, and weights within 1e-9 of 1', () => {
    const a = topsis(
      [
        ['0.1', '1/3'],
        ['0.2', '2/3'],
      ],
      ['1/3', '2/3'],
    );
    const b = topsis(
      [
        [0.1, 1 / 3],
        [0.2, 2 / 3],
      ],
      [0.3333333333, 0.6666666667],
    );
    expect(a.ranks.closeness).toEqual([2, 1]);
    expect(b.ranks.closeness).toEqual([2, 1]);
    expect(a.closeness).toEqual(['0', '1']);
  });

  it('ranks ties together (competition ranks on exact values)', () => {
    const result = topsis(
      [
        [1, 2],
        [2, 1],
        [0, 0],
      ],
      [0.5, 0.5],
    );
    expect(result.closeness[0]).toBe(result.closeness[1]);
    expect(result.ranks.closeness).toEqual([1, 1, 3]);
  });

  it('every alternative identical: closeness 0.5 for all with an identical_alternatives warning, never NaN', () => {
    for (const normalisation of ['vector', 'minmax'] as const) {
      const result = topsis(
        [
          [3, 7],
          [3, 7],
          [3, 7],
        ],
        [0.5, 0.5],
        { normalisation },
      );
      expect(result.closeness).toEqual(['0.5', '0.5', '0.5']);
      expect(result.ranks.closeness).toEqual([1, 1, 1]);
      expect(result.warnings.map((w) => w.path.join('.'))).toContain('matrix');
      expect(result.warnings.at(-1)?.code).toBe('identical_alternatives');
      expect(result.numbers.closeness.every(Number.isFinite)).toBe(true);
    }
  });

  it('a zero column under vector normalisation adds nothing, with a constant_criterion warning', () => {
    const withZero = topsis(
      [
        [5, 0],
        [7, 0],
        [8, 0],
      ],
      [0.6, 0.4],
    );
    const alone = topsis([[5], [7], [8]], [1]);
    expect(withZero.closeness).toEqual(alone.closeness);
    expect(withZero.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
      ['constant_criterion', 'matrix.columns.1'],
    ]);
    expect(withZero.ideal[1]).toBe(withZero.antiIdeal[1]);
  });

  it('a constant column under minmax adds nothing, with a constant_criterion warning', () => {
    const withFlat = topsis(
      [
        [5, 9],
        [7, 9],
        [8, 9],
      ],
      [0.6, 0.4],
      { normalisation: 'minmax' },
    );
    const alone = topsis([[5], [7], [8]], [1], { normalisation: 'minmax' });
    expect(withFlat.closeness).toEqual(alone.closeness);
    expect(withFlat.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
      ['constant_criterion', 'matrix.columns.1'],
    ]);
  });

  it('is cohort-relative: adding an alternative can reverse the order of two others', () => {
    const before = topsis(
      [
        [7, 2],
        [2, 6],
        [7, 7],
      ],
      [0.5, 0.5],
    );
    const after = topsis(
      [
        [7, 2],
        [2, 6],
        [7, 7],
        [3, 1],
      ],
      [0.5, 0.5],
    );
    expect(before.ranks.closeness).toEqual([2, 3, 1]);
    expect(after.ranks.closeness).toEqual([3, 2, 1, 4]);
  });

  it('takes a single alternative without NaN', () => {
    const result = topsis([[4, 2]], [0.5, 0.5]);
    expect(result.closeness).toEqual(['0.5']);
    expect(result.ranks.closeness).toEqual([1]);
  });
});

describe('topsis: rejects bad input, collecting every issue', () => {
  it('bad cells, ragged rows and empty matrices', () => {
    expect(
      issuesOf(() =>
        topsis([[1, Number.NaN], [Number.POSITIVE_INFINITY, '12,5'], [1]], [0.5, 0.5]),
      ),
    ).toEqual([
      { code: 'not_finite', path: 'matrix.0.1' },
      { code: 'not_finite', path: 'matrix.1.0' },
      { code: 'not_a_number', path: 'matrix.1.1' },
      { code: 'ragged_matrix', path: 'matrix.2' },
    ]);
    expect(issuesOf(() => topsis([], [1]))).toEqual([{ code: 'not_a_matrix', path: 'matrix' }]);
    expect(issuesOf(() => topsis([[]], [1]))).toEqual([{ code: 'not_a_matrix', path: 'matrix' }]);
  });

  it('bad weights', () => {
    const m = [
      [1, 2],
      [3, 4],
    ];
    expect(issuesOf(() => topsis(m, [0.5, 0.4]))).toEqual([
      { code: 'weights_sum', path: 'weights' },
    ]);
    expect(issuesOf(() => topsis(m, [1.5, -0.5]))).toEqual([
      { code: 'negative_weight', path: 'weights.1' },
    ]);
    expect(issuesOf(() => topsis(m, ['x', Number.NaN]))).toEqual([
      { code: 'not_a_number', path: 'weights.0' },
      { code: 'not_finite', path: 'weights.1' },
    ]);
    expect(issuesOf(() => topsis(m, [1]))).toEqual([{ code: 'length_mismatch', path: 'weights' }]);
    expect(issuesOf(() => topsis(m, []))).toEqual([{ code: 'empty_input', path: 'weights' }]);
  });

  it('bad options', () => {
    const m = [
      [1, 2],
      [3, 4],
    ];
    expect(issuesOf(() => topsis(m, [0.5, 0.5], { normalisation: 'l2' } as never))[0]?.path).toBe(
      'options.normalisation',
    );
    expect(issuesOf(() => topsis(m, [0.5, 0.5], { directions: ['up', 'lower'] } as never))).toEqual(
      [{ code: 'wrong_value_type', path: 'options.directions.0' }],
    );
    expect(issuesOf(() => topsis(m, [0.5, 0.5], { directions: ['lower'] }))).toEqual([
      { code: 'length_mismatch', path: 'options.directions' },
    ]);
    expect(issuesOf(() => topsis(m, [0.5, 0.5], { weights: [1] } as never))[0]?.path).toBe(
      'options',
    );
  });

  it('reports matrix, weight and option issues together', () => {
    const codes = issuesOf(() =>
      topsis([[1, Number.NaN]], ['x', 0.5], { normalisation: 'l2' } as never),
    ).map((i) => i.path);
    expect(codes).toEqual(['options.normalisation', 'matrix.0.1', 'weights.0']);
  });
});
