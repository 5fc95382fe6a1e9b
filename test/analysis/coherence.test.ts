// coherence: the statistics of each branch are those of its children's exact scores (checked
// against correlations, cronbachAlpha and pca on the same rows); the warnings fire on data built
// to trigger them; the fast path gives the same result.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  coherence,
  correlations,
  cronbachAlpha,
  defineModel,
  type EntityInput,
  pca,
  score,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const label = (s: string) => ({ zh: s, en: s });
const tiny = (weights: Record<string, number>) =>
  defineModel({
    id: 'c',
    version: '1',
    name: label('c'),
    tree: {
      id: 'total',
      label: label('total'),
      children: ['a', 'b', 'c'].map((id) => ({
        id,
        label: label(id),
        scoring: { method: 'direct' },
      })),
    },
    sectors: [{ id: 's', label: label('s') }],
    profile: { weights },
  });

describe('coherence', () => {
  it("a branch's figures are those of its children's exact scores", () => {
    const batch = JSON.parse(
      readFileSync('examples/data/sample-batch.json', 'utf8'),
    ) as EntityInput[];
    const report = score(liaocheng2024, batch);
    const result = coherence(report, { sector: 'agriculture' });
    const total = result.sectors[0]?.branches[0];
    expect(total?.parent).toBe('total');
    const rows = report.entities
      .filter((e) => e.status === 'scored' && e.sector === 'agriculture')
      .map((e) =>
        ['Q', 'I', 'B', 'E', 'S'].map((d) => e.nodes.find((n) => n.id === d)?.exact as string),
      );
    expect(total?.n).toBe(rows.length);
    expect(total?.alpha).toBe(cronbachAlpha(rows).alpha);
    expect(total?.siblings.spearman).toEqual(correlations(rows, { method: 'spearman' }).matrix);
    expect(total?.pca.loadings).toEqual(pca(rows).loadings);
    // The fast path, past 2,000 applicants: recomputed exactly, so the same figures.
    const big = Array.from({ length: 20 }, (_, k) =>
      batch.map((e) => ({ ...e, id: `${e.id}_${k}` })),
    ).flat();
    const fast = coherence(score(liaocheng2024, big, { engine: 'fast' }), {
      sector: 'agriculture',
    });
    const exact = coherence(score(liaocheng2024, big, { engine: 'exact' }), {
      sector: 'agriculture',
    });
    expect(fast).toEqual(exact);
  }, 120_000);

  it('warns of a negative correlation, collinear siblings and a dominating child', () => {
    // b follows a; c runs exactly against a.
    const rows = [10, 20, 30, 40, 50, 60, 70, 80].map((x, i) => ({
      id: `E${i}`,
      sector: 's',
      values: { a: x, b: x + (i % 2), c: 90 - x },
    }));
    const warned = coherence(score(tiny({ a: 0.9, b: 0.05, c: 0.05 }), rows));
    const codes = warned.sectors[0]?.branches[0]?.warnings.map(
      (w) => `${w.code} ${w.path.join('.')}`,
    );
    expect(codes).toEqual([
      'collinear_indicators sectors.s.total.a', // with b
      'collinear_indicators sectors.s.total.a', // with c, r = −1
      'collinear_indicators sectors.s.total.b', // with c
      'negative_correlation sectors.s.total.c',
    ]);
    // Dominated: the other two are noise around a constant.
    const noise = [10, 20, 30, 40, 50, 60, 70, 80].map((x, i) => ({
      id: `E${i}`,
      sector: 's',
      values: {
        a: x,
        b: [5, 9, 4, 8, 6, 5, 9, 4][i] as number,
        c: [7, 3, 8, 4, 3, 8, 5, 6][i] as number,
      },
    }));
    const dominated = coherence(score(tiny({ a: 0.9, b: 0.05, c: 0.05 }), noise));
    expect(dominated.sectors[0]?.branches[0]?.warnings.map((w) => w.code)).toContain(
      'dominant_indicator',
    );
  });

  it('refuses a sector the model does not have', () => {
    expect(() => coherence(score(tiny({ a: 0.4, b: 0.3, c: 0.3 }), []), { sector: 'x' })).toThrow(
      /"x" is not a sector of the model/,
    );
  });

  it('skips a branch with fewer than three complete rows, and a sector with none scored', () => {
    const two = [1, 2].map((i) => ({ id: `E${i}`, sector: 's', values: { a: i, b: i, c: i } }));
    expect(coherence(score(tiny({ a: 0.4, b: 0.3, c: 0.3 }), two))).toEqual({
      sectors: [{ sector: 's', scored: 2, branches: [] }],
    });
    expect(coherence(score(tiny({ a: 0.4, b: 0.3, c: 0.3 }), []))).toEqual({ sectors: [] });
  });
});
