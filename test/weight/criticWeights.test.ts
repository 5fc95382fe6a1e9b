import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticWeights } from 'youpin';
import { issuesOf } from '../helpers.js';

// The oracle works at 50 digits (decimal.js defaults to 20, too few to check 28-digit figures).
const D = Decimal.clone({ precision: 50 });

const rounded = (xs: readonly string[], places: number) =>
  xs.map((x) => new D(x).toDecimalPlaces(places).toNumber());

/**
 * CRITIC by the textbook formulas at 50 digits, summing in input order. Like the library it takes
 * a constant column's correlations as 0 and rounds r to 28 digits (so collinear columns have r = 1).
 */
function oracle(
  matrix: readonly (readonly number[])[],
  directions: readonly ('higher' | 'lower')[],
): Decimal[] {
  const m = matrix.length;
  const n = (matrix[0] as number[]).length;
  const z = Array.from({ length: n }, (_, j) => {
    const col = matrix.map((r) => new D(r[j] as number));
    const min = D.min(...col);
    const max = D.max(...col);
    if (min.eq(max)) return null;
    return col.map((v) =>
      (directions[j] === 'lower' ? max.minus(v) : v.minus(min)).div(max.minus(min)),
    );
  });
  const mean = z.map((c) => c?.reduce((a, v) => a.plus(v), new D(0)).div(m));
  const cov = (a: number, b: number) =>
    (z[a] as Decimal[]).reduce(
      (s, v, i) =>
        s.plus(
          v
            .minus(mean[a] as Decimal)
            .times(((z[b] as Decimal[])[i] as Decimal).minus(mean[b] as Decimal)),
        ),
      new D(0),
    );
  const c = z.map((col, j) => {
    if (!col) return new D(0);
    const sd = cov(j, j)
      .div(m - 1)
      .sqrt();
    let conflict = new D(0);
    for (let k = 0; k < n; k++) {
      const r = z[k]
        ? cov(j, k)
            .div(cov(j, j).times(cov(k, k)).sqrt())
            .toSignificantDigits(28)
        : new D(0);
      conflict = conflict.plus(new D(1).minus(r));
    }
    return sd.times(conflict);
  });
  const sum = c.reduce((a, v) => a.plus(v), new D(0));
  return sum.isZero() ? c.map(() => new D(1).div(n)) : c.map((v) => v.div(sum));
}

describe('criticWeights: published examples', () => {
  it('Diakoulaki, Mavrotas & Papayannakis (1995) via scikit-criteria → [0.20222554, 0.48090173, 0.31687273]', () => {
    // quatrope/scikit-criteria, tests/preprocessing/test_weighters.py,
    // test_critic_weight_weights_diakoulaki1995determining (scale=True, pearson, all maximised).
    const r = criticWeights([
      [61, 1.08, 4.33],
      [20.7, 0.26, 4.34],
      [16.3, 1.98, 2.53],
      [9.0, 3.29, 1.65],
      [5.4, 2.77, 2.33],
      [4.0, 4.12, 1.21],
      [-6.1, 3.52, 2.1],
      [-34.6, 3.31, 0.98],
    ]);
    expect(rounded(r.weights, 8)).toEqual([0.20222554, 0.48090173, 0.31687273]);
    expect(r.method).toBe('critic');
    expect(r.variant).toBe('CRITIC, min-max by direction, sample sd, Pearson correlation');
    expect(r.warnings).toEqual([]);
    // The correlation matrix is symmetric with a unit diagonal.
    r.correlation.forEach((row, j) => {
      expect(row[j]).toBe('1');
      row.forEach((v, k) => {
        expect(r.correlation[k]?.[j]).toBe(v);
      });
    });
  });

  it('Tuş & Adalı (2019) via pymcdm TestCRITICWeights → [0.157, 0.249, 0.168, 0.121, 0.154, 0.151]', () => {
    // Tuş & Adalı (2019), "The new combination with CRITIC and WASPAS methods for the time and
    // attendance software selection problem", Opsearch 56(2), 528–538; matrix and rounded weights
    // from kotbaton/pymcdm test/test_weights.py. pymcdm's critic_weights takes no criterion types
    // and min-max normalises every column as a benefit criterion, hence all `higher` here.
    const matrix = [
      [5000, 3, 3, 4, 3, 2],
      [680, 5, 3, 2, 2, 1],
      [2000, 3, 2, 3, 4, 3],
      [600, 4, 3, 1, 2, 2],
      [800, 2, 4, 3, 3, 4],
    ];
    expect(rounded(criticWeights(matrix).weights, 3)).toEqual([
      0.157, 0.249, 0.168, 0.121, 0.154, 0.151,
    ]);
    // Treating the price as a cost changes the signs of its correlations, hence the weights.
    const cost = criticWeights(matrix, { directions: ['lower', ...Array(5).fill('higher')] });
    expect(rounded(cost.weights, 3)).toEqual([0.184, 0.213, 0.142, 0.158, 0.168, 0.134]);
    expect(cost.sd[0]).toBe(criticWeights(matrix).sd[0]);
  });

  it('a hand-worked case: σ = 0.5, r = 1 exactly, a constant criterion gets 0', () => {
    // z = (0, ½, 1) in both varying columns: σ² = ½ / 2, r = 1, C = 0.5 · (0 + 0 + 1).
    const r = criticWeights([
      [1, 2, 5],
      [2, 4, 5],
      [3, 6, 5],
    ]);
    expect(r.sd).toEqual(['0.5', '0.5', '0']);
    expect(r.correlation).toEqual([
      ['1', '1', '0'],
      ['1', '1', '0'],
      ['0', '0', '0'],
    ]);
    expect(r.information).toEqual(['0.5', '0.5', '0']);
    expect(r.weights).toEqual(['0.5', '0.5', '0']);
    expect(r.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
      ['constant_criterion', 'matrix.columns.2'],
    ]);
  });

  it('"lower" is "higher" on −x', () => {
    const matrix = [
      [3, 1, 4],
      [1, 5, 9],
      [2, 6, 5],
      [3, 5, 8],
    ];
    const negated = matrix.map((row) => row.map((x, j) => (j === 1 ? -x : x)));
    expect(criticWeights(matrix, { directions: ['higher', 'lower', 'higher'] })).toEqual(
      criticWeights(negated),
    );
  });
});

describe('criticWeights: degenerate input', () => {
  it('all criteria perfectly correlated (r settled to exactly 1): equal weights and a warning', () => {
    const r = criticWeights(
      [
        [1, 2, 30],
        [2, 4, 20],
        [3, 6, 10],
      ],
      { directions: ['higher', 'higher', 'lower'] },
    );
    expect(r.correlation.flat()).toEqual(Array(9).fill('1'));
    expect(r.information).toEqual(['0', '0', '0']);
    expect(r.weights).toEqual(Array(3).fill('0.3333333333333333333333333333'));
    expect(r.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
      ['equal_weights_fallback', 'matrix'],
    ]);
  });

  it('every criterion constant: equal weights, no NaN', () => {
    const r = criticWeights([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    expect(r.weights).toEqual(['0.5', '0.5']);
    expect(r.numbers.correlation.flat().every(Number.isFinite)).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual([
      'constant_criterion',
      'constant_criterion',
      'equal_weights_fallback',
    ]);
  });

  it('a single criterion gets weight 1 without the fallback warning', () => {
    const r = criticWeights([[1], [4], [2]]);
    expect(r.weights).toEqual(['1']);
    expect(r.warnings).toEqual([]);
  });

  it('rejects fewer than 3 rows, NaN, Infinity, "12,5", ragged rows and bad directions', () => {
    expect(
      issuesOf(() =>
        criticWeights([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toEqual([{ code: 'too_few_values', path: 'matrix' }]);
    expect(issuesOf(() => criticWeights([[1]]))).toEqual([
      { code: 'too_few_values', path: 'matrix' },
    ]);
    expect(
      issuesOf(() =>
        criticWeights(
          [
            [Number.NaN, '12,5'],
            [Number.NEGATIVE_INFINITY, 1],
            [1, 2],
          ],
          { directions: ['higher'] },
        ),
      ),
    ).toEqual([
      { code: 'not_finite', path: 'matrix.0.0' },
      { code: 'not_a_number', path: 'matrix.0.1' },
      { code: 'not_finite', path: 'matrix.1.0' },
      { code: 'length_mismatch', path: 'options.directions' },
    ]);
    expect(issuesOf(() => criticWeights([[1, 2], [3, 4], [5]]))).toEqual([
      { code: 'ragged_matrix', path: 'matrix.2' },
    ]);
    expect(
      issuesOf(() => criticWeights([[1], [2], [3]], { directions: ['max'] as never })),
    ).toEqual([{ code: 'wrong_value_type', path: 'options.directions.0' }]);
    expect(
      issuesOf(() => criticWeights([[1], [2], [3]], { correlation: 'spearman' } as never)),
    ).toEqual([{ code: 'unrecognized_keys', path: 'options' }]);
  });
});

// Small random decision matrices: 3–6 alternatives, 1–4 criteria.
const cell = fc.integer({ min: -30, max: 30 });
const matrixArb = fc
  .tuple(fc.integer({ min: 3, max: 6 }), fc.integer({ min: 1, max: 4 }))
  .chain(([m, n]) =>
    fc.tuple(
      fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
      fc.array(fc.constantFrom<'higher' | 'lower'>('higher', 'lower'), {
        minLength: n,
        maxLength: n,
      }),
      fc.shuffledSubarray([...Array(m).keys()], { minLength: m, maxLength: m }),
      fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    ),
  );

describe('criticWeights: properties (STYLE.md §14)', () => {
  it('weights are ≥ 0, sum to 1, match the 50-digit oracle, and never NaN', () => {
    fc.assert(
      fc.property(matrixArb, ([matrix, directions]) => {
        const r = criticWeights(matrix, { directions });
        const sum = r.weights.reduce((a, w) => a.plus(w), new D(0));
        expect(sum.minus(1).abs().lte('1e-26')).toBe(true);
        const want = oracle(matrix, directions);
        r.weights.forEach((w, j) => {
          expect(new D(w).gte(0)).toBe(true);
          expect(
            new D(w)
              .minus(want[j] as Decimal)
              .abs()
              .lte('1e-24'),
          ).toBe(true);
        });
        for (const v of r.correlation.flat()) expect(new D(v).abs().lte(1)).toBe(true);
        const numbers = [...r.numbers.weights, ...r.numbers.sd, ...r.numbers.information];
        expect([...numbers, ...r.numbers.correlation.flat()].every(Number.isFinite)).toBe(true);
      }),
    );
  });

  it('reordering the alternatives changes nothing; reordering the criteria reorders the weights', () => {
    fc.assert(
      fc.property(matrixArb, ([matrix, directions, rowOrder, colOrder]) => {
        const base = criticWeights(matrix, { directions });
        const rows = rowOrder.map((i) => matrix[i] as number[]);
        const reordered = criticWeights(rows, { directions });
        // The normalised matrix follows the rows; everything else is unchanged to the last digit.
        const { normalised, numbers, ...rest } = reordered;
        const { normalised: n0, numbers: x0, ...rest0 } = base;
        expect(rest).toEqual(rest0);
        expect(normalised).toEqual(rowOrder.map((i) => n0[i]));
        expect(numbers.weights).toEqual(x0.weights);
        const cols = matrix.map((row) => colOrder.map((j) => row[j] as number));
        const permuted = criticWeights(cols, {
          directions: colOrder.map((j) => directions[j] as 'higher' | 'lower'),
        });
        expect(permuted.weights).toEqual(colOrder.map((j) => base.weights[j]));
        expect(permuted.correlation).toEqual(
          colOrder.map((j) => colOrder.map((k) => base.correlation[j]?.[k])),
        );
      }),
    );
  });
});

describe('criticWeights: every intermediate, for checking against a paper', () => {
  it('Diakoulaki et al. (1995): z by min-max, σ (sample) beside the population sd, Σ(1 − r), C = σ·Σ(1 − r), w = C/ΣC', () => {
    const matrix = [
      [61, 1.08, 4.33],
      [20.7, 0.26, 4.34],
      [16.3, 1.98, 2.53],
      [9.0, 3.29, 1.65],
      [5.4, 2.77, 2.33],
      [4.0, 4.12, 1.21],
      [-6.1, 3.52, 2.1],
      [-34.6, 3.31, 0.98],
    ];
    const r = criticWeights(matrix);
    // z of the first column: (x + 34.6) / 95.6.
    expect(r.normalised.map((row) => row[0])).toEqual(
      matrix.map((row) =>
        new D(row[0] as number).plus('34.6').div('95.6').toSignificantDigits(28).toFixed(),
      ),
    );
    const m = matrix.length;
    const cTotal = r.information.reduce((a, c) => a.plus(c), new D(0));
    r.sd.forEach((s, j) => {
      const population = new D(s).times(new D(m - 1).div(m).sqrt());
      expect(
        population
          .minus(r.sdPopulation[j] as string)
          .abs()
          .lte('1e-27'),
      ).toBe(true);
      const conflict = (r.correlation[j] as string[]).reduce(
        (a, v) => a.plus(1).minus(v),
        new D(0),
      );
      expect(
        conflict
          .minus(r.conflict[j] as string)
          .abs()
          .lte('1e-27'),
      ).toBe(true);
      expect(
        new D(s)
          .times(conflict)
          .minus(r.information[j] as string)
          .abs()
          .lte('1e-27'),
      ).toBe(true);
      expect(
        new D(r.information[j] as string)
          .div(cTotal)
          .minus(r.weights[j] as string)
          .abs()
          .lte('1e-26'),
      ).toBe(true);
    });
    // The published weights (scikit-criteria's test of the paper's example) follow from these.
    expect(rounded(r.weights, 8)).toEqual([0.20222554, 0.48090173, 0.31687273]);
    expect(Object.keys(r.numbers)).toEqual([
      'weights',
      'normalised',
      'sd',
      'sdPopulation',
      'correlation',
      'conflict',
      'information',
    ]);
  });

  it('a constant column: z is null (0/0), its correlations 0, its conflict n and its C 0', () => {
    const r = criticWeights([
      [1, 2, 5],
      [2, 4, 5],
      [3, 6, 5],
    ]);
    expect(r.normalised).toEqual([
      ['0', '0', null],
      ['0.5', '0.5', null],
      ['1', '1', null],
    ]);
    expect(r.conflict).toEqual(['1', '1', '3']);
    expect(r.information[2]).toBe('0');
  });
});
