import { describe, expect, it } from 'vitest';
import { type EntityInput, type ModelInput, score } from 'youpin';

// Scores do not change when the applicants are reordered (STYLE §14). The cohort statistics of
// zscore and vector are sums rounded at 40 digits; summed in input order, their last digit moved
// with the order of the rows, and a message that quotes a z-score at full precision (a negative
// value under a harmonic mean) changed with it. Found by `npm run fuzz`; now summed in ascending
// order, as entropy and CRITIC weights are.

const model: ModelInput = {
  id: 'z',
  version: '1',
  name: { zh: '标准化', en: 'Standardised' },
  tree: {
    id: 'total',
    label: { zh: '总分', en: 'Total' },
    children: [
      {
        id: 'B',
        label: { zh: '分支', en: 'Branch' },
        operator: { method: 'harmonic' },
        children: [
          {
            id: 'z',
            label: { zh: '甲', en: 'A' },
            scoring: { method: 'zscore', sd: 'population' },
          },
          { id: 'd', label: { zh: '乙', en: 'B' }, scoring: { method: 'direct' } },
        ],
      },
    ],
  },
  sectors: [{ id: 's', label: { zh: '行业', en: 'Sector' } }],
  profile: { weights: { B: 1, z: 0.5, d: 0.5 } },
};

describe('cohort statistics', () => {
  it('give the same figures and messages whatever the order of the rows', () => {
    const rows: EntityInput[] = ['-63', '-50', '-47.24'].map((z, i) => ({
      id: `E${i}`,
      sector: 's',
      values: { z, d: 50 },
    }));
    const byId = (order: number[]) =>
      Object.fromEntries(
        score(
          model,
          order.map((i) => rows[i] as EntityInput),
        ).entities.map((e) => [e.id, e.issues.map((i) => i.message)]),
      );
    const first = byId([0, 1, 2]);
    expect(first['E0']).toEqual([
      'the harmonic mean cannot take a negative value (-1.395072793289358128616014205457344471438)',
    ]);
    for (const order of [
      [2, 0, 1],
      [1, 2, 0],
      [2, 1, 0],
    ])
      expect(byId(order)).toEqual(first);
  });
});
