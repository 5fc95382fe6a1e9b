import { describe, expect, it } from 'vitest';
import { type EntityInput, type ModelInput, score } from 'youpin';

// The fast path publishes what the exact path publishes (DESIGN §12). An expert panel's mean is an
// exact decimal; one of -1e-400 is negative, and a log leaf refuses it (log_negative), but as
// float64 it underflowed to -0 and the fast path scored it at the bottom. Found by `npm run fuzz`
// (also on main): such a value is now left to the exact path, as text that underflows already was.

const model: ModelInput = {
  id: 'u',
  version: '1',
  name: { zh: '下溢', en: 'Underflow' },
  tree: {
    id: 'total',
    label: { zh: '总分', en: 'Total' },
    children: [
      {
        id: 'x',
        label: { zh: '甲', en: 'A' },
        source: 'expert',
        scoring: { method: 'log', lower: 11, upper: 837 },
      },
      { id: 'y', label: { zh: '乙', en: 'B' }, source: 'expert', scoring: { method: 'direct' } },
    ],
  },
  sectors: [{ id: 's', label: { zh: '行业', en: 'Sector' } }],
  profile: { weights: { x: 0.5, y: 0.5 } },
};

describe('a panel value that float64 cannot hold', () => {
  it('is scored as the exact path scores it', () => {
    const rows: EntityInput[] = ['-1e-400', '1e-400', '-0', '1e-300'].map((v, i) => ({
      id: `E${i}`,
      sector: 's',
      values: {},
      panels: { x: [{ expert: 'a', score: v }], y: [{ expert: 'a', score: v }] },
    }));
    const exact = score(model, rows).entities;
    const fast = score(model, rows, { engine: 'fast' }).entities;
    expect(exact.map((e) => [e.status, e.total, e.issues.map((i) => i.code)])).toEqual([
      ['invalid', null, ['log_negative', 'out_of_scale']],
      ['scored', '0.00', []],
      ['scored', '0.00', []],
      ['scored', '0.00', []],
    ]);
    expect(fast.map((e) => [e.status, e.total, e.issues])).toEqual(
      exact.map((e) => [e.status, e.total, e.issues]),
    );
  });
});
