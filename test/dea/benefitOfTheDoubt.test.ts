import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isYoupinError, YoupinError } from 'youpin';
import { benefitOfTheDoubt, type LoadedHighs } from 'youpin/dea';
import { loadHighs } from '../../src/dea/_loadHighs.js';
import { TAI, TAI_COUNTRIES } from '../fixtures/tai.js';

async function issuesOf(
  run: () => Promise<unknown>,
): Promise<Array<{ code: string; path: string }>> {
  try {
    await run();
  } catch (error) {
    expect(isYoupinError(error)).toBe(true);
    if (!isYoupinError(error)) throw error;
    for (const issue of error.issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.messageZh.length).toBeGreaterThan(0);
    }
    return error.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
  }
  throw new Error('expected a YoupinError');
}

describe('benefitOfTheDoubt: the OECD/JRC Handbook on Constructing Composite Indicators (2008), §6.3', () => {
  // Table 19: BoD on the TAI data of 23 countries (Table A.2), min-max normalised (eq. 19), each
  // weight between 10 % and 15 % of the sum of the weights (note 29).
  const printedScores = [
    1, 1, 1, 0.87, 0.8, 0.75, 0.71, 0.73, 0.66, 0.62, 0.62, 0.86, 0.6, 0.54, 0.58, 0.52, 0.51, 0.49,
    0.34, 0.38, 0.31, 0.27, 0.28,
  ];
  const run = benefitOfTheDoubt(TAI, {
    normalisation: 'minmax',
    weightShares: { lower: '0.1', upper: '0.15' },
  });

  it('reproduces the composite indicators of Table 19', async () => {
    const r = await run;
    r.numbers.scores.forEach((score, i) => {
      expect(Math.abs(score - (printedScores[i] as number)), TAI_COUNTRIES[i]).toBeLessThan(0.0071);
    });
    // 19 of the 23 agree to the two printed decimals; Japan 0.8636 (printed 0.87), the United
    // Kingdom 0.7151 (0.71), Spain 0.3330 (0.34) and Slovenia 0.2861 (0.28) differ by one unit.
    const same = r.numbers.scores.filter(
      (s, i) => s.toFixed(2) === (printedScores[i] as number).toFixed(2),
    );
    expect(same).toHaveLength(19);
    expect(r.fractions.slice(0, 3)).toEqual(['1', '1', '1']); // Finland, the United States, Sweden
    expect(r.scores[4]).toBe('0.7993244836447057448581308903'); // Korea: 0.80
    expect(r.ranks.slice(0, 6)).toEqual([1, 1, 1, 4, 6, 7]);
  });

  it("the printed weights are optimal for the same LP (to the table's rounding)", async () => {
    const r = await run;
    // Korea, Netherlands, Australia, Singapore, Norway, New Zealand, Austria, Italy, as printed.
    const printed: Record<number, number[]> = {
      4: [0.22, 0.14, 0.14, 0.22, 0.14, 0.14, 0.22, 0.22],
      5: [0.22, 0.22, 0.14, 0.22, 0.22, 0.14, 0.14, 0.14],
      8: [0.13, 0.13, 0.2, 0.13, 0.13, 0.2, 0.2, 0.2],
      9: [0.14, 0.14, 0.14, 0.2, 0.2, 0.2, 0.14, 0.2],
      11: [0.14, 0.14, 0.2, 0.14, 0.2, 0.2, 0.2, 0.14],
      14: [0.21, 0.14, 0.21, 0.14, 0.14, 0.21, 0.21, 0.14],
      15: [0.22, 0.14, 0.14, 0.22, 0.22, 0.22, 0.14, 0.14],
      19: [0.22, 0.14, 0.14, 0.22, 0.22, 0.22, 0.14, 0.14],
    };
    for (const [row, weights] of Object.entries(printed)) {
      const i = Number(row);
      const data = r.numbers.data[i] as number[];
      const value = weights.reduce((s, w, j) => s + w * (data[j] as number), 0);
      // Each printed weight is rounded by up to 0.005, which moves Σ wⱼ yᵢⱼ by up to 0.005 Σⱼ yᵢⱼ.
      const slack = 0.005 * data.reduce((s, y) => s + y, 0);
      expect(Math.abs(value - (r.numbers.scores[i] as number)), TAI_COUNTRIES[i]).toBeLessThan(
        slack,
      );
      // Ours are an optimal vertex: the same weights, to the printed two decimals.
      expect(r.numbers.weights[i]?.map((w) => w.toFixed(2))).toEqual(
        weights.map((w) => w.toFixed(2)),
      );
    }
  });

  it('keeps every weight share within [10 %, 15 %] exactly, and every score ≤ 1', async () => {
    const r = await run;
    for (const [i, weights] of r.weights.entries()) {
      const total = weights.reduce((s, w) => s + Number(w), 0);
      for (const w of weights) {
        expect(Number(w) / total).toBeGreaterThanOrEqual(0.1 - 1e-12);
        expect(Number(w) / total).toBeLessThanOrEqual(0.15 + 1e-12);
      }
      expect(r.peers[i]?.length).toBeGreaterThan(0);
    }
    expect(r.certified.every((c) => c === 'basis')).toBe(true);
    expect(r.variant).toContain('weight shares 0.1–0.15');
  });

  it('without bounds, min-max or raw, the countries best on one indicator score 1', async () => {
    const r = await benefitOfTheDoubt(TAI);
    // Japan (patents), Sweden (royalties), Finland (internet, university), Norway (telephones,
    // electricity, schooling … ), Korea and Singapore reach the frontier.
    for (const i of [0, 2, 3, 11]) expect(r.fractions[i]).toBe('1');
    // Units do not matter without share bounds: patents per 1,000 instead of per million.
    const rescaled = await benefitOfTheDoubt(
      TAI.map(([p, ...rest]) => [String(Number(p) / 1000), ...rest]),
    );
    expect(rescaled.fractions).toEqual(r.fractions);
  });
});

describe('benefitOfTheDoubt: exact', () => {
  it('scores a small example exactly, with its peers', async () => {
    // max 2w₁ + 2w₂ subject to 4w₁ + w₂ ≤ 1, w₁ + 4w₂ ≤ 1 …: w = (1/5, 1/5), score 4/5.
    const r = await benefitOfTheDoubt([
      [4, 1],
      [2, 2],
      [1, 4],
      [1, 1],
    ]);
    expect(r.fractions).toEqual(['1', '4/5', '1', '2/5']);
    expect(r.weights[1]).toEqual(['0.2', '0.2']);
    expect(r.peers[1]).toEqual([0, 2]);
    expect(r.pieShares[1]).toEqual(['0.5', '0.5']);
    expect(r.ranks).toEqual([1, 3, 1, 4]);
  });

  it('agrees exactly with brute-force vertex enumeration (independent oracle)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 3 }), {
          minLength: 2,
          maxLength: 6,
        }),
        fc.boolean(),
        async (rows, bounded) => {
          fc.pre(rows.some((r) => r.some((x) => x > 0)));
          const zero = [0, 1, 2].filter((j) => rows.every((r) => r[j] === 0));
          fc.pre(zero.length === 0);
          const options = bounded ? { weightShares: { lower: '0.2', upper: '0.5' } } : {};
          const r = await benefitOfTheDoubt(rows, options);
          const expected = rows.map((_, i) =>
            bruteForce(rows, i, bounded ? [1n, 5n, 1n, 2n] : null),
          );
          expect(r.fractions).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('falls back to the exact simplex when the float basis does not certify', async () => {
    const real = (await loadHighs()) as unknown as {
      createModel(data: unknown): Record<string, unknown>;
    };
    // A runtime whose models report every row and column as basic: no basis to certify.
    const broken = {
      ...real,
      createModel(data: unknown) {
        const model = real.createModel(data) as {
          getBasis(): { colStatus: Int32Array; rowStatus: Int32Array };
        };
        return new Proxy(model, {
          get(target, key) {
            if (key === 'getBasis')
              return () => {
                const b = target.getBasis();
                return { colStatus: b.colStatus.map(() => 1), rowStatus: b.rowStatus.map(() => 1) };
              };
            const value = Reflect.get(target, key);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      },
    };
    const options = {
      normalisation: 'minmax' as const,
      weightShares: { lower: '0.1', upper: '0.15' },
    };
    const [fast, slow] = await Promise.all([
      benefitOfTheDoubt(TAI, options),
      benefitOfTheDoubt(TAI, { ...options, highs: broken as unknown as LoadedHighs }),
    ]);
    expect(slow.certified.every((c) => c === 'simplex')).toBe(true);
    expect(slow.fractions).toEqual(fast.fractions);
  }, 120_000);

  it('pie shares (Cherchye et al. 2007) hold exactly and sum to 1', async () => {
    const r = await benefitOfTheDoubt(TAI, {
      normalisation: 'minmax',
      pieShares: { lower: '0.05', upper: '0.4' },
    });
    for (const shares of r.pieShares) {
      if (shares.some((s) => s === null)) continue;
      const values = shares.map(Number);
      expect(values.every((s) => s >= 0.05 - 1e-12 && s <= 0.4 + 1e-12)).toBe(true);
      expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    const unbounded = await benefitOfTheDoubt(TAI, { normalisation: 'minmax' });
    // Bounds can only lower a score.
    r.numbers.scores.forEach((s, i) => {
      expect(s).toBeLessThanOrEqual((unbounded.numbers.scores[i] as number) + 1e-15);
    });
  });

  it('absolute bounds on the weights', async () => {
    const r = await benefitOfTheDoubt(
      [
        [4, 1],
        [2, 2],
        [1, 4],
      ],
      { weights: { lower: ['0.05', null], upper: 1 } },
    );
    // Applicant 0 alone would take w = (1/4, 0); w₁ ≥ 0.05 changes nothing; applicant 2 can no
    // longer put everything on its strong indicator: w = (1/20, 19/80), score 1/20 + 19/20 = 1.
    expect(r.fractions).toEqual(['1', '4/5', '1']);
    expect(Number(r.weights[2]?.[0])).toBeGreaterThanOrEqual(0.05);
  });

  it('leaves a column of zeros out, with a warning', async () => {
    const r = await benefitOfTheDoubt([
      [1, 0, 2],
      [2, 0, 1],
    ]);
    expect(r.fractions).toEqual(['1', '1']);
    expect(r.weights.map((w) => w[1])).toEqual(['0', '0']);
    expect(r.warnings.map((w) => w.code)).toEqual(['constant_criterion']);
  });
});

describe('benefitOfTheDoubt: errors', () => {
  it('says how to install highs when it is missing', async () => {
    const missing = Object.assign(
      new Error("Cannot find package 'highs' imported from /x/dea.js"),
      {
        code: 'ERR_MODULE_NOT_FOUND',
      },
    );
    const codes = await issuesOf(() => loadHighs(() => Promise.reject(missing)));
    expect(codes).toEqual([{ code: 'highs_missing', path: '' }]);
    try {
      await loadHighs(() => Promise.reject(missing));
    } catch (error) {
      expect(error).toBeInstanceOf(YoupinError);
      expect((error as YoupinError).issues[0]?.message).toContain('npm install highs');
      expect((error as YoupinError).issues[0]?.messageZh).toContain('npm install highs');
    }
    const other = new Error('boom');
    await expect(loadHighs(() => Promise.reject(other))).rejects.toBe(other);
  });

  it('rejects bad data and bad bounds with located issues', async () => {
    expect(
      await issuesOf(() =>
        benefitOfTheDoubt([
          [1, -2],
          [3, 4],
        ]),
      ),
    ).toEqual([{ code: 'negative_value', path: 'matrix.0.1' }]);
    expect(await issuesOf(() => benefitOfTheDoubt([[1, 2]]))).toEqual([
      { code: 'too_few_values', path: 'matrix' },
    ]);
    expect(
      await issuesOf(() =>
        benefitOfTheDoubt([
          [1, 'x'],
          [3, 4],
        ]),
      ),
    ).toEqual([{ code: 'not_a_number', path: 'matrix.0.1' }]);
    expect(
      await issuesOf(() =>
        benefitOfTheDoubt(
          [
            [1, 2],
            [3, 4],
          ],
          { directions: ['higher', 'lower'] },
        ),
      ),
    ).toEqual([{ code: 'wrong_value_type', path: 'options.directions' }]);
    expect(
      await issuesOf(() =>
        benefitOfTheDoubt(
          [
            [1, 2],
            [3, 4],
          ],
          { weightShares: { lower: [0.1] } },
        ),
      ),
    ).toEqual([{ code: 'length_mismatch', path: 'options.weightShares.lower' }]);
    expect(
      await issuesOf(() =>
        benefitOfTheDoubt(
          [
            [1, 2],
            [3, 4],
          ],
          { pieShares: { upper: 2 } },
        ),
      ),
    ).toEqual([{ code: 'out_of_scale', path: 'options.pieShares.upper' }]);
    expect(
      await issuesOf(() =>
        benefitOfTheDoubt(
          [
            [1, 2],
            [3, 4],
          ],
          { weightShares: { lower: 0.4, upper: 0.3 } },
        ),
      ),
    ).toEqual([
      { code: 'out_of_scale', path: 'options.weightShares.lower.0' },
      { code: 'out_of_scale', path: 'options.weightShares.lower.1' },
      { code: 'infeasible_bounds', path: 'options.weightShares' },
    ]);
    expect(
      await issuesOf(() =>
        benefitOfTheDoubt(
          [
            [1, 2],
            [3, 4],
          ],
          { weightShares: { lower: 0.6 } },
        ),
      ),
    ).toEqual([{ code: 'infeasible_bounds', path: 'options.weightShares' }]);
    expect(
      await issuesOf(() =>
        benefitOfTheDoubt(
          [
            [1, 2],
            [3, 4],
          ],
          { normalisation: 'z' as never },
        ),
      ),
    ).toEqual([{ code: 'invalid_value', path: 'options.normalisation' }]);
    // Absolute lower bounds that no applicant can meet: 3·1 + 4·1 > 1.
    expect(
      await issuesOf(() =>
        benefitOfTheDoubt(
          [
            [1, 2],
            [3, 4],
          ],
          { weights: { lower: 1 } },
        ),
      ),
    ).toEqual([{ code: 'infeasible_bounds', path: 'options' }]);
  });
});

/**
 * The best vertex of max yᵢ·w s.t. Y w ≤ 1, w ≥ 0 (and, with `shares` = [lowN, lowD, upN, upD],
 * low ≤ wⱼ/Σw ≤ up), by enumerating every 3-subset of constraints in exact fractions: an oracle
 * that shares no code with the library.
 */
function bruteForce(rows: number[][], i: number, shares: bigint[] | null): string {
  type F = [bigint, bigint];
  const norm = ([n, d]: F): F => {
    const g = gcd(n < 0n ? -n : n, d < 0n ? -d : d) || 1n;
    const s = d < 0n ? -1n : 1n;
    return [(s * n) / g, (s * d) / g];
  };
  const constraints: Array<{ a: F[]; b: F }> = rows.map((r) => ({
    a: r.map((x) => [BigInt(x), 1n] as F),
    b: [1n, 1n],
  }));
  for (let j = 0; j < 3; j++)
    constraints.push({ a: [0, 1, 2].map((k) => [k === j ? -1n : 0n, 1n] as F), b: [0n, 1n] });
  if (shares) {
    const [ln, ld, un, ud] = shares as [bigint, bigint, bigint, bigint];
    for (let j = 0; j < 3; j++) {
      constraints.push({
        a: [0, 1, 2].map((k) => norm([ln - (k === j ? ld : 0n), ld])),
        b: [0n, 1n],
      });
      constraints.push({
        a: [0, 1, 2].map((k) => norm([(k === j ? ud : 0n) - un, ud])),
        b: [0n, 1n],
      });
    }
  }
  const add = (x: F, y: F) => norm([x[0] * y[1] + y[0] * x[1], x[1] * y[1]]);
  const mul = (x: F, y: F) => norm([x[0] * y[0], x[1] * y[1]]);
  const div = (x: F, y: F) => norm([x[0] * y[1], x[1] * y[0]]);
  const less = (x: F, y: F) => x[0] * y[1] < y[0] * x[1];
  let best: F | null = null;
  const c = rows[i]?.map((x) => [BigInt(x), 1n] as F) as F[];
  const k = constraints.length;
  for (let p = 0; p < k; p++)
    for (let q = p + 1; q < k; q++)
      for (let r = q + 1; r < k; r++) {
        const m = [p, q, r].map((s) => {
          const con = constraints[s] as { a: F[]; b: F };
          return [...con.a, con.b];
        });
        let ok = true;
        for (let col = 0; col < 3 && ok; col++) {
          const pivot = m.findIndex((row, idx) => idx >= col && (row[col] as F)[0] !== 0n);
          if (pivot === -1) {
            ok = false;
            break;
          }
          [m[col], m[pivot]] = [m[pivot] as F[], m[col] as F[]];
          for (let row = 0; row < 3; row++) {
            if (row === col || ((m[row] as F[])[col] as F)[0] === 0n) continue;
            const f = div(m[row]?.[col] as F, m[col]?.[col] as F);
            for (let j = 0; j < 4; j++)
              (m[row] as F[])[j] = add(m[row]?.[j] as F, mul([-f[0], f[1]], m[col]?.[j] as F));
          }
        }
        if (!ok) continue;
        const w = [0, 1, 2].map((j) => div(m[j]?.[3] as F, m[j]?.[j] as F));
        const feasible = constraints.every((con) => {
          const lhs = con.a.reduce((s, a, j) => add(s, mul(a, w[j] as F)), [0n, 1n] as F);
          return !less(con.b, lhs);
        });
        if (!feasible) continue;
        const value = c.reduce((s, a, j) => add(s, mul(a, w[j] as F)), [0n, 1n] as F);
        if (best === null || less(best, value)) best = value;
      }
  const [n, d] = best as F;
  return d === 1n ? n.toString() : `${n}/${d}`;
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}
