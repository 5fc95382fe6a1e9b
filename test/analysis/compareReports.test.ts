import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareReports,
  defineModel,
  deriveProfile,
  type EntityInput,
  type ModelInput,
  score,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { Dec } from '../../src/numeric/decimal.js';
import { exactString } from '../../src/numeric/settle.js';

const label = (s: string) => ({ zh: s, en: s });
const direct: ModelInput = {
  id: 'd',
  version: '1',
  name: label('d'),
  tree: {
    id: 't',
    label: label('t'),
    children: [{ id: 'x', label: label('x'), scoring: { method: 'direct' } }],
  },
  sectors: [{ id: 's', label: label('s') }],
  profile: { weights: { x: 1 } },
};
/** A report whose totals are exactly these values. */
const reportOf = (totals: number[]) =>
  score(
    direct,
    totals.map((x, i) => ({ id: `e${i}`, sector: 's', values: { x } })),
  );

describe('compareReports', () => {
  it('reproduces SciPy’s documented examples (scipy.stats.spearmanr and kendalltau)', () => {
    // spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) → 0.8207826816681233
    const s = compareReports(reportOf([1, 2, 3, 4, 5]), reportOf([5, 6, 7, 8, 7]));
    expect(s.numbers.spearman).toBeCloseTo(0.8207826816681233, 14);
    // kendalltau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]) → -0.47140452079103173 (τ-b)
    const k = compareReports(reportOf([12, 2, 1, 12, 2]), reportOf([1, 4, 7, 1, 0]));
    expect(k.numbers.kendallTauB).toBeCloseTo(-0.47140452079103173, 14);
  });

  it('finds movers and selection changes between two weightings of the sample batch', () => {
    const batch: EntityInput[] = JSON.parse(
      readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
    );
    const base = defineModel(liaocheng2024);
    const { model } = deriveProfile(base, {
      sector: 'manufacturing',
      version: 'alt',
      parents: { total: { method: 'equal' } },
    });
    const c = compareReports(score(base, batch), score(model, batch));
    expect(c.compared).toBe(104);
    expect(c.numbers.spearman).toBeGreaterThan(0.8);
    expect(c.numbers.spearman).toBeLessThan(1);
    expect(c.movers[0]?.moved).not.toBe(0);
    expect(c.entered.length).toBe(c.left.length);
    expect(c.onlyInA).toEqual([]);
  });

  it('gives Kendall’s τ-b of the pair-by-pair count, ties and all (O(n log n) against O(n²))', () => {
    // The definition, pair by pair: (C − D) / √((n₀ − n₁)(n₀ − n₂)).
    const byPairs = (xs: number[], ys: number[]) => {
      let [c, d, tx, ty] = [0, 0, 0, 0];
      for (let i = 0; i < xs.length; i++)
        for (let j = i + 1; j < xs.length; j++) {
          const dx = Math.sign((xs[i] as number) - (xs[j] as number));
          const dy = Math.sign((ys[i] as number) - (ys[j] as number));
          if (dx === 0) tx++;
          if (dy === 0) ty++;
          if (dx !== 0 && dy !== 0) dx === dy ? c++ : d++;
        }
      const n0 = (xs.length * (xs.length - 1)) / 2;
      const denominator = new Dec(n0 - tx).times(n0 - ty);
      return denominator.isZero() ? null : exactString(new Dec(c - d).div(denominator.sqrt()));
    };
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 60 })
          .chain((n) =>
            fc.tuple(
              fc.array(fc.integer({ min: 0, max: 8 }), { minLength: n, maxLength: n }),
              fc.array(fc.integer({ min: 0, max: 8 }), { minLength: n, maxLength: n }),
            ),
          ),
        ([xs, ys]) => {
          expect(compareReports(reportOf(xs), reportOf(ys)).kendallTauB).toBe(byPairs(xs, ys));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is 1 against itself, and symmetric in sign when the order reverses', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 30 }),
        (xs) => {
          const r = reportOf(xs);
          const self = compareReports(r, r);
          if (new Set(xs).size > 1) {
            expect(self.spearman).toBe('1');
            expect(self.kendallTauB).toBe('1');
            const flipped = compareReports(r, reportOf(xs.map((x) => 100 - x)));
            expect(flipped.spearman).toBe('-1');
            expect(flipped.kendallTauB).toBe('-1');
          } else {
            expect(self.spearman).toBeNull();
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
