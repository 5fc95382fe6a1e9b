import { describe, expect, it } from 'vitest';
import { defineModel, type EntityInput, isYoupinError, safeScore, score } from 'youpin';
import { smallModel } from '../fixtures.js';
import { issuesOf } from '../helpers.js';

const model = defineModel(smallModel());
const row = (id: string, values: EntityInput['values'], sector = 'mfg'): EntityInput => ({
  id,
  sector,
  values,
});

describe('score', () => {
  it('scores exactly: leaf scores, weights, contributions and the total', () => {
    const report = score(model, [
      row('a', { q1: 80, q2: 60, e1: 1000, e2: 5 }),
      row('b', { q1: 40, q2: 90, e1: 100, e2: 15 }),
    ]);
    const a = report.entities[0];
    // q1 80, q2 60 → Q 70; e1 log(1000) in [100, 10000] → 50; e2 min-max over {5, 15} → 0; E 25
    // total = 0.6 × 70 + 0.4 × 25 = 52
    expect(a).toMatchObject({
      id: 'a',
      status: 'scored',
      total: '52.00',
      totalExact: '52',
      issues: [],
    });
    expect(
      a?.nodes.map((n) => [n.id, n.score, n.weight, n.effectiveWeight, n.contribution]),
    ).toEqual([
      ['total', '52.00', '1', '1', '52'],
      ['Q', '70.00', '0.6', '0.6', '42'],
      ['q1', '80.00', '0.5', '0.3', '24'],
      ['q2', '60.00', '0.5', '0.3', '18'],
      ['E', '25.00', '0.4', '0.4', '10'],
      ['e1', '50.00', '0.5', '0.2', '10'],
      ['e2', '0.00', '0.5', '0.2', '0'],
    ]);
    // The leaves' contributions add up to the exact total.
    const leaves = a?.nodes.filter((n) => n.kind === 'leaf') ?? [];
    expect(leaves.reduce((s, n) => s + Number(n.contribution), 0)).toBe(52);
    // b: Q 65, E (0 + 100)/2 = 50 → 0.6 × 65 + 0.4 × 50 = 59
    expect(report.entities[1]?.total).toBe('59.00');
    expect(report.counts).toEqual({
      entities: 2,
      scored: 2,
      ineligible: 0,
      vetoed: 0,
      invalid: 0,
      selected: 0,
    });
    expect(report.model).toEqual({ id: 'small', version: '1' });
  });

  it('keeps every row, in input order, with a status and its reasons', () => {
    const report = score(model, [
      row('ok', { q1: 50, q2: 50, e1: 100, e2: 1 }),
      row('comma', { q1: '12,5', q2: 50, e1: 100, e2: 1 }),
      row('missing', { q2: 50, e1: 100, e2: 1 }),
      row('sector', { q1: 50 }, 'agri'),
      'not an object' as never,
      row('ok', { q1: 50, q2: 50, e1: 100, e2: 1 }),
      { id: 'novalues', sector: 'mfg' } as never,
      row('nan', { q1: Number.NaN, q2: Number.POSITIVE_INFINITY, e1: -5, e2: 'x' }),
    ]);
    expect(report.entities.map((e) => [e.index, e.id, e.status])).toEqual([
      [0, 'ok', 'scored'],
      [1, 'comma', 'invalid'],
      [2, 'missing', 'invalid'],
      [3, 'sector', 'invalid'],
      [4, null, 'invalid'],
      [5, 'ok', 'invalid'],
      [6, 'novalues', 'invalid'],
      [7, 'nan', 'invalid'],
    ]);
    const codes = report.entities.map((e) => e.issues.map((i) => `${i.code}@${i.path.join('.')}`));
    expect(codes[1]).toEqual(['decimal_comma@entities.1.values.q1']);
    expect(codes[2]).toEqual(['missing_value@entities.2.values.q1']);
    expect(codes[3]).toEqual(['unknown_sector@entities.3.sector']);
    expect(codes[4]).toEqual(['invalid_entity@entities.4']);
    expect(codes[5]).toEqual(['duplicate_id@entities.5.id']);
    expect(codes[6]).toEqual(['invalid_entity@entities.6.values']);
    expect(codes[7]).toEqual([
      'not_finite@entities.7.values.q1',
      'not_finite@entities.7.values.q2',
      'log_negative@entities.7.values.e1',
      'not_a_number@entities.7.values.e2',
    ]);
    expect(report.entities[1]).toMatchObject({
      total: null,
      totalExact: null,
      rank: { sector: null, overall: null },
    });
    expect(report.counts).toEqual({
      entities: 8,
      scored: 1,
      ineligible: 0,
      vetoed: 0,
      invalid: 7,
      selected: 0,
    });
    // No NaN or Infinity anywhere: every number is finite and every figure is a decimal string.
    JSON.stringify(report, (key, value) => {
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
      if (
        [
          'total',
          'totalExact',
          'score',
          'exact',
          'weight',
          'effectiveWeight',
          'contribution',
        ].includes(key) &&
        value !== null
      ) {
        expect(value).toMatch(/^-?\d+(\.\d+)?$/);
      }
      return value;
    });
  });

  it('applies the missing-data policies: renormalise, zero, invalid', () => {
    const report = score(model, [
      row('renorm', { q1: 80, q2: null, e1: 100, e2: 3 }),
      row('zero', { q1: 80, q2: 80, e1: 100, e2: '' }),
      row('other', { q1: 80, q2: 80, e1: 100, e2: 9 }),
    ]);
    const [renorm, zero] = report.entities;
    // q2 missing → q1 carries all of Q.
    expect(renorm?.nodes.find((n) => n.id === 'q1')).toMatchObject({
      weight: '1',
      effectiveWeight: '0.6',
    });
    expect(renorm?.nodes.find((n) => n.id === 'q2')).toMatchObject({
      missing: true,
      score: null,
      weight: '0',
    });
    expect(renorm?.warnings.map((w) => w.code)).toEqual(['renormalised']);
    expect(renorm?.total).toBe('48.00'); // 0.6 × 80 + 0.4 × (0 + 0)/2
    // e2 missing with policy zero: scores 0 and is left out of the min-max cohort.
    expect(zero?.nodes.find((n) => n.id === 'e2')).toMatchObject({
      score: '0.00',
      value: '',
      missing: true,
    });
    expect(zero?.warnings.map((w) => w.code)).toEqual(['scored_as_zero']);
    expect(report.entities[2]?.nodes.find((n) => n.id === 'e2')?.score).toBe('100.00');
  });

  it('computes cohorts per sector from valid entities only', () => {
    const report = score(model, [
      row('m1', { q1: 50, q2: 50, e1: 100, e2: 10 }),
      row('m2', { q1: 50, q2: 50, e1: 100, e2: 20 }),
      row('bad', { q1: 'x', q2: 50, e1: 100, e2: 1000 }),
      row('s1', { q1: 50, q2: 50, e1: 100 }, 'svc'),
    ]);
    expect(report.entities.map((e) => e.nodes.find((n) => n.id === 'e2')?.score ?? null)).toEqual([
      '0.00',
      '100.00',
      null,
      null,
    ]);
    // The service sector excludes e2: its value would be reported as an unknown indicator.
    const svc = score(model, [row('s2', { q1: 50, q2: 50, e1: 100, e2: 1 }, 'svc')]).entities[0];
    expect(svc?.warnings.map((w) => w.code)).toEqual(['unknown_indicator']);
    expect(svc?.nodes.map((n) => n.id)).toEqual(['total', 'Q', 'q1', 'q2', 'E', 'e1']);
  });

  it('warns about a zero range in a cohort and gives the midpoint', () => {
    const report = score(model, [
      row('a', { q1: 50, q2: 50, e1: 100, e2: 7 }),
      row('b', { q1: 50, q2: 50, e1: 100, e2: 7 }),
    ]);
    expect(report.warnings.map((w) => `${w.code}@${w.path.join('.')}`)).toEqual([
      'zero_range@sectors.mfg.leaves.e2',
    ]);
    expect(report.entities[0]?.nodes.find((n) => n.id === 'e2')?.score).toBe('50.00');
  });

  it('gives competition ranks (1224) on the published total, per sector and overall', () => {
    const report = score(model, [
      row('a', { q1: 90, q2: 90, e1: 100, e2: 1 }),
      row('b', { q1: 70, q2: 70, e1: 100, e2: 1 }),
      row('c', { q1: 90, q2: 90, e1: 100, e2: 1 }),
      row('d', { q1: 60, q2: 60, e1: 100, e2: 1 }),
      row('s', { q1: 80, q2: 80, e1: 1000 }, 'svc'),
    ]);
    // e2 is the same for all (zero range → 50), e1 = 100 scores 0: E = 25 in manufacturing.
    expect(report.entities.map((e) => [e.id, e.total, e.rank.sector, e.rank.overall])).toEqual([
      ['a', '64.00', 1, 2],
      ['b', '52.00', 3, 4],
      ['c', '64.00', 1, 2],
      ['d', '46.00', 4, 5],
      ['s', '65.00', 1, 1],
    ]);
  });

  it('ranks ties on the published (rounded) total, not on the exact one', () => {
    const report = score(model, [
      row('a', { q1: '90.004', q2: 90, e1: 100, e2: 1 }),
      row('b', { q1: 90, q2: 90, e1: 100, e2: 1 }),
    ]);
    expect(report.entities.map((e) => [e.totalExact, e.total, e.rank.sector])).toEqual([
      ['64.0012', '64.00', 1],
      ['64', '64.00', 1],
    ]);
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    const rows = [
      row('a', { q1: 33, q2: 66, e1: 777, e2: 3 }),
      row('b', { q1: '1/3', q2: 1, e1: 1, e2: 1 }),
    ];
    expect(JSON.stringify(score(smallModel(), rows))).toBe(JSON.stringify(score(model, rows)));
  });

  it('throws for a bad model and a batch that is not an array; strict mode throws for invalid rows', () => {
    expect(issuesOf(() => score({ id: 'x' } as never, []))[0]?.path).toBe('version');
    expect(issuesOf(() => score(model, {} as never))).toEqual([
      { code: 'invalid_batch', path: 'entities' },
    ]);
    const rows = [row('a', { q1: 'x', q2: 1, e1: 1, e2: 1 })];
    expect(issuesOf(() => score(model, rows, { strict: true }))).toEqual([
      { code: 'invalid_entities', path: 'entities' },
      { code: 'not_a_number', path: 'entities.0.values.q1' },
    ]);
    const safe = safeScore(model, rows, { strict: true });
    expect(safe.success).toBe(false);
    expect(safeScore(model, rows).success).toBe(true);
    expect(isYoupinError(safe.success ? null : safe.error)).toBe(true);
  });

  it('reads null options as no options (a service may forward a JSON null)', () => {
    const rows = [row('a', { q1: 50, q2: 50, e1: 100, e2: 1 })];
    const expected = JSON.stringify(score(model, rows));
    expect(JSON.stringify(score(model, rows, null as never))).toBe(expected);
    const safe = safeScore(model, rows, null as never);
    expect(safe.success && JSON.stringify(safe.data)).toBe(expected);
  });

  it('reads ids given as numbers, and names in both languages', () => {
    const report = score(model, [
      {
        id: 7,
        name: { zh: '甲公司', en: 'Company A' },
        sector: 'mfg',
        values: { q1: 1, q2: 1, e1: 100, e2: 1 },
      },
    ]);
    expect(report.entities[0]).toMatchObject({
      id: '7',
      name: { zh: '甲公司', en: 'Company A' },
      status: 'scored',
    });
  });
});

describe('progress', () => {
  it('reports progress as entities are scored, at most once per percent, ending at the total', () => {
    const rows = Array.from({ length: 250 }, (_, i) =>
      row(`e${i}`, { q1: i % 100, q2: 50, e1: 100, e2: i }),
    );
    const calls: Array<[number, number]> = [];
    score(model, rows, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeLessThanOrEqual(101);
    expect(calls.at(-1)).toEqual([250, 250]);
    expect(calls.every(([d], i) => i === 0 || d > (calls[i - 1] as [number, number])[0])).toBe(
      true,
    );
  });
});
