import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entropyWeights } from 'youpin';
import { issuesOf } from '../helpers.js';

// The oracle works at 50 digits (decimal.js defaults to 20, too few to check 28-digit figures).
const D = Decimal.clone({ precision: 50 });

const round6 = (xs: readonly string[]) => xs.map((x) => new D(x).toDecimalPlaces(6).toNumber());

/** Entropy weights by the textbook formulas at 50 digits, summing in input order. */
function oracle(
  matrix: readonly (readonly number[])[],
  directions: readonly ('higher' | 'lower')[],
  minMax: boolean,
): Decimal[] {
  const m = matrix.length;
  const n = (matrix[0] as number[]).length;
  const d: Decimal[] = [];
  for (let j = 0; j < n; j++) {
    const col = matrix.map((r) => new D(r[j] as number));
    const min = D.min(...col);
    const max = D.max(...col);
    if (min.eq(max)) {
      d.push(new D(0));
      continue;
    }
    const x = minMax
      ? col.map((v) =>
          (directions[j] === 'lower' ? max.minus(v) : v.minus(min)).div(max.minus(min)),
        )
      : col;
    const total = x.reduce((a, v) => a.plus(v), new D(0));
    let h = new D(0);
    for (const v of x) {
      const p = v.div(total);
      if (!p.isZero()) h = h.plus(p.times(p.ln()));
    }
    d.push(new D(1).plus(h.div(D.ln(m))));
  }
  const sum = d.reduce((a, v) => a.plus(v), new D(0));
  return sum.isZero() ? d.map(() => new D(1).div(n)) : d.map((v) => v.div(sum));
}

// Elsayed, Dawood & Karthikeyan (2017), "Evaluating alternatives through the application of
// TOPSIS method with entropy weight", Int. J. Eng. Trends Technol. 46(2), 60–66; the 12 × 5 matrix
// and weights as pymcdm's TestEntropyWeights has them (kotbaton/pymcdm, test/test_weights.py).
const elsayed = [
  [7, 312, 1891, 6613, 163],
  [72, 88, 728, 941804, 1078],
  [10, 252, 2594, 3466, 117471],
  [10, 145, 980, 2371, 86329],
  [65, 54, 350, 501, 29897],
  [29, 48, 380, 912, 34051],
  [7, 476, 3300, 78470, 2212],
  [70, 87, 650, 733, 819000],
  [4, 86, 591, 3015, 103],
  [12, 79, 579, 3240, 96098],
  [21, 45, 261, 1253, 453],
  [1, 72, 530, 4333, 0.1048],
];

describe('entropyWeights: published examples', () => {
  it('Elsayed et al. (2017) via pymcdm TestEntropyWeights, raw shares (normalisation "none")', () => {
    const r = entropyWeights(elsayed, { normalisation: 'none' });
    expect(round6(r.weights)).toEqual([0.104991, 0.069124, 0.071373, 0.449937, 0.304575]);
    expect(r.method).toBe('entropy');
    expect(r.variant).toBe('entropy, raw shares x/Σx, 0·ln0 = 0');
    expect(r.normalisation).toBe('none');
    expect(r.warnings).toEqual([]);
  });

  it('scikit-criteria test_EntropyWeighter_simple_matrix: [[1, 2], [4, 16]] → [0.358889, 0.641111]', () => {
    // quatrope/scikit-criteria, tests/preprocessing/test_weighters.py (raw values, atol 1e-5).
    const r = entropyWeights(
      [
        [1, 2],
        [4, 16],
      ],
      { normalisation: 'none' },
    );
    expect(round6(r.weights)).toEqual([0.358889, 0.641111]);
    // e₁ = −(0.2 ln 0.2 + 0.8 ln 0.8) / ln 2, exactly to 28 digits.
    const p = [new D('0.2'), new D('0.8')];
    const e1 = p.reduce((a, v) => a.minus(v.times(v.ln())), new D(0)).div(D.ln(2));
    expect(r.entropy[0]).toBe(e1.toSignificantDigits(28).toFixed());
  });

  it('zeros take 0·ln 0 = 0 (research/anchors.md §3): [[1, 2], [0, 3], [2, 4]] → [0.924467, 0.075533]', () => {
    // pymcdm would set e = 0 for the column holding a 0 and give [0.966775, 0.033225].
    const r = entropyWeights(
      [
        [1, 2],
        [0, 3],
        [2, 4],
      ],
      { normalisation: 'none' },
    );
    expect(round6(r.weights)).toEqual([0.924467, 0.075533]);
  });

  it('min-max first (the default, 熵权法): closed form e = 1 − (2/3)·ln 2 / ln 3 for shares (0, 1/3, 2/3)', () => {
    const r = entropyWeights(
      [
        [1, 10, 5],
        [2, 30, 5],
        [3, 20, 5],
      ],
      { directions: ['higher', 'lower', 'higher'] },
    );
    const e = new D(1).minus(new D(2).div(3).times(D.ln(2)).div(D.ln(3)));
    expect(r.entropy).toEqual([e.toSignificantDigits(28).toFixed(), r.entropy[0], '1']);
    expect(r.divergence[2]).toBe('0');
    expect(r.weights).toEqual(['0.5', '0.5', '0']);
    expect(r.method).toBe('entropy');
    expect(r.variant).toBe('entropy, min-max by direction, 0·ln0 = 0');
    expect(r.normalisation).toBe('minmax');
    expect(r.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
      ['constant_criterion', 'matrix.columns.2'],
    ]);
  });

  it('min-max on the Elsayed matrix agrees with a 50-digit oracle (and numpy: 0.1000874845, 0.1300425612, …)', () => {
    const r = entropyWeights(elsayed);
    const want = oracle(elsayed, Array(5).fill('higher'), true);
    r.weights.forEach((w, j) => {
      expect(
        new D(w)
          .minus(want[j] as Decimal)
          .abs()
          .lte('1e-26'),
      ).toBe(true);
    });
    expect(r.numbers.weights.map((w) => Number(w.toFixed(10)))).toEqual([
      0.1000874845, 0.1300425612, 0.1115237659, 0.394899553, 0.2634466355,
    ]);
  });

  it('min-max is invariant under positive affine maps, and "lower" is "higher" on −x', () => {
    const a = entropyWeights(elsayed);
    const scaled = elsayed.map((row) => row.map((x) => 3 * x + 7));
    expect(entropyWeights(scaled).weights).toEqual(a.weights);
    const lower = entropyWeights(elsayed, {
      directions: ['higher', 'lower', 'higher', 'lower', 'higher'],
    });
    const negated = elsayed.map((row) => row.map((x, j) => (j % 2 === 1 ? -x : x)));
    expect(entropyWeights(negated).weights).toEqual(lower.weights);
  });
});

describe('entropyWeights: degenerate input', () => {
  it('every column constant: equal weights and an equal_weights_fallback warning', () => {
    const r = entropyWeights([
      [5, 1],
      [5, 1],
    ]);
    expect(r.weights).toEqual(['0.5', '0.5']);
    expect(r.entropy).toEqual(['1', '1']);
    expect(r.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
      ['constant_criterion', 'matrix.columns.0'],
      ['constant_criterion', 'matrix.columns.1'],
      ['equal_weights_fallback', 'matrix'],
    ]);
    for (const w of r.warnings) expect(w.messageZh.length).toBeGreaterThan(0);
  });

  it('one criterion gets weight 1; a constant one too, without the fallback warning', () => {
    expect(entropyWeights([[1], [3]]).weights).toEqual(['1']);
    const flat = entropyWeights([[2], [2]], { normalisation: 'none' });
    expect(flat.weights).toEqual(['1']);
    expect(flat.warnings.map((w) => w.code)).toEqual(['constant_criterion']);
  });

  it('an all-zero column under "none" is constant, not 0/0', () => {
    const r = entropyWeights(
      [
        [0, 1],
        [0, 2],
      ],
      { normalisation: 'none' },
    );
    expect(r.weights).toEqual(['0', '1']);
    expect(r.numbers.entropy.every(Number.isFinite)).toBe(true);
  });

  it('strings and fractions are read exactly', () => {
    expect(
      entropyWeights([
        ['1/3', '0.5'],
        ['2/3', '1.5'],
        ['1', '2.5'],
      ]).weights,
    ).toEqual(['0.5', '0.5']);
  });

  it('rejects one row, NaN, Infinity, "12,5", ragged rows and bad options, collecting every issue', () => {
    expect(issuesOf(() => entropyWeights([[1, 2]]))).toEqual([
      { code: 'too_few_values', path: 'matrix' },
    ]);
    expect(
      issuesOf(() =>
        entropyWeights([
          [Number.NaN, 1],
          [Number.POSITIVE_INFINITY, '12,5'],
        ]),
      ),
    ).toEqual([
      { code: 'not_finite', path: 'matrix.0.0' },
      { code: 'not_finite', path: 'matrix.1.0' },
      { code: 'not_a_number', path: 'matrix.1.1' },
    ]);
    expect(issuesOf(() => entropyWeights([[1, 2], [3]], { directions: ['higher'] }))).toEqual([
      { code: 'ragged_matrix', path: 'matrix.1' },
      { code: 'length_mismatch', path: 'options.directions' },
    ]);
    expect(issuesOf(() => entropyWeights([] as never))).toEqual([
      { code: 'not_a_matrix', path: 'matrix' },
    ]);
    expect(
      issuesOf(() =>
        entropyWeights([[1], [2]], { directions: ['up'] as never, normalisation: 'log' as never }),
      ),
    ).toEqual([{ code: 'invalid_value', path: 'options.normalisation' }]);
    expect(issuesOf(() => entropyWeights([[1], [2]], { directions: ['up'] as never }))).toEqual([
      { code: 'wrong_value_type', path: 'options.directions.0' },
    ]);
    expect(issuesOf(() => entropyWeights([[1], [2]], { weights: [1] } as never))).toEqual([
      { code: 'unrecognized_keys', path: 'options' },
    ]);
  });

  it('"none" rejects negative values and "lower" directions', () => {
    expect(
      issuesOf(() =>
        entropyWeights(
          [
            [1, -2],
            [3, 4],
          ],
          { normalisation: 'none', directions: ['higher', 'lower'] },
        ),
      ),
    ).toEqual([
      { code: 'wrong_value_type', path: 'options.directions.1' },
      { code: 'negative_value', path: 'matrix.0.1' },
    ]);
  });
});

// Small random decision matrices: 2–6 alternatives, 1–4 criteria, values as numbers or strings.
const cell = fc.integer({ min: -60, max: 60 });
const matrixArb = (min: number) =>
  fc.tuple(fc.integer({ min, max: 6 }), fc.integer({ min: 1, max: 4 })).chain(([m, n]) =>
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

describe('entropyWeights: properties (STYLE.md §14)', () => {
  it('weights are ≥ 0, sum to 1, match the 50-digit oracle, and never NaN', () => {
    fc.assert(
      fc.property(matrixArb(2), fc.boolean(), ([matrix, directions], raw) => {
        const input = raw ? matrix.map((row) => row.map(Math.abs)) : matrix;
        const r = raw
          ? entropyWeights(input, { normalisation: 'none' })
          : entropyWeights(input, { directions });
        const sum = r.weights.reduce((a, w) => a.plus(w), new D(0));
        expect(sum.minus(1).abs().lte('1e-26')).toBe(true);
        const want = oracle(input, directions, !raw);
        r.weights.forEach((w, j) => {
          expect(new D(w).gte(0)).toBe(true);
          expect(
            new D(w)
              .minus(want[j] as Decimal)
              .abs()
              .lte('1e-24'),
          ).toBe(true);
        });
        for (const e of r.entropy) expect(new D(e).gte(0) && new D(e).lte(1)).toBe(true);
        expect([...r.numbers.weights, ...r.numbers.entropy].every(Number.isFinite)).toBe(true);
      }),
    );
  });

  it('reordering the alternatives changes nothing; reordering the criteria reorders the weights', () => {
    fc.assert(
      fc.property(matrixArb(2), ([matrix, directions, rowOrder, colOrder]) => {
        const base = entropyWeights(matrix, { directions });
        const rows = rowOrder.map((i) => matrix[i] as number[]);
        const reordered = entropyWeights(rows, { directions });
        // Row-aligned figures follow the rows; everything else is unchanged to the last digit.
        const { normalised, shares, numbers, ...rest } = reordered;
        const { normalised: n0, shares: s0, numbers: x0, ...rest0 } = base;
        expect(rest).toEqual(rest0);
        expect(normalised).toEqual(rowOrder.map((i) => n0[i]));
        expect(shares).toEqual(rowOrder.map((i) => s0[i]));
        expect(numbers.weights).toEqual(x0.weights);
        const cols = matrix.map((row) => colOrder.map((j) => row[j] as number));
        const permuted = entropyWeights(cols, {
          directions: colOrder.map((j) => directions[j] as 'higher' | 'lower'),
        });
        expect(permuted.weights).toEqual(colOrder.map((j) => base.weights[j]));
        expect(permuted.entropy).toEqual(colOrder.map((j) => base.entropy[j]));
      }),
    );
  });
});

describe('entropyWeights: every intermediate, for checking against a paper', () => {
  it('Elsayed et al. (2017), raw shares: x′ is the matrix, p sums to 1 by column, k = 1/ln 12, d = 1 − e, w = d/Σd', () => {
    const r = entropyWeights(elsayed, { normalisation: 'none' });
    expect(r.normalised.map((row) => row.map(Number))).toEqual(elsayed);
    for (let j = 0; j < 5; j++) {
      const column = r.shares.map((row) => new D(row[j] as string));
      expect(
        column
          .reduce((a, p) => a.plus(p), new D(0))
          .minus(1)
          .abs()
          .lte('1e-26'),
      ).toBe(true);
    }
    expect(r.k).toBe(new D(1).div(D.ln(12)).toSignificantDigits(28).toFixed());
    const dSum = r.divergence.reduce((a, d) => a.plus(d), new D(0));
    r.divergence.forEach((d, j) => {
      expect(
        new D(1)
          .minus(r.entropy[j] as string)
          .minus(d)
          .abs()
          .lte('1e-27'),
      ).toBe(true);
      expect(
        new D(d)
          .div(dSum)
          .minus(r.weights[j] as string)
          .abs()
          .lte('1e-26'),
      ).toBe(true);
    });
    // The published weights (pymcdm TestEntropyWeights) follow from these dⱼ.
    expect(round6(r.weights)).toEqual([0.104991, 0.069124, 0.071373, 0.449937, 0.304575]);
    expect(Object.keys(r.numbers)).toEqual([
      'weights',
      'normalised',
      'shares',
      'k',
      'entropy',
      'divergence',
    ]);
  });

  it('scikit-criteria [[1, 2], [4, 16]]: p = (0.2, 0.8) and (1/9, 8/9), e₁ = −(0.2 ln 0.2 + 0.8 ln 0.8)/ln 2', () => {
    const r = entropyWeights(
      [
        [1, 2],
        [4, 16],
      ],
      { normalisation: 'none' },
    );
    expect(r.shares).toEqual([
      ['0.2', '0.1111111111111111111111111111'],
      ['0.8', '0.8888888888888888888888888889'],
    ]);
    expect(r.numbers.k).toBeCloseTo(1 / Math.LN2, 15);
  });

  it('min-max first: x′ by direction, null throughout a constant column (0/0), and its shares too', () => {
    const r = entropyWeights(
      [
        [1, 10, 5],
        [2, 30, 5],
        [3, 20, 5],
      ],
      { directions: ['higher', 'lower', 'higher'] },
    );
    expect(r.normalised).toEqual([
      ['0', '1', null],
      ['0.5', '0', null],
      ['1', '0.5', null],
    ]);
    expect(r.shares.map((row) => row[2])).toEqual([null, null, null]);
    expect(r.numbers.normalised[0]).toEqual([0, 1, null]);
  });

  it("reads the deprecated spelling 'minMax' as 'minmax'", () => {
    const old = entropyWeights(elsayed, { normalisation: 'minMax' });
    expect(old).toEqual(entropyWeights(elsayed, { normalisation: 'minmax' }));
    expect(old.normalisation).toBe('minmax');
  });
});
