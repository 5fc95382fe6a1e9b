import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  type EntityInput,
  type ModelInput,
  type NoticeCounts,
  noticesOf,
  score,
  summariseNotices,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sample: EntityInput[] = JSON.parse(
  readFileSync(`${root}/examples/data/sample-batch.json`, 'utf8'),
);

const l = (zh: string, en: string) => ({ zh, en });
const model: ModelInput = {
  id: 'notices',
  version: '1',
  name: l('示例', 'Demo'),
  tree: {
    id: 'total',
    label: l('总分', 'Total'),
    children: [
      {
        id: 'Q',
        label: l('质量', 'Quality'),
        source: 'expert',
        scoring: { method: 'direct' },
        panel: { method: 'mean', maxSpread: 20 },
      },
      {
        id: 'I',
        label: l('创新', 'Innovation'),
        scoring: { method: 'direct' },
        missing: 'renormalise',
      },
      { id: 'B', label: l('品牌', 'Brand'), scoring: { method: 'direct' }, missing: 'zero' },
    ],
  },
  profile: { weights: { Q: 0.5, I: 0.3, B: 0.2 } },
  sectors: [
    { id: 'food', label: l('食品', 'Food') },
    { id: 'tea', label: l('茶叶', 'Tea') },
  ],
  facts: [
    { id: 'revenue', label: l('营业收入', 'Revenue'), type: 'number' },
    { id: 'fraud', label: l('造假', 'Fraud'), type: 'boolean' },
  ],
  gates: [
    { id: 'G1', label: l('收入', 'Revenue'), when: { fact: 'revenue', op: '>=', value: 100 } },
  ],
  vetoes: [{ id: 'V1', label: l('造假', 'Fraud'), when: { fact: 'fraud', op: '==', value: true } }],
};
const ok = { revenue: 200, fraud: false };
const values = { Q: 80, I: 70, B: 60 };
const flagged = [
  { expert: 'e1', score: 50 },
  { expert: 'e2', score: 90 },
];
const batch: EntityInput[] = [
  { id: 'clean', sector: 'food', values, facts: ok },
  { id: 'panel', sector: 'food', values: { I: 70, B: 60 }, panels: { Q: flagged }, facts: ok },
  { id: 'missing', sector: 'food', values: { Q: 80, I: null, B: '' }, facts: ok },
  { id: 'checks', sector: 'tea', values, verification: { I: 'pending', B: 'failed' }, facts: ok },
  { id: 'veto', sector: 'tea', values, facts: { revenue: 200 } },
  // Not scored: not on the list, so its flagged panel is no notice (its reason says why).
  {
    id: 'out',
    sector: 'tea',
    values: { I: 1, B: 1 },
    panels: { Q: flagged },
    facts: { ...ok, revenue: 1 },
  },
];
const report = score(model, batch);

describe('noticesOf', () => {
  it('classifies the warnings of scored applicants that need action before publication', () => {
    expect(report.entities.map((e) => e.status)).toEqual([
      'scored',
      'scored',
      'scored',
      'scored',
      'scored',
      'ineligible',
    ]);
    const notices = noticesOf(report);
    expect(
      notices.entities.map((e) => [e.id, e.notices.map((n) => [n.code, n.subject?.id ?? null])]),
    ).toEqual([
      ['panel', [['panel_flagged', 'Q']]],
      [
        'missing',
        [
          ['renormalised', 'I'],
          ['scored_as_zero', 'B'],
        ],
      ],
      [
        'checks',
        [
          ['verification_pending', 'I'],
          ['verification_failed', 'B'],
        ],
      ],
      ['veto', [['veto_unknown', 'V1']]],
    ]);
    const [panel] = notices.entities;
    expect(panel?.notices[0]).toEqual({
      code: 'panel_flagged',
      path: ['entities', 1, 'panels', 'Q'],
      subject: { id: 'Q', label: l('质量', 'Quality') },
      title: l('专家需重新评分', 'experts must re-score'),
      message: {
        zh: '专家对指标「质量」（Q）的评分极差为 40 分（上限 20），需讨论后重新评分',
        en: `the experts' scores on "Quality" (Q) spread over 40 points (limit 20): re-score after discussion`,
      },
    });
    expect(notices.entities.at(-1)?.notices[0]?.subject).toEqual({
      id: 'V1',
      label: l('造假', 'Fraud'),
    });
  });

  it('counts applicants per code, in total and per sector, and sums them up in words', () => {
    const notices = noticesOf(report);
    expect(notices.total).toEqual({
      applicants: 4,
      codes: {
        panel_flagged: 1,
        verification_pending: 1,
        verification_failed: 1,
        veto_unknown: 1,
        scored_as_zero: 1,
        renormalised: 1,
      },
    });
    expect(notices.sectors.map((s) => [s.sector, s.counts.applicants])).toEqual([
      ['food', 2],
      ['tea', 2],
    ]);
    expect(notices.summary.map((line) => line.en)).toEqual([
      '1 applicant needs expert re-scoring before publication',
      '1 applicant awaits a third-party verification: publish once it is in',
      '1 applicant failed a third-party verification (the indicator scores the bottom of the scale): confirm it before publication',
      '1 applicant has a veto that could not be checked: supply the missing facts before publication',
      '1 applicant has a missing value scored at the bottom of the scale: supply or confirm it before publication',
      '1 applicant has a missing value whose weight went to its siblings: supply or confirm it before publication',
    ]);
    expect(notices.summary[0]?.zh).toBe('1 家申报对象需专家重新评分后方可公示');
  });

  it('finds the sample batch’s flagged panels, verifications and missing values', () => {
    const notices = noticesOf(score(defineModel(liaocheng2024), sample));
    expect(notices.entities.map((e) => `${e.id} ${e.notices.map((n) => n.code)}`)).toEqual([
      'M007 panel_flagged',
      'M011 renormalised',
      'M031 scored_as_zero',
      'A005 verification_pending',
      'A012 panel_flagged',
      'S009 panel_flagged',
      'S012 verification_failed',
      'S017 renormalised',
    ]);
    expect(notices.summary[0]?.en).toBe('3 applicants need expert re-scoring before publication');
    expect(notices.sectors.map((s) => s.counts.applicants)).toEqual([3, 2, 3]);
  });

  it('gives counts of parts of a batch that add up to the whole (a streamed file’s chunks)', () => {
    const whole = noticesOf(report).total;
    const parts = [report.entities.slice(0, 3), report.entities.slice(3)].map(
      (entities) => noticesOf({ definition: report.definition, entities }).total,
    );
    const sum: NoticeCounts = {
      applicants: parts.reduce((n, p) => n + p.applicants, 0),
      codes: Object.fromEntries(
        Object.keys(whole.codes).map((c) => [
          c,
          parts.reduce((n, p) => n + p.codes[c as keyof NoticeCounts['codes']], 0),
        ]),
      ) as NoticeCounts['codes'],
    };
    expect(sum).toEqual(whole);
    expect(summariseNotices(sum)).toEqual(noticesOf(report).summary);
  });

  it('has nothing to say about a clean batch', () => {
    const clean = noticesOf(score(model, [batch[0] as EntityInput]));
    expect(clean.entities).toEqual([]);
    expect(clean.total.applicants).toBe(0);
    expect(clean.summary).toEqual([]);
  });

  it('is documented code by code in docs/issue-codes.md, every warning of a report included', () => {
    const docs = readFileSync(`${root}/docs/issue-codes.md`, 'utf8');
    const section = docs.slice(docs.indexOf('## Notices that need action before publication'));
    const decided = new Map<string, string>();
    for (const [, codes, answer] of section.matchAll(/^\| (`[^|]+) \| (yes|no) /gm))
      for (const [, code] of (codes as string).matchAll(/`([a-z_]+)`/g))
        decided.set(code as string, answer as string);
    const yes = [...decided].filter(([, a]) => a === 'yes').map(([c]) => c);
    expect(yes.sort()).toEqual(Object.keys(noticesOf(report).total.codes).sort());
    // Every warning that can reach a report (its entities' or its own) has a decision.
    const warnings = [...docs.matchAll(/^\| `([a-z_]+)` \| warning \| ([a-z, ]+) \|/gm)].filter(
      ([, , where]) => /entity|report/.test(where as string),
    );
    expect(warnings.length).toBeGreaterThan(5);
    for (const [, code] of warnings) expect(decided.has(code as string), code).toBe(true);
  });

  it('leaves information alone: unknown indicators, events after the evaluation date', () => {
    const extra = score({ ...model, evaluationDate: '2024-06-30' }, [
      {
        ...(batch[0] as EntityInput),
        // A key that is no leaf is an error in values (the row is invalid), a warning here.
        verification: { X: 'passed' },
        events: [{ type: 'award', date: '2024-09-01' }],
      },
    ]);
    expect(extra.entities[0]?.warnings.map((w) => w.code).sort()).toEqual([
      'future_event',
      'unknown_indicator',
    ]);
    expect(noticesOf(extra).entities).toEqual([]);
  });
});
