import { describe, expect, it } from 'vitest';
import { defineModel, type EntityInput, score } from 'youpin';

// A batch is read by index: a hole in the array is a row (invalid, with its issue), as
// `undefined` is; nothing is dropped and nothing throws a TypeError.
const label = (s: string) => ({ zh: s, en: s });
const model = defineModel({
  id: 'parts',
  version: '1',
  name: label('parts'),
  tree: {
    id: 'total',
    label: label('total'),
    children: ['A', 'B'].map((d) => ({
      id: d,
      label: label(d),
      children: [1, 2, 3].map((k) => ({
        id: `${d}${k}`,
        label: label(`${d}${k}`),
        missing: k === 3 ? ('renormalise' as const) : ('invalid' as const),
        scoring:
          k === 2
            ? { method: 'log' as const, lower: 1, upper: 10_000 }
            : { method: 'linear' as const, lower: 0, upper: 100 },
      })),
    })),
  },
  sectors: [
    { id: 'x', label: label('x'), profile: { weights: { A: 0.6, B: 0.4 } } },
    { id: 'y', label: label('y'), profile: { weights: { A: 0.3, B: 0.7 } } },
  ],
  profile: {
    weights: { A1: 0.5, A2: 0.25, A3: 0.25, B1: 0.4, B2: 0.4, B3: 0.2 },
  },
});

function rows(n: number): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const values: Record<string, unknown> = {};
    for (const d of ['A', 'B'])
      for (const k of [1, 2, 3]) values[`${d}${k}`] = ((i * 37 + k * 11) % 10_000) / 100;
    if (i % 97 === 3) values['A3'] = null; // renormalised: the exact path
    if (i % 113 === 5) values['B1'] = 'x'; // invalid
    if (i % 131 === 7) values['A1'] = '12.5'; // text the kernel reads
    out.push({ id: `E${i % 700 === 650 ? 12 : i}`, sector: i % 3 === 0 ? 'y' : 'x', values });
  }
  return out;
}

describe('holes in the batch', () => {
  it('reads a hole in the array as a row: invalid, with its issue, never dropped', () => {
    const batch = rows(300);
    delete batch[10];
    delete batch[260];
    (batch as unknown[]).length = 302; // two holes at the end
    for (const engine of ['fast', 'exact'] as const) {
      const report = score(model, batch as EntityInput[], { engine });
      expect(report.entities).toHaveLength(302);
      for (const index of [10, 260, 300, 301]) {
        const e = report.entities[index];
        expect(e?.status).toBe('invalid');
        expect(e?.issues.map((i) => i.code)).toEqual(['invalid_entity']);
      }
      expect(report.counts.entities).toBe(302);
      // The same rows with the holes filled by undefined give the same report.
      const filled = Array.from(batch, (row) => row);
      expect(JSON.stringify(score(model, filled as EntityInput[], { engine }))).toBe(
        JSON.stringify(report),
      );
    }
  });
});
