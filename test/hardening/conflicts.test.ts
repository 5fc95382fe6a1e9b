import { describe, expect, it } from 'vitest';
import { type EntityInput, type ModelInput, revocations, score } from 'youpin';

// Duplicate and conflicting input: each case has a decided outcome and an issue code (see
// docs/reliability.md, "Duplicate and conflicting input").

const l = (zh: string, en: string) => ({ zh, en });
const model: ModelInput = {
  id: 'conflicts',
  version: '1',
  name: l('冲突', 'Conflicts'),
  evaluationDate: '2025-06-30',
  tree: {
    id: 'total',
    label: l('总分', 'Total'),
    children: [
      { id: 'Q', label: l('质量', 'Quality'), scoring: { method: 'direct' } },
      {
        id: 'R',
        label: l('评审', 'Review'),
        source: 'expert',
        scoring: { method: 'direct' },
        panel: { method: 'mean', experts: ['E1', 'E2', 'E3'] },
      },
    ],
  },
  profile: { weights: { Q: 0.5, R: 0.5 } },
  sectors: [{ id: 'food', label: l('食品', 'Food') }],
  vetoes: [
    {
      id: 'V1',
      label: l('质量事故', 'Quality accident'),
      when: { event: 'quality_accident', withinYears: 3 },
    },
  ],
};

const panel = [
  { expert: 'E1', score: 80 },
  { expert: 'E2', score: 90 },
];
const row = (id: string, extra: Partial<EntityInput> = {}): EntityInput => ({
  id,
  sector: 'food',
  values: { Q: 70 },
  panels: { R: panel },
  ...extra,
});

const codes = (issues: ReadonlyArray<{ code: string; path: readonly (string | number)[] }>) =>
  issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('duplicate and conflicting input', () => {
  it('duplicate applicant ids: the first row is scored, every later one is invalid', () => {
    const report = score(model, [row('A'), row('B'), row('A'), row('A')]);
    expect(report.entities.map((e) => [e.id, e.status])).toEqual([
      ['A', 'scored'],
      ['B', 'scored'],
      ['A', 'invalid'],
      ['A', 'invalid'],
    ]);
    expect(codes(report.entities[2]?.issues ?? [])).toEqual(['duplicate_id@entities.2.id']);
    expect(codes(report.entities[3]?.issues ?? [])).toEqual(['duplicate_id@entities.3.id']);
    // A number id and its text are the same id.
    const mixed = score(model, [row('7'), { ...row('x'), id: 7 }]);
    expect(codes(mixed.entities[1]?.issues ?? [])).toEqual(['duplicate_id@entities.1.id']);
  });

  it('an unknown sector: the row is invalid, the rest of the batch is scored', () => {
    const report = score(model, [row('A', { sector: 'tea' }), row('B')]);
    expect(report.entities.map((e) => e.status)).toEqual(['invalid', 'scored']);
    expect(codes(report.entities[0]?.issues ?? [])).toEqual(['unknown_sector@entities.0.sector']);
  });

  it('scores from an expert not on the panel: the panel is refused, the row is invalid', () => {
    const report = score(model, [
      row('A', { panels: { R: [...panel, { expert: 'X9', score: 10 }] } }),
    ]);
    expect(report.entities[0]?.status).toBe('invalid');
    expect(codes(report.entities[0]?.issues ?? [])).toEqual([
      'unknown_expert@entities.0.panels.R.2.expert',
    ]);
    expect(report.entities[0]?.issues[0]?.message).toBe(
      '"X9" is not on the panel\'s list of experts (E1, E2, E3); the panel is not scored',
    );
  });

  it('one expert twice: duplicate_id on the second score, the row is invalid', () => {
    const report = score(model, [row('A', { panels: { R: [...panel, panel[0] as never] } })]);
    expect(codes(report.entities[0]?.issues ?? [])).toEqual([
      'duplicate_id@entities.0.panels.R.2.expert',
    ]);
  });

  it('panel scores or a verification for an unknown leaf: ignored with a warning', () => {
    const report = score(model, [
      row('A', {
        panels: { R: panel, Z: panel },
        verification: { Z9: 'passed' },
      } as never),
    ]);
    expect(report.entities[0]?.status).toBe('scored');
    expect(codes(report.entities[0]?.warnings ?? [])).toEqual([
      'unknown_indicator@entities.0.panels.Z',
      'unknown_indicator@entities.0.verification.Z9',
    ]);
  });

  it('a values key that names no leaf: the row is invalid, with the closest leaf named', () => {
    const report = score(model, [row('A', { values: { Q: 70, Qx: 70 } }), row('B')]);
    expect(report.entities.map((e) => e.status)).toEqual(['invalid', 'scored']);
    expect(codes(report.entities[0]?.issues ?? [])).toEqual([
      'unknown_indicator@entities.0.values.Qx',
    ]);
    expect(report.entities[0]?.issues[0]?.message).toContain('did you mean "Q" (Quality)?');
  });

  it('panel scores and a value for the same leaf: the row is invalid', () => {
    const report = score(model, [row('A', { values: { Q: 70, R: 85 } })]);
    expect(codes(report.entities[0]?.issues ?? [])).toEqual([
      'panel_and_value@entities.0.panels.R',
    ]);
  });

  it('an event after the evaluation date: counted by no rule, kept, and said', () => {
    const events = [
      { type: 'quality_accident', date: '2024-01-10' },
      { type: 'quality_accident', date: '2025-07-01' },
    ];
    const future = [events[1] as (typeof events)[number]];
    const report = score(model, [row('A', { events: future }), row('B', { events })]);
    // A: the accident lies after 2025-06-30: the veto does not fire; B's earlier one fires it.
    expect(report.entities.map((e) => e.status)).toEqual(['scored', 'vetoed']);
    expect(codes(report.entities[0]?.warnings ?? [])).toEqual([
      'future_event@entities.0.events.0.date',
    ]);
    expect(codes(report.entities[1]?.warnings ?? [])).toEqual([
      'future_event@entities.1.events.1.date',
    ]);
    expect(report.entities[0]?.warnings[0]?.message).toBe(
      'the event on 2025-07-01 lies after the evaluation date 2025-06-30; look-back rules do not count it',
    );
    // Scored as of a later date, the same event counts; a revocation check counts it too.
    const later = score(model, [row('A', { events: future })], { evaluationDate: '2025-12-31' });
    expect(later.entities[0]?.status).toBe('vetoed');
    expect(later.entities[0]?.warnings).toEqual([]);
    const [check] = revocations(model, [row('A', { events: future })], { asOf: '2025-12-31' });
    expect(check?.revoke).toBe(true);
  });

  it('a bad event date or an event after an invalid one keeps its own index in paths', () => {
    const report = score(model, [
      row('A', {
        events: [
          { type: 'quality_accident', date: '2025-02-30' },
          { type: 'quality_accident', date: '2026-01-01' },
        ],
      }),
    ]);
    expect(codes(report.entities[0]?.issues ?? [])).toEqual([
      'invalid_date@entities.0.events.0.date',
    ]);
    expect(codes(report.entities[0]?.warnings ?? [])).toEqual([
      'future_event@entities.0.events.1.date',
    ]);
  });
});
