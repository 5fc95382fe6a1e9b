import { describe, expect, it } from 'vitest';
import { type EntityInput, type ModelInput, type SelectionInput, score } from 'youpin';

const label = (s: string) => ({ zh: s, en: s });

/** Two dimensions, Q (weight 0.6) and I (0.4), one direct leaf each. */
function model(selection: SelectionInput): ModelInput {
  return {
    id: 'sel',
    version: '1',
    name: label('sel'),
    tree: {
      id: 'total',
      label: label('total'),
      children: [
        {
          id: 'Q',
          label: label('Q'),
          children: [{ id: 'q', label: label('q'), scoring: { method: 'direct' } }],
        },
        {
          id: 'I',
          label: label('I'),
          children: [{ id: 'i', label: label('i'), scoring: { method: 'direct' } }],
        },
      ],
    },
    sectors: [
      { id: 'a', label: label('a') },
      { id: 'b', label: label('b') },
    ],
    profile: { weights: { Q: 0.6, I: 0.4, q: 1, i: 1 } },
    facts: [
      {
        id: 'credit',
        label: label('credit'),
        type: 'category',
        values: [{ value: 'A' }, { value: 'B' }, { value: 'C' }],
      },
    ],
    selection,
  };
}
const e = (
  id: string,
  q: number | string,
  i: number | string,
  extra: Partial<EntityInput> = {},
): EntityInput => ({
  id,
  sector: 'a',
  values: { q, i },
  ...extra,
});
const run = (selection: SelectionInput, entities: EntityInput[]) =>
  score(model(selection), entities).entities.map((r) => [
    r.id,
    r.total,
    r.selection?.selected,
    r.selection?.reason,
  ]);

describe('selection', () => {
  it('applies the threshold and every floor before the quota', () => {
    expect(
      run({ threshold: 70, floors: { Q: 50, I: 50 } }, [
        e('ok', 80, 70), // 76
        e('edge', 70, 70), // 70: the threshold is reached
        e('low', 60, 70), // 64
        e('floor', 100, 45), // 78, but I < 50
      ]),
    ).toEqual([
      ['ok', '76.00', true, 'selected'],
      ['edge', '70.00', true, 'selected'],
      ['low', '64.00', false, 'below_threshold'],
      ['floor', '78.00', false, 'below_floor'],
    ]);
    const r = score(model({ floors: { Q: 50, I: 50 } }), [e('floor', 100, 45)]).entities[0];
    expect(r?.selection?.failedFloors).toEqual(['I']);
  });

  it('judges floors and the threshold on published (rounded) figures', () => {
    // 0.6 × 69.99 + 0.4 × 70.0125 = 69.999 → published 70.00
    expect(run({ threshold: 70 }, [e('x', '69.99', '70.0125')])).toEqual([
      ['x', '70.00', true, 'selected'],
    ]);
  });

  it('cuts at the quota per sector, in order of the published total', () => {
    expect(
      run({ quotas: { a: 2 } }, [
        e('3rd', 70, 70),
        e('1st', 90, 90),
        e('2nd', 80, 80),
        { ...e('other', 50, 50), sector: 'b' },
      ]),
    ).toEqual([
      ['3rd', '70.00', false, 'outside_quota'],
      ['1st', '90.00', true, 'selected'],
      ['2nd', '80.00', true, 'selected'],
      ['other', '50.00', true, 'selected'],
    ]);
  });

  it('breaks a tie at the cut with the chain, only there, and says which key decided', () => {
    // a1 and a2 tie on the total 76 (Q 80 / I 70 vs Q 70 / I 85); a3 and a4 tie above the cut.
    const selection: SelectionInput = {
      quotas: { a: 3 },
      tieBreak: [
        { by: 'node', node: 'Q' },
        { by: 'node', node: 'I' },
      ],
    };
    const r = score(model(selection), [
      e('top1', 90, 90),
      e('a1', 70, 85),
      e('a2', 80, 70),
      e('top2', 90, 90),
      e('last', 50, 50),
    ]).entities;
    expect(
      r.map((x) => [
        x.id,
        x.total,
        x.selection?.reason,
        x.selection?.position,
        x.selection?.tieBreak,
      ]),
    ).toEqual([
      ['top1', '90.00', 'selected', 1, null], // tied with top2, but not at the cut: no tie-break
      ['a1', '76.00', 'lost_tie_break', 4, { tiedWith: ['a2'], decidedBy: 'node:Q' }],
      ['a2', '76.00', 'selected', 3, { tiedWith: ['a1'], decidedBy: 'node:Q' }],
      ['top2', '90.00', 'selected', 2, null],
      ['last', '50.00', 'outside_quota', 5, null],
    ]);
  });

  it('goes down the chain: facts with an order, then the untrimmed expert mean', () => {
    const selection: SelectionInput = {
      quotas: { a: 1 },
      tieBreak: [
        { by: 'node', node: 'Q' },
        { by: 'fact', fact: 'credit', order: ['A', 'B', 'C'] },
        { by: 'expertMean' },
      ],
    };
    const byCredit = score(model(selection), [
      e('b', 80, 80, { facts: { credit: 'B' } }),
      e('a', 80, 80, { facts: { credit: 'A' } }),
    ]);
    expect(
      byCredit.entities.map((x) => [x.id, x.selection?.reason, x.selection?.tieBreak?.decidedBy]),
    ).toEqual([
      ['b', 'lost_tie_break', 'fact:credit'],
      ['a', 'selected', 'fact:credit'],
    ]);
    // Same trimmed mean (80) from panels of 5, different untrimmed means (80 vs 82).
    const panel = (scores: number[]) => ({
      i: scores.map((score, k) => ({ expert: `E${k}`, score })),
    });
    const twins = score(
      { ...model(selection), panel: { method: 'trimmed', trim: 1, trimFrom: 5 } },
      [
        {
          id: 'plain',
          sector: 'a',
          values: { q: 80 },
          facts: { credit: 'A' },
          panels: panel([70, 80, 80, 80, 90]),
        },
        {
          id: 'twin',
          sector: 'a',
          values: { q: 80 },
          facts: { credit: 'A' },
          panels: panel([75, 80, 80, 80, 95]),
        },
      ],
    );
    expect(
      twins.entities.map((x) => [
        x.id,
        x.total,
        x.selection?.reason,
        x.selection?.tieBreak?.decidedBy,
      ]),
    ).toEqual([
      ['plain', '80.00', 'lost_tie_break', 'expertMean'],
      ['twin', '80.00', 'selected', 'expertMean'],
    ]);
  });

  it('leaves a tie the chain cannot break to the committee: tie_unresolved, not selected', () => {
    const r = run({ quotas: { a: 2 }, tieBreak: [{ by: 'node', node: 'Q' }] }, [
      e('first', 90, 90),
      e('x', 80, 80),
      e('y', 80, 80),
    ]);
    expect(r).toEqual([
      ['first', '90.00', true, 'selected'],
      ['x', '80.00', false, 'tie_unresolved'],
      ['y', '80.00', false, 'tie_unresolved'],
    ]);
  });

  it('selects no one with a quota of 0, and gives bands by the published total', () => {
    expect(run({ quotas: { a: 0 } }, [e('x', 80, 80)])).toEqual([
      ['x', '80.00', false, 'outside_quota'],
    ]);
    const bands = {
      bands: [
        { id: 'good', label: label('良'), min: 80 },
        { id: 'top', label: label('优'), min: 90 },
      ],
    };
    const r = score(model(bands), [
      e('a', 90, 90),
      e('b', '89.99', '89.99'),
      e('c', 70, 70),
    ]).entities;
    expect(r.map((x) => x.selection?.band?.id ?? null)).toEqual(['top', 'good', null]);
  });

  it('has no selection at all when the model has none', () => {
    const m = { ...model({}), selection: undefined };
    expect(score(m, [e('x', 1, 1)]).entities[0]?.selection).toBeNull();
  });
});
