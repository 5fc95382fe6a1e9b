import { describe, expect, it } from 'vitest';
import {
  type EntityInput,
  type FactInput,
  type ModelInput,
  type RuleInput,
  revocations,
  score,
} from 'youpin';
import { issuesOf } from '../helpers.js';

const label = (s: string) => ({ zh: s, en: s });

const fact = (id: string, type: FactInput['type'], values?: string[]): FactInput => ({
  id,
  label: label(id),
  type,
  ...(values ? { values: values.map((value) => ({ value })) } : {}),
});

/** The facts and series the rules of these tests read, declared as a model must. */
const FACTS: FactInput[] = [
  fact('revenue', 'number'),
  fact('rank', 'number'),
  fact('provincial_rank', 'number'),
  fact('tech_leading', 'boolean'),
  fact('first_of_kind', 'boolean'),
  fact('restricted', 'boolean'),
  fact('public_welfare', 'boolean'),
  fact('ok', 'boolean'),
  fact('certifications', 'list'),
  fact('docs', 'list'),
  fact('grade', 'category', ['A', 'B', 'C', 'D']),
  fact('credit_grade', 'category', ['A', 'B', 'C', 'D']),
  fact('note', 'text'),
];
const SERIES = ['rnd', 'profit', 'p'].map((id) => ({ id, label: label(id) }));

/** A one-leaf model with the given gates and vetoes, evaluated on 2024-06-30. */
function model(gates: RuleInput[], vetoes: RuleInput[] = []): ModelInput {
  return {
    id: 'rules',
    version: '1',
    name: label('rules'),
    evaluationDate: '2024-06-30',
    tree: {
      id: 'total',
      label: label('total'),
      children: [{ id: 'x', label: label('x'), scoring: { method: 'direct' } }],
    },
    sectors: [
      { id: 'mfg', label: label('mfg') },
      { id: 'svc', label: label('svc') },
    ],
    profile: { weights: { x: 1 } },
    facts: FACTS,
    series: SERIES,
    gates,
    vetoes,
  };
}
const entity = (id: string, extra: Partial<EntityInput> = {}): EntityInput => ({
  id,
  sector: 'mfg',
  values: { x: 50 },
  ...extra,
});
const gate = (when: RuleInput['when'], more: Partial<RuleInput> = {}): RuleInput => ({
  id: 'G',
  label: label('G'),
  when,
  ...more,
});
const statuses = (m: ModelInput, es: EntityInput[]) => score(m, es).entities.map((e) => e.status);
const outcome = (m: ModelInput, e: EntityInput) => {
  const r = score(m, [e]).entities[0];
  return [...(r?.eligibility.gates ?? []), ...(r?.eligibility.vetoes ?? [])][0];
};

describe('rules as data', () => {
  it('compares facts exactly, and falls back on leaf values', () => {
    const m = model([gate({ fact: 'revenue', op: '>=', value: 2000 })]);
    expect(
      statuses(m, [
        entity('a', { facts: { revenue: 2000 } }),
        entity('b', { facts: { revenue: '1999.99' } }),
        entity('c', { facts: { revenue: 2000.01 } }),
      ]),
    ).toEqual(['scored', 'ineligible', 'scored']);
    // A leaf value is a fact too: x = 50.
    expect(statuses(model([gate({ fact: 'x', op: '>', value: 49.99 })]), [entity('a')])).toEqual([
      'scored',
    ]);
    expect(outcome(m, entity('b', { facts: { revenue: '1999.99' } }))).toEqual({
      rule: 'G',
      kind: 'gate',
      result: 'failed',
      facts: { revenue: '1999.99' },
      missing: [],
      unreadable: [],
      firedOn: null,
    });
  });

  it('treats a missing fact as unknown: a gate that cannot be checked makes the entity ineligible', () => {
    const m = model([gate({ fact: 'revenue', op: '>=', value: 2000 })]);
    const r = score(m, [entity('a'), entity('b', { facts: { revenue: null } })]);
    expect(
      r.entities.map((e) => [
        e.status,
        e.eligibility.gates[0]?.result,
        e.eligibility.gates[0]?.missing,
      ]),
    ).toEqual([
      ['ineligible', 'unknown', ['revenue']],
      ['ineligible', 'unknown', ['revenue']],
    ]);
  });

  it('combines with all / any / not in three-valued logic', () => {
    const both = gate({
      all: [
        { fact: 'rank', op: '<=', value: 20 },
        { fact: 'provincial_rank', op: '<=', value: 5 },
      ],
    });
    const either = gate({
      any: [
        { fact: 'tech_leading', op: '==', value: true },
        { fact: 'first_of_kind', op: '==', value: true },
      ],
    });
    expect(
      statuses(model([both]), [
        entity('a', { facts: { rank: 20, provincial_rank: 5 } }),
        entity('b', { facts: { rank: 21, provincial_rank: 1 } }),
        entity('c', { facts: { rank: 21 } }), // false AND unknown = false
      ]),
    ).toEqual(['scored', 'ineligible', 'ineligible']);
    const r = score(model([either]), [
      entity('a', { facts: { first_of_kind: true } }), // unknown OR true = true
      entity('b', { facts: { tech_leading: false } }), // false OR unknown = unknown
    ]);
    expect(r.entities.map((e) => e.eligibility.gates[0]?.result)).toEqual(['passed', 'unknown']);
    expect(
      statuses(model([gate({ not: { fact: 'restricted', op: '==', value: true } })]), [
        entity('a', { facts: { restricted: false } }),
        entity('b', { facts: { restricted: true } }),
      ]),
    ).toEqual(['scored', 'ineligible']);
  });

  it('checks set membership and lists', () => {
    const m = model([
      gate({ fact: 'certifications', includesAny: ['green_food', 'organic'] }, { id: 'A' }),
      gate({ fact: 'grade', in: ['A', 'B'] }, { id: 'B' }),
      gate({ fact: 'docs', includesAll: ['licence', 'trademark'] }, { id: 'C' }),
      gate({ fact: 'note', present: false }, { id: 'D' }),
    ]);
    const r = score(m, [
      entity('ok', {
        facts: { certifications: ['organic'], grade: 'B', docs: ['trademark', 'licence', 'x'] },
      }),
      entity('no', { facts: { certifications: [], grade: 'C', docs: ['licence'], note: 'text' } }),
    ]);
    expect(r.entities.map((e) => e.eligibility.gates.map((g) => g.result))).toEqual([
      ['passed', 'passed', 'passed', 'passed'],
      ['failed', 'failed', 'failed', 'failed'],
    ]);
  });

  it('averages series over the last N complete years before the evaluation year', () => {
    const m = model([gate({ series: 'rnd', last: 3, aggregate: 'mean', op: '>=', value: 3 })]);
    const r = score(m, [
      entity('a', { series: { rnd: { 2020: 0, 2021: 2, 2022: 3, 2023: 4 } } }), // 2021–2023: mean 3
      entity('b', { series: { rnd: { 2021: 2, 2022: 3, 2023: '3.99' } } }),
      entity('c', { series: { rnd: { 2022: 5, 2023: 5 } } }), // 2021 missing
      entity('d', { series: { rnd: { 2022: 5, 2023: 5, 2024: 9, 2021: 1 } } }), // 2024 is not complete: ignored
    ]);
    expect(r.entities.map((e) => e.eligibility.gates[0]?.result)).toEqual([
      'passed',
      'failed',
      'unknown',
      'passed',
    ]);
    expect(r.entities[0]?.eligibility.gates[0]?.facts).toEqual({
      rnd: { 2021: '2', 2022: '3', 2023: '4' },
    });
    expect(r.entities[2]?.eligibility.gates[0]?.missing).toEqual(['rnd[2021]']);
  });

  it('finds consecutive years: "no two consecutive loss years in the last 3", with a public-welfare exemption', () => {
    const noLosses = gate(
      { not: { series: 'profit', last: 3, consecutive: { op: '<', value: 0, count: 2 } } },
      { exempt: { fact: 'public_welfare', op: '==', value: true } },
    );
    const r = score(model([noLosses]), [
      entity('two', { series: { profit: { 2021: 5, 2022: -1, 2023: -2 } } }),
      entity('apart', { series: { profit: { 2021: -1, 2022: 3, 2023: -2 } } }),
      entity('outside', { series: { profit: { 2020: -1, 2021: -1, 2022: 3, 2023: 1 } } }),
      entity('welfare', {
        series: { profit: { 2021: 5, 2022: -1, 2023: -2 } },
        facts: { public_welfare: true },
      }),
      entity('gap', { series: { profit: { 2021: -1, 2023: 1 } } }),
    ]);
    expect(r.entities.map((e) => [e.status, e.eligibility.gates[0]?.result])).toEqual([
      ['ineligible', 'failed'],
      ['scored', 'passed'],
      ['scored', 'passed'],
      ['scored', 'exempt'],
      ['ineligible', 'unknown'],
    ]);
  });

  it('looks back from the evaluation date: an event exactly 3 years before counts, a day earlier does not', () => {
    const v3 = {
      id: 'V3',
      label: label('accident'),
      when: { event: 'quality_accident', severity: ['major'], withinYears: 3 },
    };
    const m = model([], [v3]);
    const at = (date: string, severity = 'major') =>
      entity(date, { events: [{ type: 'quality_accident', date, severity }] });
    const r = score(m, [
      at('2021-06-30'),
      at('2021-06-29'),
      at('2024-06-30'),
      at('2024-07-01'),
      at('2023-01-01', 'minor'),
    ]);
    expect(r.entities.map((e) => [e.id, e.status, e.eligibility.vetoes[0]?.firedOn])).toEqual([
      ['2021-06-30', 'vetoed', '2021-06-30'],
      ['2021-06-29', 'scored', null],
      ['2024-06-30', 'vetoed', '2024-06-30'],
      ['2024-07-01', 'scored', null], // after the evaluation date: not yet happened
      ['2023-01-01', 'scored', null], // not severe enough
    ]);
    expect(r.entities[0]?.eligibility.vetoes[0]?.facts).toEqual({
      'events:quality_accident[major]': [
        { type: 'quality_accident', date: '2021-06-30', severity: 'major' },
      ],
    });
  });

  it('counts events with atLeast and handles 29 February', () => {
    const m = model(
      [],
      [{ id: 'V', label: label('V'), when: { event: ['a', 'b'], withinYears: 1, atLeast: 2 } }],
    );
    const r = score({ ...m, evaluationDate: '2024-02-29' }, [
      entity('one', { events: [{ type: 'a', date: '2023-03-01' }] }),
      entity('two', {
        events: [
          { type: 'b', date: '2023-02-28' },
          { type: 'a', date: '2023-12-01' },
        ],
      }),
      entity('early', {
        events: [
          { type: 'b', date: '2023-02-27' },
          { type: 'a', date: '2023-12-01' },
        ],
      }),
    ]);
    expect(r.entities.map((e) => [e.status, e.eligibility.vetoes[0]?.firedOn])).toEqual([
      ['scored', null],
      ['vetoed', '2023-12-01'],
      ['scored', null],
    ]);
  });

  it('applies rules only to their sectors, and a veto wins over a failed gate', () => {
    const m = model(
      [gate({ fact: 'ok', op: '==', value: true }, { sectors: ['svc'] })],
      [{ id: 'V', label: label('V'), when: { event: 'fraud', withinYears: 5 } }],
    );
    const r = score(m, [
      entity('mfg'),
      { ...entity('svc'), sector: 'svc' },
      { ...entity('both', { events: [{ type: 'fraud', date: '2024-01-01' }] }), sector: 'svc' },
    ]);
    expect(r.entities.map((e) => [e.status, e.eligibility.gates.length])).toEqual([
      ['scored', 0],
      ['ineligible', 1],
      ['vetoed', 1],
    ]);
    expect(r.counts).toMatchObject({ scored: 1, ineligible: 1, vetoed: 1 });
  });

  it('keeps ineligible and vetoed entities out of cohorts and ranks', () => {
    const m: ModelInput = {
      ...model([gate({ fact: 'ok', op: '==', value: true })]),
      tree: {
        id: 'total',
        label: label('total'),
        children: [{ id: 'x', label: label('x'), scoring: { method: 'minmax' } }],
      },
    };
    const r = score(m, [
      entity('a', { values: { x: 10 }, facts: { ok: true } }),
      entity('b', { values: { x: 20 }, facts: { ok: true } }),
      entity('c', { values: { x: 1000 }, facts: { ok: false } }),
    ]);
    expect(r.entities.map((e) => [e.total, e.rank.sector])).toEqual([
      ['0.00', 2],
      ['100.00', 1],
      [null, null],
    ]);
  });

  it('validates rules in the model and events in the data', () => {
    const bad = {
      ...model([
        gate({ fact: 'x', op: '~' as never, value: 1 }),
        gate(
          { series: 'p', last: 3, aggregate: 'mean', op: '>', value: 1 },
          { sectors: ['mining'] },
        ),
      ]),
      evaluationDate: undefined,
    };
    expect(issuesOf(() => score(bad, []))).toEqual([
      { code: 'invalid_value', path: 'gates.0.when.op' },
    ]);
    const undated = {
      ...model([
        gate(
          { series: 'p', last: 3, aggregate: 'mean', op: '>', value: 1 },
          { sectors: ['mining'] },
        ),
      ]),
      evaluationDate: undefined,
    };
    expect(issuesOf(() => score(undated, []))).toEqual([
      { code: 'unknown_sector', path: 'gates.0.sectors.0' },
      { code: 'missing_evaluation_date', path: 'evaluationDate' },
    ]);
    const r = score(model([]), [entity('a', { events: [{ type: 'x', date: '2024-02-30' }] })]);
    expect(r.entities[0]?.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'invalid_date@entities.0.events.0.date',
    ]);
    expect(issuesOf(() => score(model([]), [], { evaluationDate: '30/06/2024' }))).toEqual([
      { code: 'invalid_date', path: 'options.evaluationDate' },
    ]);
  });
});

describe('revocations', () => {
  const m = model(
    [],
    [
      { id: 'V3', label: label('accident'), when: { event: 'quality_accident', withinYears: 3 } },
      { id: 'V2', label: label('credit'), when: { fact: 'credit_grade', in: ['D'] } },
    ],
  );

  it('runs the vetoes again on new events and says since when a title must be revoked', () => {
    const r = revocations(
      m,
      [
        entity('clean'),
        entity('accident', {
          events: [
            { type: 'quality_accident', date: '2024-03-01' },
            { type: 'quality_accident', date: '2025-02-01' },
          ],
        }),
        entity('credit', { facts: { credit_grade: 'D' } }),
        { id: 'bad', sector: 'mining', values: {} },
      ],
      { asOf: '2025-06-30', since: '2024-06-30' },
    );
    expect(r.map((x) => [x.id, x.revoke, x.firedOn, x.fired.map((f) => f.rule)])).toEqual([
      ['clean', false, null, []],
      ['accident', true, '2025-02-01', ['V3']], // the 2024-03-01 event was judged at selection
      ['credit', true, null, ['V2']],
      ['bad', false, null, []],
    ]);
    expect(r[3]?.issues[0]?.code).toBe('unknown_sector');
  });

  it('rejects bad dates', () => {
    expect(issuesOf(() => revocations(m, [], { asOf: '2025-13-01' }))).toEqual([
      { code: 'invalid_date', path: 'options.asOf' },
    ]);
  });
});
