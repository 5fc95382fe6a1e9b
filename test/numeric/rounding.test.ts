import { describe, expect, it } from 'vitest';
import { aggregate, defineModel, score } from 'youpin';

// DESIGN §8: a total of exactly 63.875 must publish as 63.88 (四舍五入), whatever route it took.
describe('rounding once, half-up, at publication', () => {
  it('float arithmetic gets 63.875 wrong; youpin does not', () => {
    const float = 0.3 * 50.5 + 0.45 * 53.5 + 0.25 * 98.6;
    expect(float).toBe(63.87499999999999);
    expect(float.toFixed(2)).toBe('63.87');
    expect(aggregate([50.5, 53.5, 98.6], [0.3, 0.45, 0.25]).value).toBe('63.875');
  });

  const model = (weights: Record<string, string | number>) =>
    defineModel({
      id: 'r',
      version: '1',
      name: { zh: '舍入', en: 'Rounding' },
      tree: {
        id: 'root',
        label: { zh: '总分', en: 'Total' },
        children: ['a', 'b', 'c'].map((id) => ({
          id,
          label: { zh: id, en: id },
          scoring: { method: 'direct' as const },
        })),
      },
      sectors: [{ id: 's', label: { zh: '行业', en: 'Sector' } }],
      profile: { weights },
    });

  it('a total of exactly 63.875 publishes as "63.88"', () => {
    const report = score(model({ a: 0.3, b: 0.45, c: 0.25 }), [
      { id: 'x', sector: 's', values: { a: 50.5, b: 53.5, c: 98.6 } },
    ]);
    expect(report.entities[0]?.totalExact).toBe('63.875');
    expect(report.entities[0]?.total).toBe('63.88');
  });

  it('a total on a .xx5 boundary reached through thirds publishes correctly from both sides', () => {
    // (a + b + c) / 3 with a + b + c = 191.625 → 63.875 exactly; 1/3 is not finite in decimal.
    const m = model({ a: '1/3', b: '1/3', c: '1/3' });
    const report = score(m, [
      { id: 'on', sector: 's', values: { a: 63.875, b: 63.875, c: 63.875 } },
      { id: 'split', sector: 's', values: { a: 100, b: 50, c: 41.625 } },
      { id: 'just-below', sector: 's', values: { a: 100, b: 50, c: '41.62499999' } },
      { id: 'just-above', sector: 's', values: { a: 100, b: 50, c: '41.62500001' } },
      { id: 'sixths', sector: 's', values: { a: '63.87', b: '63.88', c: '63.875' } },
    ]);
    expect(report.entities.map((e) => e.total)).toEqual([
      '63.88',
      '63.88',
      '63.87',
      '63.88',
      '63.88',
    ]);
    expect(report.entities[0]?.totalExact).toBe('63.875');
  });

  it('rounds half-even, down and up when the model says so', () => {
    const base = {
      id: 'r',
      version: '1',
      name: { zh: '舍入', en: 'Rounding' },
      tree: {
        id: 'root',
        label: { zh: '总分', en: 'Total' },
        children: [
          { id: 'a', label: { zh: 'a', en: 'a' }, scoring: { method: 'direct' as const } },
        ],
      },
      sectors: [{ id: 's', label: { zh: '行业', en: 'Sector' } }],
      profile: { weights: { a: 1 } },
    };
    const rows = [
      { id: '1', sector: 's', values: { a: '63.875' } },
      { id: '2', sector: 's', values: { a: '63.865' } },
    ];
    const totals = (mode: 'half-up' | 'half-even' | 'down' | 'up', decimals = 2) =>
      score({ ...base, rounding: { mode, decimals } }, rows).entities.map((e) => e.total);
    expect(totals('half-up')).toEqual(['63.88', '63.87']);
    expect(totals('half-even')).toEqual(['63.88', '63.86']);
    expect(totals('down')).toEqual(['63.87', '63.86']);
    expect(totals('up')).toEqual(['63.88', '63.87']);
    expect(totals('half-up', 0)).toEqual(['64', '64']);
  });
});
