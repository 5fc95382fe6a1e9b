import { describe, expect, it } from 'vitest';
import { type EntityInput, type ModelInput, score } from 'youpin';
import { issuesOf } from '../helpers.js';

const label = (s: string) => ({ zh: s, en: s });

/** An expert leaf e (trimmed panel), a verified leaf v, and a veto V1 for false material. */
function model(extra: Partial<ModelInput> = {}): ModelInput {
  return {
    id: 'prog',
    version: '1',
    name: label('prog'),
    tree: {
      id: 'total',
      label: label('total'),
      children: [
        { id: 'e', label: label('e'), source: 'expert', scoring: { method: 'direct' } },
        { id: 'v', label: label('v'), source: 'third_party', scoring: { method: 'direct' } },
        {
          id: 'g',
          label: label('g'),
          source: 'self_declared',
          scoring: { method: 'direct' },
          verification: { onFail: 'veto', veto: 'V1' },
        },
      ],
    },
    sectors: [{ id: 's', label: label('s') }],
    profile: { weights: { e: 0.5, v: 0.25, g: 0.25 } },
    panel: { method: 'trimmed', trim: 1, trimFrom: 5, minSize: 3, maxSpread: 30 },
    facts: [
      { id: 'false_material', label: label('false material'), type: 'text' },
      ...['award', 'pilot', 'warned'].map((id) => ({
        id,
        label: label(id),
        type: 'boolean' as const,
      })),
    ],
    vetoes: [
      { id: 'V1', label: label('false material'), when: { fact: 'false_material', present: true } },
    ],
    ...extra,
  };
}
const experts = (...scores: number[]) => scores.map((score, k) => ({ expert: `E${k + 1}`, score }));
const row = (id: string, extra: Partial<EntityInput> = {}): EntityInput => ({
  id,
  sector: 's',
  values: { v: 80, g: 80 },
  panels: { e: experts(60, 70, 70, 80, 100) },
  ...extra,
});

describe('expert panels in the pipeline', () => {
  it('drops one highest and one lowest from five scores and keeps the audit', () => {
    const r = score(model(), [row('a')]).entities[0];
    const e = r?.nodes.find((n) => n.id === 'e');
    expect(e?.score).toBe('73.33'); // (70 + 70 + 80) / 3
    expect(e?.panel?.scores.map((s) => [s.expert, s.dropped])).toEqual([
      ['E1', 'low'],
      ['E2', null],
      ['E3', null],
      ['E4', null],
      ['E5', 'high'],
    ]);
    expect(e?.panel).toMatchObject({
      method: 'trimmed',
      size: 5,
      untrimmedMean: '76',
      spread: '40',
      flagged: true,
    });
    expect(r?.warnings.map((w) => w.code)).toEqual(['panel_flagged']);
    expect(r?.status).toBe('scored');
  });

  it('uses a plain mean below five, and makes a panel of two invalid', () => {
    const four = score(model(), [row('a', { panels: { e: experts(70, 80, 80, 90) } })]).entities[0];
    expect(four?.nodes.find((n) => n.id === 'e')?.panel?.method).toBe('mean');
    const two = score(model(), [row('a', { panels: { e: experts(70, 80) } })]).entities[0];
    expect(two?.status).toBe('invalid');
    expect(two?.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'too_few_values@entities.0.panels.e',
    ]);
  });

  it('refuses a leaf given both panel scores and a value', () => {
    const r = score(model(), [row('a', { values: { e: 70, v: 80, g: 80 } })]).entities[0];
    expect(r?.issues.map((i) => i.code)).toEqual(['panel_and_value']);
  });
});

describe('third-party verification', () => {
  it('scores a failed leaf 0 with a warning, and escalates a failed gate item to the veto', () => {
    const r = score(model(), [
      row('passed', { verification: { v: 'passed', g: 'passed' } }),
      row('failed', { verification: { v: 'failed' } }),
      row('false', { verification: { g: 'failed' } }),
      row('pending', { verification: { v: 'pending' } }),
    ]).entities;
    expect(
      r.map((x) => [x.id, x.status, x.nodes.find((n) => n.id === 'v')?.score ?? null]),
    ).toEqual([
      ['passed', 'scored', '80.00'],
      ['failed', 'scored', '0.00'],
      ['false', 'vetoed', null],
      ['pending', 'scored', '80.00'],
    ]);
    expect(r[1]?.warnings.map((w) => w.code)).toContain('verification_failed');
    expect(r[2]?.eligibility.vetoes).toEqual([
      {
        rule: 'V1',
        kind: 'veto',
        result: 'fired',
        facts: { false_material: null, 'verification.g': 'failed' },
        missing: [],
        unreadable: [],
        firedOn: null,
      },
    ]);
    expect(r[3]?.warnings.map((w) => w.code)).toContain('verification_pending');
    expect(r[0]?.nodes.find((n) => n.id === 'v')?.verification).toBe('passed');
  });

  it('needs the escalation veto to exist in the model', () => {
    const m = model({ vetoes: [] });
    expect(issuesOf(() => score(m, []))).toEqual([
      { code: 'unknown_rule', path: 'tree.children.2.verification.veto' },
    ]);
  });
});

describe('adjustments', () => {
  it('adds capped bonus and penalty points to the total before rounding', () => {
    const m = model({
      adjustments: {
        items: [
          {
            id: 'award',
            label: label('award'),
            when: { fact: 'award', op: '==', value: true },
            points: 3,
          },
          {
            id: 'pilot',
            label: label('pilot'),
            when: { fact: 'pilot', op: '==', value: true },
            points: 3,
          },
          {
            id: 'warning',
            label: label('warning'),
            when: { fact: 'warned', op: '==', value: true },
            points: -2,
          },
        ],
        maxBonus: 5,
      },
    });
    const r = score(m, [
      row('none'),
      row('both', { facts: { award: true, pilot: true } }),
      row('mixed', { facts: { award: true, warned: true } }),
    ]).entities;
    // before: 0.5 × 73.333… + 0.25 × 80 + 0.25 × 80 = 76.666…
    expect(
      r.map((x) => [x.id, x.total, x.adjustments.applied.map((a) => `${a.id}:${a.points}`)]),
    ).toEqual([
      ['none', '76.67', []],
      ['both', '81.67', ['award:3', 'pilot:3']], // capped at +5
      ['mixed', '77.67', ['award:3', 'warning:-2']],
    ]);
    expect(r[1]?.adjustments.before).toBe('76.66666666666666666666666667');
  });
});

describe('fusion of sources', () => {
  // 济宁市长质量奖: 材料评审 40 % + 现场答辩 40 % + 社会满意度 20 % (domain.md §4.2).
  const fused: ModelInput = {
    id: 'fusion',
    version: '1',
    name: label('fusion'),
    tree: {
      id: 'total',
      label: label('total'),
      children: [
        { id: 's1', label: label('s1'), source: 'system', scoring: { method: 'direct' } },
        { id: 's2', label: label('s2'), source: 'system', scoring: { method: 'direct' } },
        { id: 'e1', label: label('e1'), source: 'expert', scoring: { method: 'direct' } },
        {
          id: 't1',
          label: label('t1'),
          source: 'third_party',
          missing: 'renormalise',
          scoring: { method: 'direct' },
        },
      ],
    },
    sectors: [{ id: 's', label: label('s') }],
    profile: { weights: { s1: 0.3, s2: 0.1, e1: 0.3, t1: 0.3 } },
    fusion: { weights: { system: 0.4, expert: 0.4, third_party: 0.2 } },
  };

  it('weights each source’s score as stated, and the leaves’ shares still add up', () => {
    const r = score(fused, [{ id: 'a', sector: 's', values: { s1: 80, s2: 40, e1: 90, t1: 50 } }])
      .entities[0];
    // system: (0.3 × 80 + 0.1 × 40) / 0.4 = 70; expert 90; third party 50 → 0.4 × 70 + 0.4 × 90 + 0.2 × 50 = 74
    expect(r?.total).toBe('74.00');
    expect(r?.sources).toEqual([
      { source: 'system', weight: '0.4', score: '70' },
      { source: 'expert', weight: '0.4', score: '90' },
      { source: 'third_party', weight: '0.2', score: '50' },
    ]);
    const leaves = r?.nodes.filter((n) => n.kind === 'leaf').map((n) => [n.id, n.contribution]);
    expect(leaves).toEqual([
      ['s1', '24'],
      ['s2', '4'],
      ['e1', '36'],
      ['t1', '10'],
    ]);
    expect(r?.nodes[0]?.contribution).toBeNull();
  });

  it('gives an absent source’s weight to the others', () => {
    const r = score(fused, [{ id: 'a', sector: 's', values: { s1: 80, s2: 40, e1: 90, t1: null } }])
      .entities[0];
    // system 0.5, expert 0.5 → 0.5 × 70 + 0.5 × 90 = 80
    expect(r?.total).toBe('80.00');
    expect(r?.sources?.map((x) => x.weight)).toEqual(['0.5', '0.5', '0']);
  });

  it('checks that the fusion weights sum to 1', () => {
    expect(
      issuesOf(() => score({ ...fused, fusion: { weights: { system: 0.5, expert: 0.4 } } }, [])),
    ).toEqual([{ code: 'weights_sum', path: 'fusion.weights' }]);
  });
});
