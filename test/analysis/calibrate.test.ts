import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrate, defineModel, type EntityInput, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import { issuesOf } from '../helpers.js';

const batch: EntityInput[] = JSON.parse(
  readFileSync(new URL('../../examples/data/sample-batch.json', import.meta.url), 'utf8'),
);

describe('calibrate', () => {
  it('sets goalposts from the applicants’ p10 and p90 and freezes them with provenance', () => {
    const result = calibrate(liaocheng2024, batch, { version: '2024.1-calibrated' });
    const e2 = result.leaves.find((l) => l.leaf === 'm_E2');
    expect(e2?.before).toEqual({ lower: '0', upper: '20' });
    // Type 7 percentiles of the scored manufacturing applicants' m_E2, computed independently here.
    const values = score(liaocheng2024, batch)
      .entities.filter((e) => e.status === 'scored')
      .map((e) => e.nodes.find((n) => n.id === 'm_E2')?.value)
      .filter((v) => v !== undefined && v !== null)
      .map(Number)
      .sort((a, b) => a - b);
    const q = (p: number) => {
      const h = (values.length - 1) * p;
      const lo = Math.floor(h);
      return (
        (values[lo] as number) +
        (h - lo) *
          ((values[Math.min(lo + 1, values.length - 1)] as number) - (values[lo] as number))
      );
    };
    expect(Number(e2?.after.lower)).toBeCloseTo(q(0.1), 10);
    expect(Number(e2?.after.upper)).toBeCloseTo(q(0.9), 10);
    const leaf = result.model.nodes.find((n) => n.id === 'm_E2');
    expect(leaf?.scoring).toMatchObject({
      method: 'linear',
      lower: e2?.after.lower,
      upper: e2?.after.upper,
    });
    const provenance = JSON.stringify(result.model.definition).includes('calibrated from');
    expect(provenance).toBe(true);
    expect(result.model.version).toBe('2024.1-calibrated');
    expect(Object.isFrozen(result.model)).toBe(true);
    // The new model scores the batch.
    expect(score(result.model, batch).counts.scored).toBe(104);
  });

  it('leaves a leaf alone when its percentiles coincide, and rejects bad options', () => {
    const model = defineModel(liaocheng2024);
    const flat = batch.map((e) =>
      e.sector === 'services' ? { ...e, values: { ...e.values, s_E2: 5 } } : e,
    );
    const r = calibrate(model, flat, { version: 'x', leaves: ['s_E2'] });
    expect(r.leaves).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['zero_range']);
    expect(
      issuesOf(() => calibrate(model, batch, { version: 'x', lower: 'p90', upper: 'p10' })),
    ).toEqual([{ code: 'goalposts_order', path: 'options.lower' }]);
    expect(issuesOf(() => calibrate(model, batch, { version: 'x', leaves: ['m_Q1'] }))).toEqual([
      { code: 'unknown_node', path: 'options.leaves.0' },
    ]);
    expect(
      issuesOf(() => calibrate(model, batch, { version: 'x', upper: 'p120' as never }))[0]?.path,
    ).toBe('options.upper');
  });
});
