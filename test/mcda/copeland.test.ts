import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copeland } from 'youpin';
import { issuesOf } from '../helpers.js';

describe('copeland: published worked examples', () => {
  it("the Tennessee capital (Wikipedia, Copeland's method): Nashville wins every contest", () => {
    // Memphis, Nashville, Chattanooga, Knoxville; four groups of voters (42 %, 26 %, 15 %, 17 %)
    // each giving its order of preference (1 best). Copeland scores 0−3, 3−0, 2−1, 1−2.
    const result = copeland(
      [
        [1, 4, 4, 4],
        [2, 1, 3, 3],
        [3, 2, 1, 2],
        [4, 3, 2, 1],
      ],
      [0.42, 0.26, 0.15, 0.17],
      { directions: ['lower', 'lower', 'lower', 'lower'] },
    );
    expect(result.wins).toEqual([0, 3, 2, 1]);
    expect(result.losses).toEqual([3, 0, 1, 2]);
    expect(result.scores).toEqual(['-3', '3', '1', '-1']);
    expect(result.ranks.scores).toEqual([4, 1, 2, 3]);
    // The pairwise majorities: Nashville over Memphis 58 %, over Chattanooga and Knoxville 68 %;
    // Chattanooga over Knoxville 83 %.
    expect(result.outranking[1]).toEqual(['0.58', '0', '0.68', '0.68']);
    expect(result.outranking[2]?.[3]).toBe('0.83');
    expect(result.method).toBe('copeland');
  });

  it("COINr's documented outputs (tests/testthat/test-aggregate.R, outranking and copeland)", () => {
    // x1 = 1:4, x2 = c(3:1, 5), x3 = c(2, 3, 1, 4), equal weights.
    const X = [
      [1, 3, 2],
      [2, 2, 3],
      [3, 1, 1],
      [4, 5, 4],
    ];
    const result = copeland(X, ['1/3', '1/3', '1/3']);
    expect(result.outranking.map((row) => row[0])).toEqual([
      '0',
      '0.6666666666666666666666666667',
      '0.3333333333333333333333333333',
      '1',
    ]);
    expect(result.dominantPairs).toBe(3);
    expect(result.dominantShare).toBe('0.5');
    // Equal units: each outranks the other by ½, and both score 0.
    const tie = copeland(
      [
        [1, 2],
        [2, 1],
      ],
      [0.5, 0.5],
    );
    expect(tie.outranking).toEqual([
      ['0', '0.5'],
      ['0.5', '0'],
    ]);
    expect(tie.scores).toEqual(['0', '0']);
  });
});

describe('copeland: degenerate and bad input', () => {
  it('a constant criterion warns and counts half for each side', () => {
    const result = copeland(
      [
        [1, 5],
        [2, 5],
      ],
      [0.5, 0.5],
    );
    expect(result.warnings.map((w) => w.code)).toEqual(['constant_criterion']);
    expect(result.outranking[1]).toEqual(['0.75', '0']);
  });
  it('problems are located', () => {
    expect(issuesOf(() => copeland([[1]], [1])).map((i) => i.code)).toEqual(['too_few_values']);
    expect(
      issuesOf(() =>
        copeland(
          [
            [1, 2],
            [3, 'x'],
          ],
          [0.5, 0.5],
        ),
      ),
    ).toEqual([{ code: 'not_a_number', path: 'matrix.1.1' }]);
    expect(
      issuesOf(() => copeland([[1], [2]], [1], { weights: [1] } as never)).map((i) => i.code),
    ).toEqual(['unrecognized_keys']);
  });
});

describe('copeland: properties', () => {
  const problem = fc
    .record({ m: fc.integer({ min: 2, max: 7 }), n: fc.integer({ min: 1, max: 4 }) })
    .chain(({ m, n }) =>
      fc.record({
        matrix: fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }), {
          minLength: m,
          maxLength: m,
        }),
        weights: fc
          .array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })
          .filter((ws) => ws.some((w) => w > 0))
          .map((ws) => ws.map((w) => `${w}/${ws.reduce((a, b) => a + b, 0)}`)),
      }),
    );
  it('e(a, b) + e(b, a) = 1, scores sum to 0, and a dominating alternative outscores the one it dominates', () => {
    fc.assert(
      fc.property(problem, ({ matrix, weights }) => {
        const r = copeland(matrix, weights);
        const m = matrix.length;
        for (let a = 0; a < m; a++)
          for (let b = 0; b < m; b++)
            if (a !== b)
              expect(
                (r.numbers.outranking[a]?.[b] ?? 0) + (r.numbers.outranking[b]?.[a] ?? 0),
              ).toBeCloseTo(1, 12);
        expect(r.numbers.scores.reduce((s, x) => s + x, 0)).toBe(0);
        for (let a = 0; a < m; a++)
          for (let b = 0; b < m; b++) {
            const ra = matrix[a] as number[];
            const rb = matrix[b] as number[];
            const dominates = ra.every((v, j) => v > (rb[j] as number));
            if (dominates)
              expect(r.numbers.scores[a]).toBeGreaterThanOrEqual(r.numbers.scores[b] ?? 0);
          }
      }),
      { numRuns: 200 },
    );
  });
});
