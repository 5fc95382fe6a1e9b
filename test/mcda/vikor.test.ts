import { describe, expect, it } from 'vitest';
import { vikor } from 'youpin';
import { issuesOf } from '../helpers.js';

/** Rounds each number to `d` decimals, as published tables do. */
const fixed = (xs: readonly number[], d: number) => xs.map((x) => x.toFixed(d));

describe('vikor: published worked examples', () => {
  it('Opricovic & Tzeng (2004), EJOR 156(2): S, R, Q and the compromise {A2}', () => {
    // Figures as in pymcdm TestVIKOR.test_output_opricovic and scikit-criteria
    // test_VIKOR_opricovic2004compromise.
    const result = vikor(
      [
        [1, 3000],
        [2, 3750],
        [5, 4500],
      ],
      [0.5, 0.5],
      { directions: ['lower', 'higher'] },
    );
    expect(result.S).toEqual(['0.5', '0.375', '0.5']);
    expect(result.R).toEqual(['0.5', '0.25', '0.5']);
    expect(result.Q).toEqual(['1', '0', '1']);
    expect(result.ranks.Q).toEqual([2, 1, 2]);
    expect(result.conditions).toEqual({ acceptableAdvantage: true, acceptableStability: true });
    expect(result.compromise).toEqual([1]);
    expect(result.v).toBe('0.5');
    // Step 1: the best and worst value of each criterion (risk is lower-is-better); step 5:
    // DQ = 1/(m − 1) and the advantage Q(A1) − Q(A2) = 1 ≥ DQ.
    expect(result.best).toEqual(['1', '4500']);
    expect(result.worst).toEqual(['5', '3000']);
    expect(result.normalised).toEqual([
      ['0', '1'],
      ['0.25', '0.5'],
      ['1', '0'],
    ]);
    expect(result.dq).toBe('0.5');
    expect(result.advantage).toBe('1');
    expect(result.method).toBe('vikor');
    expect(Object.keys(result.numbers)).toEqual([
      'weights',
      'best',
      'worst',
      'normalised',
      'S',
      'R',
      'Q',
      'v',
      'dq',
      'advantage',
    ]);
    expect(result.numbers.best).toEqual([1, 4500]);
  });

  describe('Opricovic & Tzeng (2007), EJOR 178(2): hydropower, 6 alternatives × 8 criteria', () => {
    // The paper's four weight sets W1–W4 and its 3-decimal S, R, Q, as transcribed in
    // quatrope/scikit-criteria tests/agg/test_vikor.py (test_VIKOR_opricovic2007extended).
    const matrix = [
      [4184.3, 2914.0, 407.2, 251.0, 195, 244, 15, 2.41],
      [5211.9, 3630.0, 501.7, 308.3, 282, 346, 21, 1.41],
      [5021.3, 3920.5, 504.0, 278.6, 12, 56, 3, 4.42],
      [5566.1, 3957.9, 559.5, 335.3, 167, 268, 16, 3.36],
      [5060.5, 3293.5, 514.1, 284.2, 69, 90, 7, 4.04],
      [4317.9, 2925.9, 432.8, 239.3, 12, 55, 3, 4.36],
    ];
    const directions = [
      'higher', // profit
      'lower', // cost
      'higher', // energy
      'higher', // peak energy
      'lower', // homes relocated
      'lower', // reservoir area
      'lower', // villages displaced
      'higher', // environmental protection grade
    ] as const;
    const cases = [
      {
        name: 'W1 (equal)',
        relative: [1, 1, 1, 1, 1, 1, 1, 1],
        S: [0.692, 0.7, 0.29, 0.423, 0.28, 0.346],
        R: [0.125, 0.125, 0.121, 0.125, 0.067, 0.125],
        Q: [0.991, 1.0, 0.473, 0.67, 0.0, 0.578],
        ranks: [5, 6, 2, 4, 1, 3],
        conditions: { acceptableAdvantage: true, acceptableStability: true },
        compromise: [4],
      },
      {
        name: 'W2 (economic criteria doubled)',
        relative: [2, 2, 2, 2, 1, 1, 1, 1],
        S: [0.701, 0.6, 0.386, 0.365, 0.317, 0.459],
        R: [0.167, 0.114, 0.161, 0.167, 0.089, 0.167],
        Q: [1.0, 0.533, 0.552, 0.563, 0.0, 0.686],
        ranks: [6, 2, 3, 4, 1, 5],
        conditions: { acceptableAdvantage: true, acceptableStability: true },
        compromise: [4],
      },
      {
        name: 'W3 (environmental criteria doubled)',
        relative: [1, 1, 1, 1, 2, 2, 2, 2],
        S: [0.683, 0.8, 0.193, 0.48, 0.243, 0.232],
        R: [0.113, 0.167, 0.08, 0.122, 0.044, 0.083],
        Q: [0.684, 1.0, 0.147, 0.554, 0.041, 0.191],
        ranks: [5, 6, 2, 4, 1, 3],
        conditions: { acceptableAdvantage: false, acceptableStability: true },
        compromise: [4, 2, 5], // A5, A3, A6 by Q
      },
      {
        name: 'W4 (environmental criteria × 3.2)',
        relative: [1, 1, 1, 1, 3.2, 3.2, 3.2, 3.2],
        S: [0.678, 0.857, 0.138, 0.513, 0.222, 0.167],
        R: [0.129, 0.19, 0.057, 0.139, 0.042, 0.06],
        Q: [0.668, 1.0, 0.051, 0.588, 0.058, 0.078],
        ranks: [5, 6, 1, 4, 2, 3],
        conditions: { acceptableAdvantage: false, acceptableStability: true },
        compromise: [2, 4, 5], // A3, A5, A6 by Q
      },
    ];
    it.each(cases)('$name', (c) => {
      const total = c.relative.reduce((a, b) => a + b, 0);
      const weights = c.relative.map((r) => `${r}/${total}`);
      const result = vikor(matrix, weights, { directions: [...directions] });
      expect(fixed(result.numbers.S, 3)).toEqual(fixed(c.S, 3));
      expect(fixed(result.numbers.R, 3)).toEqual(fixed(c.R, 3));
      expect(fixed(result.numbers.Q, 3)).toEqual(fixed(c.Q, 3));
      expect(result.ranks.Q).toEqual(c.ranks);
      expect(result.conditions).toEqual(c.conditions);
      expect(result.compromise).toEqual(c.compromise);
      // m = 6 alternatives: DQ = 1/5. The advantage is the gap between the two best published Qs.
      expect(result.dq).toBe('0.2');
      const [first, second] = [...c.Q].sort((a, b) => a - b) as [number, number];
      expect(Math.abs(result.numbers.advantage - (second - first))).toBeLessThanOrEqual(1e-3);
      // f* and f− are the column extremes by direction (the paper's step 1).
      matrix[0]?.forEach((_, j) => {
        const column = matrix.map((row) => row[j] as number);
        const higher = directions[j] === 'higher';
        expect(result.numbers.best[j]).toBe(higher ? Math.max(...column) : Math.min(...column));
        expect(result.numbers.worst[j]).toBe(higher ? Math.min(...column) : Math.max(...column));
      });
    });
  });

  it('Yang & Wu (2020), IEEE Access 8, via pymcdm TestVIKOR.test_output_yang (v = 0.5)', () => {
    const result = vikor(
      [
        [78, 56, 34, 6],
        [4, 45, 3, 97],
        [18, 2, 50, 63],
        [9, 14, 11, 92],
        [85, 9, 100, 29],
      ],
      [0.25, 0.25, 0.25, 0.25],
    );
    expect(fixed(result.numbers.Q, 4)).toEqual(['0.5679', '0.7667', '1.0000', '0.7493', '0.0000']);
    expect(fixed(result.numbers.S, 4)).toEqual(['0.4417', '0.5509', '0.6791', '0.6721', '0.4044']);
    expect(fixed(result.numbers.R, 4)).toEqual(['0.2500', '0.2500', '0.2500', '0.2346', '0.2176']);
    expect(result.ranks.Q).toEqual([2, 4, 5, 3, 1]);
    expect(result.ranks.R).toEqual([3, 3, 3, 2, 1]);
    expect(result.compromise).toEqual([4]);
  });

  it('Papathanasiou & Ploskas (2018), Multiple Criteria Decision Aid ch. 2, via pyrepo-mcda (v = 0.625)', () => {
    const result = vikor(
      [
        [8, 7, 2, 1],
        [5, 3, 7, 5],
        [7, 5, 6, 4],
        [9, 9, 7, 3],
        [11, 10, 3, 7],
        [6, 9, 5, 4],
      ],
      [0.4, 0.3, 0.1, 0.2],
      { v: 0.625 },
    );
    expect(fixed(result.numbers.Q, 3)).toEqual([
      '0.640',
      '1.000',
      '0.693',
      '0.271',
      '0.000',
      '0.694',
    ]);
    expect(result.ranks.Q).toEqual([3, 6, 4, 2, 1, 5]);
    expect(result.v).toBe('0.625');
  });
});

describe('vikor: the compromise set (Opricovic & Tzeng 2004, step 5)', () => {
  it('C1 and C2 hold: the best by Q alone (a gap of exactly DQ counts as acceptable)', () => {
    // m = 3, DQ = 1/2, Q = 0, 1/2, 1.
    const result = vikor(
      [
        [10, 10],
        [5, 5],
        [0, 0],
      ],
      [0.5, 0.5],
    );
    expect(result.Q).toEqual(['0', '0.5', '1']);
    expect(result.conditions).toEqual({ acceptableAdvantage: true, acceptableStability: true });
    expect(result.compromise).toEqual([0]);
  });

  it('C1 fails: a′, a″, … up to the last with Q − Q(a′) < DQ', () => {
    // m = 3, DQ = 1/2, Q = 0, 0.3, 1.
    const result = vikor(
      [
        [10, 10],
        [6, 10],
        [0, 0],
      ],
      [0.5, 0.5],
    );
    expect(result.Q).toEqual(['0', '0.3', '1']);
    expect(result.conditions).toEqual({ acceptableAdvantage: false, acceptableStability: true });
    expect(result.compromise).toEqual([0, 1]);
  });

  it('C1 fails through a tie for the best Q', () => {
    // scikit-criteria test_VIKOR_tied: Q = 1, 0.1735…, 0, 0 and m = 4, DQ = 1/3.
    const result = vikor(
      [
        [4, 4, 4],
        [7, 6, 8],
        [8, 8, 6],
        [6, 8, 8],
      ],
      [0.3, 0.4, 0.3],
    );
    expect(result.S).toEqual(['1', '0.275', '0.15', '0.15']);
    expect(result.R).toEqual(['0.4', '0.2', '0.15', '0.15']);
    expect(result.Q.slice(2)).toEqual(['0', '0']);
    expect(result.ranks.Q).toEqual([4, 3, 1, 1]);
    expect(result.conditions.acceptableAdvantage).toBe(false);
    expect(result.compromise).toEqual([2, 3, 1]);
  });

  it('C2 fails only: {a′, a″}', () => {
    // Lower is better, equal weights, every column spans 0–10. A3 (row 2) is second by S (after
    // A1) and by R (after A2), yet clearly first by Q: Q = 0.375, 0.5, 13/240, …; m = 6, DQ = 0.2.
    const result = vikor(
      [
        [0, 0, 9],
        [6, 6, 6],
        [1.5, 1.5, 6.3],
        [10, 2, 0],
        [1, 10, 0],
        [1, 1, 10],
      ],
      ['1/3', '1/3', '1/3'],
      { directions: ['lower', 'lower', 'lower'] },
    );
    expect(result.S.slice(0, 3)).toEqual(['0.3', '0.6', '0.31']);
    expect(result.R.slice(0, 3)).toEqual(['0.3', '0.2', '0.21']);
    expect(result.Q[0]).toBe('0.375');
    expect(result.Q[2]).toBe('0.05416666666666666666666666667');
    expect(result.ranks).toEqual({
      S: [1, 6, 2, 4, 3, 4],
      R: [3, 1, 2, 4, 4, 4],
      Q: [2, 3, 1, 5, 4, 5],
    });
    expect(result.conditions).toEqual({ acceptableAdvantage: true, acceptableStability: false });
    expect(result.compromise).toEqual([2, 0]);
  });

  it('C1 and C2 both fail: the C1 set', () => {
    const result = vikor(
      [
        [0, 0, 9],
        [6, 6, 6],
        [2.5, 2.5, 6.6],
        [10, 2, 0],
        [1, 10, 0],
        [1, 1, 10],
      ],
      ['1/3', '1/3', '1/3'],
      { directions: ['lower', 'lower', 'lower'] },
    );
    expect(result.conditions).toEqual({ acceptableAdvantage: false, acceptableStability: false });
    // Q(A1) − Q(A3) = 0.375 − 0.2194… < 0.2; Q(A2) − Q(A3) = 0.2805… ≥ 0.2.
    expect(result.compromise).toEqual([2, 0]);
  });

  it('scikit-criteria test_VIKOR (Tzeng & Huang 2011 data): C1 fails', () => {
    const result = vikor(
      [
        [5, 8, 4],
        [7, 6, 8],
        [8, 8, 6],
        [7, 4, 6],
      ],
      [0.3, 0.4, 0.3],
    );
    expect(result.S).toEqual(['0.6', '0.3', '0.15', '0.65']);
    expect(result.R).toEqual(['0.3', '0.2', '0.15', '0.4']);
    expect(result.Q).toEqual(['0.75', '0.25', '0', '1']);
    expect(result.compromise).toEqual([2, 1]);
  });
});

describe('vikor: conventions', () => {
  it('v weighs group utility against regret', () => {
    const m = [
      [0, 0, 9],
      [6, 6, 6],
      [1.5, 1.5, 6.3],
    ];
    const opts = { directions: ['lower', 'lower', 'lower'] } as const;
    const w = ['1/3', '1/3', '1/3'];
    const utility = vikor(m, w, { ...opts, v: 1 });
    const regret = vikor(m, w, { ...opts, v: '0' });
    expect(utility.ranks.Q).toEqual(utility.ranks.S);
    expect(regret.ranks.Q).toEqual(regret.ranks.R);
    expect(utility.v).toBe('1');
    expect(regret.v).toBe('0');
  });

  it('a constant column contributes 0, with a constant_criterion warning', () => {
    const withFlat = vikor(
      [
        [1, 5],
        [2, 5],
        [3, 5],
      ],
      [0.5, 0.5],
    );
    expect(withFlat.S).toEqual(['0.5', '0.25', '0']);
    expect(withFlat.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
      ['constant_criterion', 'matrix.columns.1'],
    ]);
  });

  it('S− = S* and R− = R*: Q is 0 for all, with warnings, never NaN (pyrepo-mcda#1)', () => {
    // R is equal for everyone (scikit-criteria's regret_all_equals case): pymcdm and
    // pyrepo-mcda return NaN for every Q here.
    const sameR = vikor(
      [
        [1, 0, 3],
        [0, 5, 6],
      ],
      ['1/3', '1/3', '1/3'],
    );
    expect(sameR.R[0]).toBe(sameR.R[1]);
    expect(sameR.Q).toEqual(['0.5', '0']);
    expect(sameR.warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
      ['no_spread', 'matrix'],
    ]);
    expect(sameR.warnings[0]?.message).toBe(
      'R is the same for every alternative, so its part of Q is 0',
    );
    const identical = vikor(
      [
        [2, 3],
        [2, 3],
        [2, 3],
      ],
      [0.5, 0.5],
    );
    expect(identical.Q).toEqual(['0', '0', '0']);
    expect(identical.ranks.Q).toEqual([1, 1, 1]);
    expect(identical.compromise).toEqual([0, 1, 2]);
    expect(identical.warnings.map((w) => `${w.code}@${w.path.join('.')}`)).toEqual([
      'constant_criterion@matrix.columns.0',
      'constant_criterion@matrix.columns.1',
      'no_spread@matrix',
      'no_spread@matrix',
    ]);
  });

  it('is cohort-relative: adding an alternative can reverse the order of two others', () => {
    const before = vikor(
      [
        [4, 10],
        [8, 4],
        [10, 4],
      ],
      [0.5, 0.5],
    );
    const after = vikor(
      [
        [4, 10],
        [8, 4],
        [10, 4],
        [9, 1],
      ],
      [0.5, 0.5],
    );
    expect(before.ranks.Q).toEqual([1, 3, 1]);
    expect(after.ranks.Q).toEqual([3, 2, 1, 4]);
  });
});

describe('vikor: rejects bad input, collecting every issue', () => {
  const m = [
    [1, 2],
    [3, 4],
  ];

  it('bad cells, ragged rows, empty or one-row matrices', () => {
    expect(
      issuesOf(() => vikor([[1, Number.NaN], [Number.NEGATIVE_INFINITY, '12,5'], [1]], [0.5, 0.5])),
    ).toEqual([
      { code: 'not_finite', path: 'matrix.0.1' },
      { code: 'not_finite', path: 'matrix.1.0' },
      { code: 'not_a_number', path: 'matrix.1.1' },
      { code: 'ragged_matrix', path: 'matrix.2' },
    ]);
    expect(issuesOf(() => vikor([], [1]))).toEqual([{ code: 'not_a_matrix', path: 'matrix' }]);
    expect(issuesOf(() => vikor([[1, 2]], [0.5, 0.5]))).toEqual([
      { code: 'too_few_values', path: 'matrix' },
    ]);
  });

  it('bad weights', () => {
    expect(issuesOf(() => vikor(m, [0.6, 0.6]))).toEqual([
      { code: 'weights_sum', path: 'weights' },
    ]);
    expect(issuesOf(() => vikor(m, [-0.5, 1.5]))).toEqual([
      { code: 'negative_weight', path: 'weights.0' },
    ]);
    expect(issuesOf(() => vikor(m, [0.5, 0.25, 0.25]))).toEqual([
      { code: 'length_mismatch', path: 'weights' },
    ]);
    expect(issuesOf(() => vikor(m, [Number.POSITIVE_INFINITY, '1/0']))).toEqual([
      { code: 'not_finite', path: 'weights.0' },
      { code: 'not_a_number', path: 'weights.1' },
    ]);
  });

  it('bad options', () => {
    expect(issuesOf(() => vikor(m, [0.5, 0.5], { v: 1.5 }))).toEqual([
      { code: 'out_of_scale', path: 'options.v' },
    ]);
    expect(issuesOf(() => vikor(m, [0.5, 0.5], { v: '-0.1' }))).toEqual([
      { code: 'out_of_scale', path: 'options.v' },
    ]);
    expect(issuesOf(() => vikor(m, [0.5, 0.5], { v: '0,5' }))[0]?.path).toBe('options.v');
    expect(issuesOf(() => vikor(m, [0.5, 0.5], { v: Number.NaN }))[0]?.path).toBe('options.v');
    expect(
      issuesOf(() => vikor(m, [0.5, 0.5], { directions: ['higher', 'best'] } as never)),
    ).toEqual([{ code: 'wrong_value_type', path: 'options.directions.1' }]);
    expect(
      issuesOf(() => vikor(m, [0.5, 0.5], { normalisation: 'vector' } as never))[0]?.path,
    ).toBe('options');
  });

  it('reports matrix, weight and option issues together', () => {
    const paths = issuesOf(() => vikor([[Number.NaN, 1]], [0.5, -0.5], { v: 2 })).map(
      (i) => i.path,
    );
    expect(paths).toEqual(['options.v', 'matrix', 'matrix.0.0', 'weights.1']);
  });
});
