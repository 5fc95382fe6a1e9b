import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pcaWeights } from 'youpin';
import { TAI } from '../fixtures/tai.js';
import { issuesOf } from '../helpers.js';

const near = (actual: readonly number[], printed: readonly number[], tolerance: number) => {
  expect(actual).toHaveLength(printed.length);
  actual.forEach((x, i) => {
    expect(
      Math.abs(x - (printed[i] as number)),
      `entry ${i}: ${x} vs ${printed[i]}`,
    ).toBeLessThanOrEqual(tolerance);
  });
};

describe('pcaWeights: the OECD/JRC Handbook on Constructing Composite Indicators (2008), §6.1', () => {
  // The Technology Achievement Index of 23 countries (Table A.2), four factors as the Handbook keeps.
  const r = pcaWeights(TAI, { factors: 4 });

  it('reproduces Table 16 (eigenvalues, variance and cumulative variance, %)', () => {
    // Printed: 3.3 1.7 1.0 0.9 0.5 0.3 0.2 0.1 — our 3.354 is printed as 3.3 (the table is not
    // rounded consistently: 0.985 is printed as 1.0), so the eigenvalues are held to 0.06.
    near(r.numbers.eigenvalues, [3.3, 1.7, 1.0, 0.9, 0.5, 0.3, 0.2, 0.1], 0.06);
    // Printed to 0.1 %; ours agree to one decimal except where the table is off by about one unit
    // of its last digit (11.17 is printed 11.1, 5.890 is printed 6.0, 63.76 is printed 63.7).
    near(
      r.numbers.explained.map((x) => x * 100),
      [41.9, 21.8, 12.3, 11.1, 6.0, 3.7, 2.2, 0.9],
      0.111,
    );
    near(
      r.numbers.cumulative.map((x) => x * 100),
      [41.9, 63.7, 76.0, 87.2, 93.2, 96.9, 99.1, 100],
      0.111,
    );
    expect(r.numbers.explained.map((x) => (x * 100).toFixed(1))).toEqual([
      '41.9',
      '21.8',
      '12.3',
      '11.2',
      '5.9',
      '3.7',
      '2.2',
      '0.9',
    ]);
  });

  it('reproduces Table 17 (the varimax-rotated loadings, Expl.Var and Expl./Tot)', () => {
    // Rows patents … university, columns factors 1–4, as printed (two decimals). The Handbook's
    // rotation (its software is not named) stopped slightly before varimax's fixed point: its
    // loadings differ from the fixed point's by at most 0.013, its Expl.Var by at most 0.023.
    const printed = [
      [0.07, 0.97, 0.06, 0.06],
      [0.13, 0.07, -0.07, 0.93],
      [0.79, -0.21, 0.21, 0.42],
      [-0.64, 0.56, -0.04, 0.36],
      [0.37, 0.17, 0.38, 0.68],
      [0.82, -0.04, 0.25, 0.35],
      [0.88, 0.23, -0.09, 0.09],
      [0.08, 0.04, 0.96, 0.04],
    ];
    r.numbers.rotated.forEach((row, i) => {
      near(row, printed[i] as number[], 0.015);
    });
    near(r.numbers.variance, [2.64, 1.39, 1.19, 1.76], 0.025);
    near(r.numbers.factorWeights, [0.38, 0.2, 0.17, 0.25], 0.006);
    // The rotation keeps the variance of the four factors: 3.354 + 1.746 + 0.985 + 0.894.
    const kept = r.numbers.eigenvalues.slice(0, 4).reduce((s, x) => s + x, 0);
    expect(r.numbers.variance.reduce((s, x) => s + x, 0)).toBeCloseTo(kept, 12);
  });

  it("reproduces the Handbook's intermediate composites (text under Table 17) with assignment 'scaled'", () => {
    // "The first includes Internet (0.24), electricity (0.25) and schooling (0.29) … the second …
    // patents and exports (0.67 and 0.23), the third only university (0.77) and the fourth
    // royalties and telephones (0.49 and 0.26)": the grouping by scaled squared loading.
    const s = pcaWeights(TAI, { factors: 4, assignment: 'scaled' });
    expect(s.factorOf).toEqual([1, 3, 0, 1, 3, 0, 0, 2]);
    const own = s.numbers.squaredLoadings.map((row, i) => row[s.factorOf[i] as number] as number);
    near(own, [0.67, 0.49, 0.24, 0.23, 0.26, 0.25, 0.29, 0.77], 0.015);
  });

  it('reproduces Table 18, column PC (the weights)', () => {
    // Printed: patents 0.17, royalties 0.15, internet 0.11, exports 0.07, telephones 0.08,
    // electricity 0.12, schooling 0.14, university 0.16. Exports joins factor 1 (its largest
    // squared loading, −0.64²), which gives its printed 0.07 (0.074; factor 2 would give 0.057).
    expect(r.factorOf).toEqual([1, 3, 0, 0, 3, 0, 0, 2]);
    const printed = [0.17, 0.15, 0.11, 0.07, 0.08, 0.12, 0.14, 0.16];
    near(r.numbers.weights, printed, 0.0052);
    // Seven of the eight agree to the two printed decimals; patents is 0.1649 (printed 0.17).
    const same = r.numbers.weights.filter(
      (w, i) => Math.abs(Math.round(w * 100) / 100 - (printed[i] as number)) < 1e-9,
    );
    expect(same).toHaveLength(7);
    expect(r.weights[0]).toBe('0.1648763680933021966013267304');
  });

  it("agrees with R's stats::varimax on the same loadings", () => {
    // R 4.2.2: L <- eigen(cor(tai))$vectors[, 1:4] %*% diag(sqrt(eigen(cor(tai))$values[1:4]));
    // varimax(L, eps = 1e-15), columns signed to sum ≥ 0. R stops on a relative gain of the
    // criterion, which is flat at the optimum, so its rotation is good to about 5e-8.
    const fromR = [
      [0.0629501195972917, 0.9668539733555722, 0.0598804244896388, 0.0573726597566416],
      [0.1268699262424566, 0.0743725967582232, -0.0701096956171125, 0.9276775011342137],
      [0.7869233541372533, -0.2097822837547038, 0.2087945731841183, 0.4297213157067887],
      [-0.6474568748731507, 0.5606412701979983, -0.0381503292104548, 0.3482101605112329],
      [0.3680757622332114, 0.1634020352657372, 0.3686432853565108, 0.6926405370624508],
      [0.8123459713737349, -0.0453343342659219, 0.2388621565869531, 0.3498503843337557],
      [0.8787996188931287, 0.2374288452426149, -0.0904372254439282, 0.0939656593590001],
      [0.0786852733289158, 0.0374385254230349, 0.9612264289025972, 0.0471978601590366],
    ];
    r.numbers.rotated.forEach((row, i) => {
      near(row, fromR[i] as number[], 5e-8);
    });
    expect(r.iterations).toBeGreaterThan(10);
    expect(r.warnings).toEqual([]);
  });

  it("keeps two factors by the Handbook's rule (eigenvalue > 1, > 10 % each, > 60 % together)", () => {
    const d = pcaWeights(TAI);
    expect(d.factors).toBe(2); // 3.354 and 1.746; together 63.8 %
    expect(d.variant).toContain('factors: 2');
    expect(d.numbers.rotated[0]).toHaveLength(2);
  });
});

describe('pcaWeights: conventions', () => {
  it('adds components until more than 60 % is explained when the first rules keep too few', () => {
    // Eigenvalues 1.709, 0.925, 0.366: only the first exceeds 1, and it explains 57 %.
    const m = [
      [5, 5, 7],
      [9, 1, 2],
      [8, 9, 3],
      [3, 8, 4],
      [3, 8, 3],
      [4, 6, 5],
    ];
    const r = pcaWeights(m);
    const { eigenvalues, explained, cumulative } = r.numbers;
    // The first rules alone keep one component (only the first eigenvalue exceeds 1), which
    // explains less than 60 %; the next ones are added until the total passes 60 %.
    expect(eigenvalues[0]).toBeGreaterThan(1);
    expect(eigenvalues[1]).toBeLessThanOrEqual(1);
    expect(cumulative[0]).toBeLessThanOrEqual(0.6);
    expect(cumulative[1]).toBeGreaterThan(0.6);
    expect(r.factors).toBe(2);
    expect(explained[0]).toBeGreaterThan(0.1);
  });

  it('gives a constant column weight 0 and warns', () => {
    const r = pcaWeights([
      [1, 2, 7],
      [2, 4, 7],
      [3, 5, 7],
      [4, 9, 7],
    ]);
    expect(r.weights[2]).toBe('0');
    expect(r.factorOf[2]).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('constant_criterion');
    expect(r.numbers.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it('falls back to equal weights when every column is constant', () => {
    const r = pcaWeights([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    expect(r.weights).toEqual(['0.5', '0.5']);
    expect(r.warnings.map((w) => w.code)).toContain('equal_weights_fallback');
  });

  it('rejects bad input with located issues', () => {
    expect(
      issuesOf(() =>
        pcaWeights([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toEqual([{ code: 'too_few_values', path: 'matrix' }]);
    expect(issuesOf(() => pcaWeights(TAI, { factors: 9 }))).toEqual([
      { code: 'out_of_scale', path: 'options.factors' },
    ]);
    expect(issuesOf(() => pcaWeights(TAI, { factors: 0 }))[0]?.path).toBe('options.factors');
    expect(issuesOf(() => pcaWeights(TAI, { assignment: 'x' as never }))[0]?.path).toBe(
      'options.assignment',
    );
    expect(
      issuesOf(() =>
        pcaWeights([
          [1, 'a'],
          [2, 3],
          [3, 1],
        ]),
      ),
    ).toEqual([{ code: 'not_a_number', path: 'matrix.0.1' }]);
  });

  it('weights are ≥ 0, sum to 1, and do not depend on units, signs or the order of rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 3, maxLength: 3 }), {
          minLength: 4,
          maxLength: 7,
        }),
        fc.integer({ min: 1, max: 1000 }),
        (rows, unit) => {
          const r = pcaWeights(rows);
          expect(r.numbers.weights.every((w) => w >= 0)).toBe(true);
          expect(r.numbers.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
          // A change of unit (× unit) and sign of column 0, and the rows reversed.
          const other = pcaWeights(
            [...rows]
              .reverse()
              .map(([a, b, c]) => [-(a as number) * unit, b as number, c as number]),
          );
          other.numbers.weights.forEach((w, j) => {
            expect(w).toBeCloseTo(r.numbers.weights[j] as number, 9);
          });
        },
      ),
      { numRuns: 15 },
    );
  });
});
