import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PreferenceFunction, promethee } from 'youpin';
import { issuesOf } from '../helpers.js';

const EXAMPLE = [
  [4, 3, 2],
  [3, 2, 4],
  [5, 1, 3],
];

describe('promethee: published worked examples', () => {
  it('Zhao, Peng & Li (2013), as pymcdm documents and tests PROMETHEE II (usual criteria)', () => {
    // pymcdm test/test_mcdm.py TestPROMETHEE_II and the PROMETHEE_I/II docstrings: net flows
    // [0.1, -0.3, 0.2], leaving flows [0.55, 0.35, 0.6], entering flows [0.45, 0.65, 0.4].
    const result = promethee(EXAMPLE, [0.5, 0.3, 0.2]);
    expect(result.net).toEqual(['0.1', '-0.3', '0.2']);
    expect(result.positive).toEqual(['0.55', '0.35', '0.6']);
    expect(result.negative).toEqual(['0.45', '0.65', '0.4']);
    expect(result.ranks.net).toEqual([2, 3, 1]);
    expect(result.preference).toEqual([
      ['0', '0.8', '0.3'],
      ['0.2', '0', '0.5'],
      ['0.7', '0.5', '0'],
    ]);
    expect(result.method).toBe('promethee');
    expect(result.numbers.net).toEqual([0.1, -0.3, 0.2]);
    expect(Object.keys(result.numbers)).toEqual([
      'weights',
      'preference',
      'positive',
      'negative',
      'net',
      'criterionFlows',
    ]);
  });
});

describe('promethee: the six preference functions (Brans & Vincke 1985)', () => {
  // One criterion, alternatives at 0, 1, 2, 3, 5: the preference degree of a over b is
  // π(a, b) with weight 1, so each function's shape reads off one column of π.
  const values = [[0], [1], [2], [3], [5]];
  const degreesOver0 = (f: PreferenceFunction) =>
    promethee(values, [1], { preference: f }).preference.map((row) => row[0]);

  it('usual: 1 for any lead', () => {
    expect(degreesOver0({ type: 'usual' })).toEqual(['0', '1', '1', '1', '1']);
  });
  it('ushape: 1 beyond q, 0 up to q', () => {
    expect(degreesOver0({ type: 'ushape', q: 2 })).toEqual(['0', '0', '0', '1', '1']);
  });
  it('vshape: d / p up to p, then 1', () => {
    expect(degreesOver0({ type: 'vshape', p: 4 })).toEqual(['0', '0.25', '0.5', '0.75', '1']);
  });
  it('level: 0 up to q, ½ up to p, then 1', () => {
    expect(degreesOver0({ type: 'level', q: 1, p: 3 })).toEqual(['0', '0', '0.5', '0.5', '1']);
  });
  it('linear: (d − q) / (p − q) between q and p', () => {
    expect(degreesOver0({ type: 'linear', q: 1, p: 3 })).toEqual(['0', '0', '0.5', '1', '1']);
  });
  it('gaussian: 1 − exp(−d² / 2s²), exactly', () => {
    const [, one, two] = degreesOver0({ type: 'gaussian', s: 1 });
    // 1 − e^(−1/2) and 1 − e^(−2), to 25 digits.
    expect(one?.slice(0, 27)).toBe('0.3934693402873665763962004');
    expect(two?.slice(0, 27)).toBe('0.8646647167633873081060005');
  });

  it('a lower-is-better criterion measures the lead the other way', () => {
    const flows = promethee([[1], [3]], [1], {
      directions: ['lower'],
      preference: { type: 'vshape', p: 4 },
    });
    expect(flows.preference).toEqual([
      ['0', '0.5'],
      ['0', '0'],
    ]);
    expect(flows.net).toEqual(['0.5', '-0.5']);
  });

  it('the variant names the functions', () => {
    const result = promethee(EXAMPLE, [0.5, 0.3, 0.2], {
      preference: [{ type: 'vshape', p: 2 }, { type: 'level', q: 0, p: 1 }, { type: 'usual' }],
    });
    expect(result.variant).toBe(
      'PROMETHEE II, net flow; preference vshape (p = 2); level (q = 0, p = 1); usual',
    );
    // Hand-worked: π(A3, A1) = 0.5 · ½ (lead 1 of p = 2) + 0.2 · 1 = 0.45.
    expect(result.preference[2]?.[0]).toBe('0.45');
  });
});

describe('promethee: degenerate and bad input', () => {
  it('a constant criterion warns and counts for nothing', () => {
    const result = promethee(
      [
        [1, 7],
        [2, 7],
      ],
      [0.5, 0.5],
    );
    expect(result.warnings.map((w) => w.code)).toEqual(['constant_criterion']);
    expect(result.net).toEqual(['-0.5', '0.5']);
  });

  it('every problem of the thresholds is located, with the rest of the input', () => {
    expect(
      issuesOf(() =>
        promethee(EXAMPLE, [0.5, 0.3, 0.2], {
          preference: [
            { type: 'linear', q: 3, p: 2 },
            { type: 'gaussian', s: 0 },
            { type: 'ushape', q: -1 },
          ],
        }),
      ),
    ).toEqual([
      { code: 'threshold_order', path: 'options.preference.0.p' },
      { code: 'nonpositive', path: 'options.preference.1.s' },
      { code: 'out_of_scale', path: 'options.preference.2.q' },
    ]);
    expect(
      issuesOf(() =>
        promethee(EXAMPLE, [0.5, 0.3, 0.2], {
          preference: [{ type: 'usual' }] as PreferenceFunction[],
        }),
      ),
    ).toEqual([{ code: 'length_mismatch', path: 'options.preference' }]);
    expect(
      issuesOf(() =>
        promethee(EXAMPLE, [0.5, 0.3, 0.2], {
          preference: { type: 'sigmoid' } as unknown as PreferenceFunction,
        }),
      ).map((i) => i.code),
    ).toEqual(['invalid_union']);
    expect(issuesOf(() => promethee([[1, 2]], [0.5, 0.5])).map((i) => i.code)).toEqual([
      'too_few_values',
    ]);
    expect(
      issuesOf(() =>
        promethee(
          Array.from({ length: 2001 }, (_, i) => [i]),
          [1],
        ),
      ).map((i) => i.code),
    ).toEqual(['too_large']);
    expect(issuesOf(() => promethee(EXAMPLE, [0.5, 0.5, 0.5])).map((i) => i.code)).toEqual([
      'weights_sum',
    ]);
  });
});

describe('promethee: equal flows', () => {
  it('a net flow that is 0 is 0, not guard-digit noise (found by the property test below)', () => {
    const matrix = [
      [0, 4.75, 1.75],
      [0, 0, 0],
      [0, 0, 1.75],
      [-1.25, 2.25, 0],
      [0, 0, -1.5],
      [0, 0, 0.25],
    ];
    const options = {
      directions: ['lower', 'higher', 'higher'] as const,
      preference: [
        { type: 'ushape' as const, q: 0 },
        { type: 'usual' as const },
        { type: 'ushape' as const, q: 0 },
      ],
    };
    const result = promethee(matrix, ['1/11', '3/11', '7/11'], {
      ...options,
      directions: [...options.directions],
    });
    expect(result.net[3]).toBe('0');
    expect(result.net[5]).toBe('0');
  });
});

describe('promethee: properties', () => {
  const fns: fc.Arbitrary<PreferenceFunction> = fc.oneof(
    fc.constant({ type: 'usual' as const }),
    fc.integer({ min: 0, max: 8 }).map((q) => ({ type: 'ushape' as const, q: q / 4 })),
    fc.integer({ min: 1, max: 8 }).map((p) => ({ type: 'vshape' as const, p: p / 4 })),
    fc.integer({ min: 0, max: 4 }).map((q) => ({ type: 'level' as const, q, p: q + 1.5 })),
    fc.integer({ min: 0, max: 4 }).map((q) => ({ type: 'linear' as const, q, p: q + 2.5 })),
    fc.integer({ min: 1, max: 4 }).map((s) => ({ type: 'gaussian' as const, s })),
  );
  const problem = fc
    .record({ m: fc.integer({ min: 2, max: 6 }), n: fc.integer({ min: 1, max: 4 }) })
    .chain(({ m, n }) =>
      fc.record({
        matrix: fc.array(
          fc.array(
            fc.integer({ min: -20, max: 40 }).map((k) => k / 4),
            {
              minLength: n,
              maxLength: n,
            },
          ),
          { minLength: m, maxLength: m },
        ),
        weights: fc
          .array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })
          .filter((ws) => ws.some((w) => w > 0))
          .map((ws) => ws.map((w) => `${w}/${ws.reduce((a, b) => a + b, 0)}`)),
        directions: fc.array(fc.constantFrom('higher' as const, 'lower' as const), {
          minLength: n,
          maxLength: n,
        }),
        preference: fc.array(fns, { minLength: n, maxLength: n }),
        order: fc.shuffledSubarray(
          Array.from({ length: m }, (_, i) => i),
          { minLength: m, maxLength: m },
        ),
      }),
    );

  it('net flows sum to 0, lie in [−1, 1], are Σ w_j φ_j, and follow the alternatives when they are permuted', () => {
    fc.assert(
      fc.property(problem, ({ matrix, weights, directions, preference, order }) => {
        const r = promethee(matrix, weights, { directions, preference });
        const sum = r.numbers.net.reduce((a, b) => a + b, 0);
        expect(Math.abs(sum)).toBeLessThan(1e-12);
        for (const phi of r.numbers.net) expect(Math.abs(phi)).toBeLessThanOrEqual(1 + 1e-12);
        r.numbers.criterionFlows.forEach((row, a) => {
          const weighted = row.reduce((s, f, j) => s + f * (r.numbers.weights[j] ?? 0), 0);
          expect(weighted).toBeCloseTo(r.numbers.net[a] ?? Number.NaN, 12);
        });
        const moved = promethee(
          order.map((i) => matrix[i] as number[]),
          weights,
          { directions, preference },
        );
        expect(moved.net).toEqual(order.map((i) => r.net[i]));
        expect(moved.ranks.net).toEqual(order.map((i) => r.ranks.net[i]));
      }),
      { numRuns: 150 },
    );
  });
});
