import { describe, expect, it } from 'vitest';
import { defineModel, type EntityInput, effectiveWeights, score } from 'youpin';
import { gbt19580 } from 'youpin/presets';

// domain.md §4.1: the 1000-point table of GB/T 19580-2012, as the oracle (points / 1000).
const itemPoints: Record<string, number> = {
  i4_1_2: 50,
  i4_1_3: 30,
  i4_1_4: 30,
  i4_2_2: 40,
  i4_2_3: 50,
  i4_3_2: 40,
  i4_3_3: 50,
  i4_4_2: 60,
  i4_4_3: 15,
  i4_4_4: 20,
  i4_4_5: 15,
  i4_4_6: 10,
  i4_4_7: 10,
  i4_5_2: 50,
  i4_5_3: 50,
  i4_6_2: 40,
  i4_6_3: 40,
  i4_7_2: 80,
  i4_7_3: 80,
  i4_7_4: 80,
  i4_7_5: 60,
  i4_7_6: 50,
  i4_7_7: 50,
};
const categoryPoints: Record<string, number> = {
  c4_1: 110,
  c4_2: 90,
  c4_3: 90,
  c4_4: 130,
  c4_5: 100,
  c4_6: 80,
  c4_7: 400,
};
const items = Object.keys(itemPoints);
const isResult = (id: string) => id.startsWith('i4_7_');

const entity = (id: string, value: (item: string) => number | string): EntityInput => ({
  id,
  sector: 'all',
  values: Object.fromEntries(items.map((i) => [i, value(i)])),
});

describe('the GB/T 19580-2012 preset', () => {
  const model = defineModel(gbt19580);

  it('validates: 7 categories, 23 expert items scored in 5 % bands, 1000 points', () => {
    const leaves = model.nodes.filter((n) => n.kind === 'leaf');
    expect(leaves.map((n) => n.id)).toEqual(items);
    expect(model.nodes.filter((n) => n.parent === 'total').map((n) => n.id)).toEqual(
      Object.keys(categoryPoints),
    );
    for (const leaf of leaves) {
      expect(leaf.scoring).toEqual({ method: 'banded', step: 5 });
      expect(leaf.source).toBe('expert');
    }
    expect(Object.values(categoryPoints).reduce((a, b) => a + b, 0)).toBe(1000);
    expect(Object.values(itemPoints).reduce((a, b) => a + b, 0)).toBe(1000);
    expect(model.sectors.map((s) => s.id)).toEqual(['all']);
  });

  it('gives points to every category and item, and provenance to every node and the points', () => {
    const points = gbt19580.profile?.points ?? {};
    expect(points).toEqual({ ...points, ...itemPoints, ...categoryPoints });
    expect(Object.keys(points)).toHaveLength(30);
    expect(gbt19580.profile?.provenance).toEqual({
      status: 'inferred',
      source: 'GB/T 19580-2012 as known to the research author [K], not re-verified',
    });
    for (const category of gbt19580.tree.children) {
      expect(category.provenance?.status).toBe('published');
      expect(category.label.zh.length * category.label.en.length).toBeGreaterThan(0);
      for (const item of 'children' in category ? category.children : []) {
        expect(item.provenance?.status).toBe('published');
        expect(item.provenance?.source).toMatch(/GB\/T 19580/);
        expect(item.description?.zh).toMatch(isResult(item.id) ? /水平（Le）/ : /方法（A）/);
        expect(item.description?.en).toMatch(isResult(item.id) ? /LeTCI|levels/ : /approach/);
      }
    }
    expect(gbt19580.gates).toBeUndefined();
    expect(gbt19580.vetoes).toBeUndefined();
    expect(gbt19580.selection).toBeUndefined();
  });

  it('has effective weights of points / 1000 that sum to 1', () => {
    const weights = effectiveWeights(model, 'all');
    expect(weights['i4_7_2']).toBe('0.08');
    expect(weights['i4_4_6']).toBe('0.01');
    expect(weights).toEqual(
      Object.fromEntries(items.map((i) => [i, String((itemPoints[i] as number) / 1000)])),
    );
    const sum = Object.values(weights).reduce((a, w) => a + Number(w) * 1000, 0);
    expect(sum).toBe(1000);
  });

  it('scores 50 % on every item as exactly 50.00 (500 points / 10)', () => {
    const [e] = score(model, [entity('half', () => 50)]).entities;
    expect(e?.status).toBe('scored');
    expect(e?.total).toBe('50.00');
    expect(e?.totalExact).toBe('50');
  });

  it('weights process items 600 and results 400: 70 % and 40 % give 58.00', () => {
    const [e] = score(model, [entity('mixed', (i) => (isResult(i) ? 40 : 70))]).entities;
    expect(e?.status).toBe('scored');
    expect(e?.total).toBe('58.00');
    expect(e?.nodes.find((n) => n.id === 'c4_7')?.score).toBe('40.00');
    expect(e?.nodes.find((n) => n.id === 'c4_4')?.score).toBe('70.00');
  });

  it('scores 100 % everywhere as 100.00 and 0 % as 0.00', () => {
    const report = score(model, [entity('top', () => 100), entity('bottom', () => '0')]);
    expect(report.entities.map((e) => e.total)).toEqual(['100.00', '0.00']);
  });

  it('makes a value off the 5 % steps invalid (not_a_band_step)', () => {
    const [e] = score(model, [entity('typo', (i) => (i === 'i4_2_3' ? 33 : 50))]).entities;
    expect(e?.status).toBe('invalid');
    expect(e?.total).toBeNull();
    expect(e?.issues.map((i) => i.code)).toContain('not_a_band_step');
  });
});
