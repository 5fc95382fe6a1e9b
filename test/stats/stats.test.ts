import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlations, cronbachAlpha, pca } from 'youpin';
import { ASEM_P2P } from '../fixtures/asem.js';
import { USARRESTS } from '../fixtures/usarrests.js';
import { issuesOf } from '../helpers.js';

const fixed = (xs: readonly number[], d: number) => xs.map((x) => x.toFixed(d));

describe('pca: published worked example', () => {
  it('James, Witten, Hastie & Tibshirani (2013), ISLR §10.4: USArrests, scaled', () => {
    // The lab prints pr.out$sdev, the proportion of variance explained and pr.out$rotation
    // (its signs are R's; here each component's loadings sum to 0 or more, so compare |x|).
    const result = pca(USARRESTS);
    expect(fixed(result.numbers.sdev, 7)).toEqual([
      '1.5748783',
      '0.9948694',
      '0.5971291',
      '0.4164494',
    ]);
    expect(fixed(result.numbers.explained, 8)).toEqual([
      '0.62006039',
      '0.24744129',
      '0.08914080',
      '0.04335752',
    ]);
    const abs = result.numbers.loadings.map((row) => fixed(row.map(Math.abs), 7));
    expect(abs).toEqual([
      ['0.5358995', '0.4181809', '0.3412327', '0.6492278'],
      ['0.5831836', '0.1879856', '0.2681484', '0.7434075'],
      ['0.2781909', '0.8728062', '0.3780158', '0.1338777'],
      ['0.5434321', '0.1673186', '0.8177779', '0.0890243'],
    ]);
    // The sign convention: the first component's loadings are all positive here.
    expect(result.numbers.loadings.every((row) => (row[0] ?? 0) > 0)).toBe(true);
    expect(result.cumulative[3]?.startsWith('0.99999999999999999999999')).toBe(
      result.cumulative[3] !== '1',
    );
  });
});

describe('cronbachAlpha: published worked example', () => {
  it("COINr's analysis vignette: get_cronbach(coin, 'Raw', 'P2P', Level = 1) is 0.05126659", () => {
    // The ASEM data's eight People-to-People indicators, 17 cells NA: COINr takes R's
    // cov(use = "pairwise.complete.obs") and alpha = k² · mean off-diagonal covariance / sum.
    const result = cronbachAlpha(ASEM_P2P, { missing: 'pairwise' });
    expect(result.numbers.alpha?.toFixed(8)).toBe('0.05126659');
    expect(result.variant).toContain('pairwise');
    // Without the option a missing cell is refused, where it is.
    expect(issuesOf(() => cronbachAlpha(ASEM_P2P as never))[0]).toEqual({
      code: 'not_a_number',
      path: 'matrix.26.3',
    });
  });

  it('pairwise equals the classic formula when nothing is missing', () => {
    const complete = USARRESTS.map((r) => r.map(String));
    expect(cronbachAlpha(complete, { missing: 'pairwise' }).alpha?.slice(0, 26)).toBe(
      cronbachAlpha(complete).alpha?.slice(0, 26),
    );
  });
});

describe('correlations and cronbachAlpha', () => {
  it("USArrests: Pearson's r and Spearman's ρ as R's cor() gives them", () => {
    expect(fixed(correlations(USARRESTS).numbers.matrix[0] ?? [], 10)).toEqual([
      '1.0000000000',
      '0.8018733117',
      '0.0695726217',
      '0.5635788330',
    ]);
    expect(
      fixed(correlations(USARRESTS, { method: 'spearman' }).numbers.matrix[0] ?? [], 10),
    ).toEqual(['1.0000000000', '0.8172735133', '0.1067163418', '0.6794265316']);
  });

  it('alpha by hand: variances 0.7, 0.8, 0.7 of items, 4.3 of the totals → 1.5 · (1 − 2.2/4.3)', () => {
    const result = cronbachAlpha([
      [3, 4, 3],
      [2, 3, 4],
      [4, 4, 5],
      [3, 2, 3],
      [4, 4, 4],
    ]);
    expect(result.itemVariances).toEqual(['0.7', '0.8', '0.7']);
    expect(result.totalVariance).toBe('4.3');
    expect(result.alpha).toBe('0.7325581395348837209302325581'); // 63/86
    // Dropping the third item: variances 0.7 and 0.8, totals 2.3 → 2 · (1 − 1.5/2.3) = 16/23.
    expect(result.alphaIfDropped[2]).toBe('0.6956521739130434782608695652');
    // USArrests' four columns, raw (R: 0.332407351997).
    expect(cronbachAlpha(USARRESTS).alpha?.slice(0, 14)).toBe('0.332407351996');
  });

  it('degenerate input is decided, never NaN', () => {
    const constant = correlations([
      [1, 5],
      [2, 5],
      [3, 5],
    ]);
    expect(constant.matrix).toEqual([
      ['1', '0'],
      ['0', '1'],
    ]);
    expect(constant.warnings.map((w) => w.code)).toEqual(['constant_criterion']);
    const flat = cronbachAlpha([
      [1, 1],
      [1, 1],
    ]);
    expect(flat.alpha).toBeNull();
    expect(flat.warnings.map((w) => w.code)).toEqual(['constant_total']);
    expect(issuesOf(() => pca([[1, 2]])).map((i) => i.code)).toEqual(['too_few_values']);
    expect(issuesOf(() => cronbachAlpha([[1], [2]])).map((i) => i.code)).toEqual([
      'too_few_values',
    ]);
    expect(
      issuesOf(() =>
        correlations([
          [1, 'x'],
          [2, 3],
        ]),
      ),
    ).toEqual([{ code: 'not_a_number', path: 'matrix.0.1' }]);
    expect(
      issuesOf(() =>
        correlations(
          [
            [1, 2],
            [2, 3],
          ],
          { method: 'kendall' as never },
        ),
      ),
    ).toEqual([{ code: 'wrong_value_type', path: 'options.method' }]);
  });
});

describe('properties', () => {
  const data = fc
    .record({ n: fc.integer({ min: 3, max: 12 }), k: fc.integer({ min: 2, max: 5 }) })
    .chain(({ n, k }) =>
      fc.array(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: k, maxLength: k }), {
        minLength: n,
        maxLength: n,
      }),
    );
  it('pca: eigenvalues descending and summing to the trace, loadings orthonormal', () => {
    fc.assert(
      fc.property(data, (matrix) => {
        const r = pca(matrix);
        const lambda = r.numbers.eigenvalues;
        for (let i = 1; i < lambda.length; i++)
          expect(lambda[i - 1]).toBeGreaterThanOrEqual(lambda[i] ?? 0);
        const constants = r.warnings.length;
        expect(lambda.reduce((s, x) => s + x, 0)).toBeCloseTo(
          (matrix[0]?.length ?? 0) - constants,
          9,
        );
        const L = r.numbers.loadings;
        for (let a = 0; a < L.length; a++)
          for (let b = 0; b < L.length; b++) {
            const dot = L.reduce((s, row) => s + (row[a] ?? 0) * (row[b] ?? 0), 0);
            expect(dot).toBeCloseTo(a === b ? 1 : 0, 9);
          }
      }),
      { numRuns: 100 },
    );
  });
  it('correlations: symmetric, in [−1, 1]; alpha: the same for any order of the rows', () => {
    fc.assert(
      fc.property(data, (matrix) => {
        for (const method of ['pearson', 'spearman'] as const) {
          const m = correlations(matrix, { method }).numbers.matrix;
          for (const [i, row] of m.entries())
            for (const [j, x] of row.entries()) {
              expect(Math.abs(x)).toBeLessThanOrEqual(1);
              expect(x).toBe(m[j]?.[i]);
            }
        }
        expect(cronbachAlpha([...matrix].reverse()).alpha).toBe(cronbachAlpha(matrix).alpha);
      }),
      { numRuns: 100 },
    );
  });
});
