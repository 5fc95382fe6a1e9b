import { Decimal as BaseDecimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahp, ahpGroup, randomIndexTables } from 'youpin';
import { issuesOf } from '../helpers.js';

const D = BaseDecimal.clone({ precision: 50 });
const round = (xs: readonly number[], d: number) => xs.map((x) => Number(x.toFixed(d)));

// Saaty (2008), "Decision making with the analytic hierarchy process", drink consumption in the
// US; numbers as in the AHPy README (PhilipGriffith/AHPy): water .327, soda .19, coffee .177,
// milk .129, beer .116, tea .042, wine .019; CR 0.022 with Saaty 2005's RI (1.35 for n = 7).
const drinks = [
  [1, 9, 5, 2, 1, 1, '1/2'],
  ['1/9', 1, '1/3', '1/9', '1/9', '1/9', '1/9'],
  ['1/5', 3, 1, '1/3', '1/4', '1/3', '1/9'],
  ['1/2', 9, 3, 1, '1/2', 1, '1/3'],
  [1, 9, 4, 2, 1, 2, '1/2'],
  [1, 9, 3, 1, '1/2', 1, '1/3'],
  [2, 9, 9, 3, 2, 3, 1],
];

describe('ahp', () => {
  it('reproduces Saaty’s drink-consumption example (eigenvector)', () => {
    const r = ahp(drinks, { randomIndex: 'saaty2005' });
    expect(round(r.numbers.weights, 3)).toEqual([0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327]);
    expect(r.numbers.lambdaMax.toFixed(4)).toBe('7.1766');
    expect(r.numbers.cr.toFixed(3)).toBe('0.022');
    expect(r).toMatchObject({
      method: 'eigenvector',
      n: 7,
      ri: '1.35',
      acceptable: true,
      suggestion: null,
    });
    expect(r.randomIndexTable.name).toBe('saaty2005');
    expect(ahp(drinks).ri).toBe('1.32'); // Saaty 1980 by default
    // One result shape: the numbers repeat every figure, RI and the threshold included.
    expect(r.variant).toBe('principal eigenvector, RI saaty2005');
    expect(Object.keys(r.numbers)).toEqual(['weights', 'lambdaMax', 'ci', 'ri', 'cr', 'threshold']);
    expect([r.numbers.ri, r.numbers.threshold]).toEqual([1.35, 0.1]);
    // CI = (λmax − n)/(n − 1) and CR = CI/RI, as the example's figures relate.
    expect(r.numbers.ci).toBeCloseTo((r.numbers.lambdaMax - 7) / 6, 15);
    expect(r.numbers.cr).toBeCloseTo(r.numbers.ci / 1.35, 15);
    expect(r.warnings).toEqual([]);
  });

  it('reproduces Wang & Chin (2011), an inconsistent 6 × 6 matrix (pymcdm test_weights.py)', () => {
    const r = ahp([
      [1, 4, 3, 1, 3, 4],
      ['1/4', 1, 7, 3, '1/5', 1],
      ['1/3', '1/7', 1, '1/5', '1/5', '1/6'],
      [1, '1/3', 5, 1, 1, '1/3'],
      ['1/3', 5, 5, 1, 1, 3],
      ['1/4', 1, 6, 3, '1/3', 1],
    ]);
    expect(round(r.numbers.weights, 4)).toEqual([0.3208, 0.1395, 0.0348, 0.1285, 0.2374, 0.1391]);
    expect(r.numbers.lambdaMax.toFixed(4)).toBe('7.4199');
    expect(r.numbers.cr.toFixed(2)).toBe('0.23');
    expect(r.acceptable).toBe(false);
    // The revision it suggests does lower CR.
    const s = r.suggestion;
    expect(s).not.toBeNull();
    expect(Number(s?.crAfter)).toBeLessThan(r.numbers.cr);
  });

  it('reproduces the R package MCDA’s examples (tests/testthat/test-AHP.R and test-pairwiseConsistencyMeasures.R)', () => {
    const criteria = ahp([
      [1, '1/2', 3],
      [2, 1, 4],
      ['1/3', '1/4', 1],
    ]);
    expect(round(criteria.numbers.weights, 4)).toEqual([0.3196, 0.5584, 0.122]);
    const style = [
      [1, 0.25, 4, '1/6'],
      [4, 1, 4, 0.25],
      [0.25, 0.25, 1, 0.2],
      [6, 4, 5, 1],
    ];
    expect(ahp(style, { randomIndex: 'aguaron2003' }).numbers.cr.toFixed(3)).toBe('0.164');
    expect(ahp(style).numbers.cr.toFixed(3)).toBe('0.161'); // the same matrix with Saaty's 0.90
  });

  it('offers the row-geometric-mean method and names it', () => {
    const r = ahp(drinks, { method: 'geometricMean' });
    expect(r.method).toBe('geometricMean');
    // Close to the eigenvector for a nearly consistent matrix, not equal to it.
    const eigen = ahp(drinks).numbers.weights;
    r.numbers.weights.forEach((w, i) => {
      expect(Math.abs(w - (eigen[i] as number))).toBeLessThan(0.01);
    });
    expect(r.weights).not.toEqual(ahp(drinks).weights);
  });

  it('gives CI = CR = 0 for n ≤ 2 and weights [1] for n = 1', () => {
    expect(ahp([[1]])).toMatchObject({ weights: ['1'], ci: '0', cr: '0', acceptable: true });
    expect(
      ahp([
        [1, 4],
        ['1/4', 1],
      ]),
    ).toMatchObject({ weights: ['0.8', '0.2'], ci: '0', cr: '0' });
  });

  it('rejects bad matrices with located issues', () => {
    expect(
      issuesOf(() =>
        ahp([
          [1, 2, 3],
          ['1/2', 1, 4],
        ]),
      ),
    ).toEqual([{ code: 'not_square', path: 'matrix' }]);
    expect(
      issuesOf(() =>
        ahp([
          [2, 3],
          ['1/3', 1],
        ]),
      ),
    ).toEqual([{ code: 'diagonal_not_one', path: 'matrix.0.0' }]);
    expect(
      issuesOf(() =>
        ahp([
          [1, 0],
          [-1, 1],
        ]),
      ),
    ).toEqual([
      { code: 'nonpositive_judgement', path: 'matrix.0.1' },
      { code: 'nonpositive_judgement', path: 'matrix.1.0' },
    ]);
    expect(
      issuesOf(() =>
        ahp([
          [1, 3],
          [0.333, 1],
        ]),
      ),
    ).toEqual([{ code: 'not_reciprocal', path: 'matrix.1.0' }]);
    expect(
      issuesOf(() =>
        ahp([
          [1, Number.NaN],
          ['x', 1],
        ]),
      ),
    ).toEqual([
      { code: 'not_finite', path: 'matrix.0.1' },
      { code: 'not_a_number', path: 'matrix.1.0' },
    ]);
    expect(issuesOf(() => ahp([]))).toEqual([{ code: 'not_a_matrix', path: 'matrix' }]);
    expect(issuesOf(() => ahp([[1, 2], ['1/2']]))).toEqual([
      { code: 'ragged_matrix', path: 'matrix.1' },
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) =>
      Array.from({ length: 11 }, (_, j) => (i === j ? 1 : 1)),
    );
    expect(issuesOf(() => ahp(eleven))).toEqual([{ code: 'matrix_too_large', path: 'matrix' }]);
    expect(issuesOf(() => ahp([[1]], { randomIndex: 'nope' as never }))[0]?.path).toBe(
      'options.randomIndex',
    );
  });

  it('property: a perfectly consistent matrix gives CR = 0 and the weights it was built from', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 10 }),
        fc.constantFrom('eigenvector', 'geometricMean'),
        (w, method) => {
          const matrix = w.map((wi) => w.map((wj) => `${wi}/${wj}`));
          const r = ahp(matrix, { method: method as 'eigenvector' });
          const total = w.reduce((a, b) => a + b, 0);
          r.weights.forEach((x, i) => {
            expect(
              new D(x)
                .minus(new D(w[i] as number).div(total))
                .abs()
                .lessThan('1e-25'),
            ).toBe(true);
          });
          expect(new D(r.cr).lessThan('1e-25')).toBe(true);
          expect(r.acceptable).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('property: weights are positive, sum to 1, and permuting the criteria permutes them', () => {
    const scale = fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9);
    const matrixArb = fc.integer({ min: 2, max: 6 }).chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.tuple(scale, fc.boolean()), {
          minLength: (n * (n - 1)) / 2,
          maxLength: (n * (n - 1)) / 2,
        }),
      ),
    );
    fc.assert(
      fc.property(matrixArb, fc.nat(), ([n, cells], seed) => {
        const m: (number | string)[][] = Array.from({ length: n }, () =>
          Array.from({ length: n }, () => 1),
        );
        let k = 0;
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) {
            const [v, inverse] = cells[k++] as [number, boolean];
            (m[i] as (number | string)[])[j] = inverse ? `1/${v}` : v;
            (m[j] as (number | string)[])[i] = inverse ? v : `1/${v}`;
          }
        }
        const r = ahp(m);
        const sum = r.weights.reduce((s, w) => s.plus(w), new D(0));
        expect(sum.minus(1).abs().lessThan('1e-25')).toBe(true);
        for (const w of r.weights) expect(new D(w).greaterThan(0)).toBe(true);
        const order = Array.from({ length: n }, (_, i) => i).sort(
          (a, b) => ((a * 31 + seed) % 7) - ((b * 31 + seed) % 7) || a - b,
        );
        const permuted = ahp(
          order.map((i) => order.map((j) => (m[i] as (number | string)[])[j] as number | string)),
        );
        order.forEach((i, p) => {
          expect(
            new D(permuted.weights[p] as string)
              .minus(r.weights[i] as string)
              .abs()
              .lessThan('1e-25'),
          ).toBe(true);
        });
        expect(new D(permuted.cr).minus(r.cr).abs().lessThan('1e-25')).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000); // hundreds of eigenvector runs: slow on a loaded machine, never wrong

  it('names its random-index tables, with their sources', () => {
    expect(Object.keys(randomIndexTables)).toEqual([
      'saaty1980',
      'saaty2005',
      'tummalaLing1998',
      'aguaron2003',
      'doneganDodd1991',
    ]);
    expect(randomIndexTables.saaty1980.values.slice(2)).toEqual([
      '0.58',
      '0.90',
      '1.12',
      '1.24',
      '1.32',
      '1.41',
      '1.45',
      '1.49',
    ]);
  });
});

describe('ahpGroup', () => {
  const e1 = [
    [1, 3, 5],
    ['1/3', 1, 3],
    ['1/5', '1/3', 1],
  ];
  const e2 = [
    [1, 1, 3],
    [1, 1, 2],
    ['1/3', '1/2', 1],
  ];

  it('aggregates judgements (AIJ) by the geometric mean and reports each expert’s CR', () => {
    const g = ahpGroup([e1, e2]);
    expect(g.aggregation).toBe('judgements');
    // a₀₁ = √(3 × 1), a₀₂ = √(5 × 3), a₁₂ = √(3 × 2)
    expect(g.aggregatedMatrix?.[0]?.slice(1).map((x) => Number(x).toFixed(6))).toEqual([
      '1.732051',
      '3.872983',
    ]);
    expect(g.group).not.toBeNull();
    expect(g.experts.map((e) => e.numbers.cr.toFixed(4))).toEqual([
      ahp(e1).numbers.cr.toFixed(4),
      ahp(e2).numbers.cr.toFixed(4),
    ]);
    expect(g.weights).toEqual(ahp(g.aggregatedMatrix as string[][]).weights);
  });

  it('aggregates priorities (AIP) by the weighted geometric mean', () => {
    const g = ahpGroup([e1, e2], { aggregation: 'priorities', expertWeights: [0.75, 0.25] });
    const [w1, w2] = [ahp(e1).numbers.weights, ahp(e2).numbers.weights];
    const raw = w1.map((w, i) => w ** 0.75 * (w2[i] as number) ** 0.25);
    const total = raw.reduce((a, b) => a + b, 0);
    expect(g.numbers.weights.map((w) => w.toFixed(10))).toEqual(
      raw.map((w) => (w / total).toFixed(10)),
    );
    expect(g.group).toBeNull();
    expect(g.expertWeights).toEqual(['0.75', '0.25']);
    expect(g.numbers).toEqual({
      weights: g.weights.map(Number),
      expertWeights: [0.75, 0.25],
      aggregatedMatrix: null,
    });
    expect(g.method).toBe('eigenvector');
  });

  it('with one expert equals plain AHP; rejects mismatched sizes and bad expert weights', () => {
    expect(ahpGroup([e1]).weights).toEqual(ahp(e1).weights);
    expect(issuesOf(() => ahpGroup([e1, [[1]]]))).toEqual([
      { code: 'length_mismatch', path: 'matrices.1' },
    ]);
    expect(issuesOf(() => ahpGroup([e1, e2], { expertWeights: [0.5, 0.4] }))).toEqual([
      { code: 'weights_sum', path: 'options.expertWeights' },
    ]);
    expect(
      issuesOf(() =>
        ahpGroup([
          e1,
          [
            [1, 2],
            [2, 1],
          ],
        ]),
      ),
    ).toContainEqual({ code: 'not_reciprocal', path: 'matrices.1.1.0' });
    expect(issuesOf(() => ahpGroup([]))).toEqual([{ code: 'empty_input', path: 'matrices' }]);
  });
});
