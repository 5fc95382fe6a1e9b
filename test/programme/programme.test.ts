import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  type EntityInput,
  explain,
  isYoupinError,
  type ModelInput,
  narrate,
} from 'youpin';
import { liaocheng2024 } from 'youpin/presets';
import {
  bansOn,
  compareEditions,
  cultivationPool,
  type Edition,
  makeEdition,
  monitor,
  type Register,
  register,
  replay,
  statusOn,
  type Title,
  trajectory,
} from 'youpin/programme';
import { issuesOf } from '../helpers.js';

const rows: EntityInput[] = JSON.parse(readFileSync('examples/data/sample-batch.json', 'utf8'));
const first = makeEdition(liaocheng2024, rows, { id: '2024' });
const selected = first.report.entities.filter((e) => e.selection?.selected).map((e) => e.id);
const holder = selected[0] as string;
const sector = first.report.entities.find((e) => e.id === holder)?.sector as string;
const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x));
/** The batch as it would be filed `years` later: its series and event dates moved on. */
const later = (years: number): EntityInput[] =>
  rows.map(
    (row): EntityInput => ({
      ...row,
      ...(row.series
        ? {
            series: Object.fromEntries(
              Object.entries(row.series).map(([id, byYear]) => [
                id,
                Object.fromEntries(
                  Object.entries(byYear as Record<string, string | number | null>).map(([y, v]) => [
                    String(Number(y) + years),
                    v,
                  ]),
                ),
              ]),
            ),
          }
        : {}),
      ...(row.events
        ? {
            events: row.events.map((e) => ({
              ...e,
              date: `${Number(e.date.slice(0, 4)) + years}${e.date.slice(4)}`,
            })),
          }
        : {}),
    }),
  );
/** An edition on a day, with the batch moved on to that year. */
const editionOn = (date: string, options: { bans?: ReturnType<typeof bansOn> } = {}) =>
  makeEdition(liaocheng2024, later(Number(date.slice(0, 4)) - 2024), {
    id: date,
    evaluationDate: date,
    ...options,
  });
const titleOf = (r: Register, h: string): Title =>
  r.titles.filter((t) => t.holder === h).at(-1) as Title;
const evidence = (h: string, events: EntityInput['events']): EntityInput => ({
  id: h,
  sector: first.report.entities.find((e) => e.id === h)?.sector as string,
  values: {},
  facts: {},
  events,
});

describe('editions: kept as data, replayed to the byte', () => {
  it('replays a stored edition to an identical report', () => {
    const stored = roundTrip(first);
    const result = replay(stored);
    expect(result).toMatchObject({ identical: true, modelIntact: true, batchIntact: true });
    expect(result.differences).toEqual([]);
    expect(first.evaluationDate).toBe('2024-06-30');
    expect(first.model.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says what differs when a row or the model was changed after the fact', () => {
    const edited = roundTrip(first);
    (edited.batch.rows[0] as { values: Record<string, unknown> }).values['m_Q4'] = 95;
    const rowChanged = replay(edited);
    expect(rowChanged.identical).toBe(false);
    expect(rowChanged.batchIntact).toBe(false);
    expect(rowChanged.differences.some((d) => d.path.startsWith('entities[0].'))).toBe(true);
    const model = roundTrip(first) as {
      report: { definition: { selection: { threshold: number } } };
    };
    model.report.definition.selection.threshold = 60;
    const modelChanged = replay(model as unknown as Edition);
    expect(modelChanged.modelIntact).toBe(false);
    expect(modelChanged.identical).toBe(false);
    expect(issuesOf(() => replay({} as Edition))).toEqual([
      { code: 'not_an_edition', path: 'edition' },
    ]);
  });

  it('freezes a model version once an edition uses it', () => {
    const changed = {
      ...(liaocheng2024 as ModelInput),
      selection: { ...(liaocheng2024 as ModelInput).selection, threshold: 65 },
    } as ModelInput;
    expect(
      issuesOf(() => makeEdition(changed, rows, { id: '2025', editions: [first] }))[0]?.code,
    ).toBe('model_version_changed');
    const later = makeEdition(changed, rows, { id: '2025', evaluationDate: '2025-06-30' });
    expect(issuesOf(() => register([first, later]))[0]?.code).toBe('model_version_changed');
    // The same change under a new version is a new model: both editions stand.
    const renamed = makeEdition({ ...changed, version: '2025.1' }, rows, {
      id: '2025',
      evaluationDate: '2025-06-30',
      editions: [first],
    });
    expect(renamed.model.version).toBe('2025.1');
  });
});

describe('the register of titles', () => {
  const registry = register([first]);

  it('gives each selected applicant a title for the model’s validity, to the day', () => {
    expect(registry.titles.map((t) => t.holder)).toEqual(selected);
    const title = titleOf(registry, holder);
    expect(title).toMatchObject({
      id: `2024/${holder}`,
      sector,
      awarded: '2024-06-30',
      validUntil: '2027-06-29',
      model: { id: 'liaocheng-youpin', version: '2024.1-proposed' },
    });
    expect(title.history[0]?.messageZh).toBe('经第 2024 届评价授予，有效期至 2027-06-29');
    // Expiry on the exact date: active on the last day, expired the day after.
    expect(statusOn(title, '2024-06-29')).toBeNull();
    expect(statusOn(title, '2027-06-29')).toBe('active');
    expect(statusOn(title, '2027-06-30')).toBe('expired');
  });

  it('renews a title re-evaluated while valid, and expires one re-evaluated after its end', () => {
    const during = { ...editionOn('2027-06-29'), id: '2026' };
    const after = { ...editionOn('2027-06-30'), id: '2027' };
    expect(during.report.entities.find((e) => e.id === holder)?.selection?.selected).toBe(true);
    const renewed = titleOf(register([during, first]), holder);
    const old = register([first, during]).titles.find((t) => t.id === `2024/${holder}`);
    expect(old?.history.map((h) => [h.status, h.date, h.edition])).toEqual([
      ['active', '2024-06-30', '2024'],
      ['renewed', '2027-06-29', '2026'],
    ]);
    expect(renewed.validUntil).toBe('2030-06-28');
    const lapsed = register([first, after]).titles.find((t) => t.id === `2024/${holder}`);
    expect(lapsed?.history.map((h) => [h.status, h.date])).toEqual([
      ['active', '2024-06-30'],
      ['expired', '2027-06-30'],
    ]);
  });

  it('adds a new edition to a register without losing what monitoring recorded', () => {
    const checked = monitor(
      registry,
      liaocheng2024,
      [evidence(holder, [{ type: 'logo_misuse', date: '2025-03-01' }])],
      { asOf: '2025-04-01' },
    ).register;
    const next = { ...editionOn('2025-06-30'), id: '2025' };
    const both = register([first, next], checked);
    const old = both.titles.find((t) => t.id === `2024/${holder}`);
    expect(old?.history.map((h) => h.status)).toEqual(['active', 'revoked']);
    // Its holder is selected in 2025 (no ban passed here): a new title; the revoked one stays.
    expect(titleOf(both, holder).id).toBe(`2025/${holder}`);
    // An edition the register has seen is not added twice.
    expect(register([first, next], both).titles).toHaveLength(both.titles.length);
    expect(issuesOf(() => register([first], {} as Register))[0]?.code).toBe('not_a_register');
  });

  it('needs a validity to award a title', () => {
    const { validity: _, ...open } = liaocheng2024 as ModelInput;
    const e = makeEdition({ ...open, version: 'no-validity' }, rows, { id: 'x' });
    expect(issuesOf(() => register([e]))[0]?.code).toBe('no_validity');
  });
});

describe('monitoring', () => {
  const registry = register([first]);

  it('revokes on a veto fired after the award, with its rule and date in both languages', () => {
    const checked = monitor(
      registry,
      liaocheng2024,
      [evidence(holder, [{ type: 'quality_accident', date: '2025-06-01', severity: 'major' }])],
      { asOf: '2025-12-31' },
    );
    expect(checked.changes).toHaveLength(1);
    expect(checked.changes[0]?.change).toMatchObject({
      status: 'revoked',
      date: '2025-06-01',
      rule: 'V3',
      reason: 'veto_fired',
    });
    expect(checked.changes[0]?.change.messageZh).toContain('一票否决项 V3');
    expect(statusOn(titleOf(checked.register, holder), '2025-05-31')).toBe('active');
    expect(statusOn(titleOf(checked.register, holder), '2025-06-01')).toBe('revoked');
  });

  it('an event before the award was judged at selection and does not count again', () => {
    const checked = monitor(
      registry,
      liaocheng2024,
      [evidence(holder, [{ type: 'logo_misuse', date: '2024-06-30' }])],
      { asOf: '2025-06-01' },
    );
    expect(checked.changes).toEqual([]);
  });

  it('a monitoring rule revokes (logo misuse) or opens a rectification with its deadline', () => {
    const revoked = monitor(
      registry,
      liaocheng2024,
      [evidence(holder, [{ type: 'logo_misuse', date: '2025-03-03' }])],
      { asOf: '2025-04-01' },
    );
    expect(revoked.changes[0]?.change).toMatchObject({
      status: 'revoked',
      rule: 'W1',
      reason: 'monitoring_revoke',
      date: '2025-03-03',
    });
    const late = [evidence(holder, [{ type: 'self_report_overdue', date: '2025-04-01' }])];
    const opened = monitor(registry, liaocheng2024, late, { asOf: '2025-04-02' });
    expect(opened.changes[0]?.change).toMatchObject({
      status: 'rectification',
      rule: 'W3',
      deadline: '2025-05-01',
    });
    return opened;
  });

  it('a rectification closed on its deadline holds; one not closed is revoked the day after', () => {
    const late = (more: EntityInput['events'] = []) => [
      evidence(holder, [{ type: 'self_report_overdue', date: '2025-04-01' }, ...(more ?? [])]),
    ];
    const opened = monitor(registry, liaocheng2024, late(), { asOf: '2025-04-02' }).register;
    // Closed on the deadline itself: back to active on that day.
    const closed = monitor(
      opened,
      liaocheng2024,
      late([{ type: 'rectified', date: '2025-05-01' }]),
      {
        asOf: '2025-06-01',
      },
    );
    expect(closed.changes.map((c) => [c.from, c.change.status, c.change.date])).toEqual([
      ['rectification', 'active', '2025-05-01'],
    ]);
    // On the deadline without closure: still under rectification.
    expect(monitor(opened, liaocheng2024, late(), { asOf: '2025-05-01' }).changes).toEqual([]);
    // The day after: revoked, dated the day after the deadline.
    const missed = monitor(
      opened,
      liaocheng2024,
      late([{ type: 'rectified', date: '2025-05-02' }]),
      {
        asOf: '2025-05-02',
      },
    );
    expect(missed.changes.map((c) => [c.change.status, c.change.reason, c.change.date])).toEqual([
      ['revoked', 'rectification_missed', '2025-05-02'],
    ]);
  });

  it('expires a title at its end, and checks nothing else of it', () => {
    const checked = monitor(
      registry,
      liaocheng2024,
      [evidence(holder, [{ type: 'logo_misuse', date: '2027-07-01' }])],
      { asOf: '2027-07-02' },
    );
    const mine = checked.changes.filter((c) => c.holder === holder);
    expect(mine.map((c) => [c.change.status, c.change.date])).toEqual([['expired', '2027-06-30']]);
    expect(checked.changes).toHaveLength(selected.length);
    expect(monitor(registry, liaocheng2024, [], { asOf: '2027-06-29' }).changes).toEqual([]);
  });

  it('refuses a bad register or day', () => {
    expect(
      issuesOf(() => monitor({} as Register, liaocheng2024, [], { asOf: '2025-01-01' })),
    ).toEqual([{ code: 'not_a_register', path: 'register' }]);
    expect(issuesOf(() => monitor(registry, liaocheng2024, [], { asOf: '2025-02-30' }))).toEqual([
      { code: 'bad_check_date', path: 'options.asOf' },
    ]);
  });

  it('quotes a hostile day as every message quotes a value: at most 200 characters, escaped', () => {
    const asOf = `\u001b[2J${'9'.repeat(100_000)}`;
    let message = '';
    try {
      monitor(registry, liaocheng2024, [], { asOf });
    } catch (error) {
      message = isYoupinError(error) ? (error.issues[0]?.message ?? '') : '';
    }
    expect(message).toMatch(/ is not a date \(YYYY-MM-DD\)$/);
    expect(message.length).toBeLessThan(300);
    expect(message).not.toContain('\u001b');
  });
});

describe('re-application bans', () => {
  const registry = register([first]);
  const revoked = monitor(
    registry,
    liaocheng2024,
    [evidence(holder, [{ type: 'logo_misuse', date: '2025-03-01' }])],
    { asOf: '2025-03-31' },
  ).register;
  const bans = bansOn(revoked, liaocheng2024);

  it('run for the model’s ban period from the revocation, both ends inclusive', () => {
    expect(bans).toEqual([{ id: holder, revokedOn: '2025-03-01', until: '2028-02-29' }]);
    const on = (date: string) =>
      editionOn(date, { bans }).report.entities.find((e) => e.id === holder);
    const last = on('2028-02-29');
    expect(last?.status).toBe('ineligible');
    expect(last?.eligibility.gates.at(-1)).toMatchObject({
      rule: 'reapplication_ban',
      result: 'failed',
      facts: { revoked_on: '2025-03-01', ban_until: '2028-02-29' },
    });
    expect(on('2025-03-01')?.status).toBe('ineligible');
    const after = on('2028-03-01');
    expect(after?.eligibility.gates.filter((g) => g.result !== 'passed')).toEqual([]);
    expect(after?.status).toBe('scored');
    // Before the revocation there is no ban yet.
    expect(on('2025-02-28')?.status).toBe('scored');
  });

  it('are recorded in the edition, replayed, and told to the applicant', () => {
    const barred = editionOn('2026-06-30', { bans });
    expect(barred.bans).toEqual(bans);
    expect(replay(roundTrip(barred)).identical).toBe(true);
    expect(barred.report.entities.find((e) => e.id === holder)?.status).toBe('ineligible');
    expect(barred.report.entities.find((e) => e.id === holder)?.status).toBe('ineligible');
    const zh = narrate(explain(barred.report, holder), { locale: 'zh-CN' });
    expect(zh).toContain(
      '未满足申报条件 reapplication_ban「撤销后禁止再申报期」（读取：revoked_on 2025-03-01；ban_until 2028-02-29）。',
    );
  });

  it('a model may not name a rule reapplication_ban, and monitoring rules are checked as rules', () => {
    const base = liaocheng2024 as ModelInput;
    const named = { ...base, gates: [{ ...(base.gates?.[0] as object), id: 'reapplication_ban' }] };
    expect(issuesOf(() => defineModel(named as unknown as ModelInput))[0]).toEqual({
      code: 'duplicate_id',
      path: 'gates.0.id',
    });
    const unknown = {
      ...base,
      monitoring: {
        rules: [
          {
            id: 'X',
            label: { zh: 'x', en: 'x' },
            when: { fact: 'nope', present: true },
            action: 'revoke',
          },
        ],
      },
    };
    expect(issuesOf(() => defineModel(unknown as ModelInput))[0]).toEqual({
      code: 'unknown_fact',
      path: 'monitoring.rules.0.when.fact',
    });
  });
});

describe('the cultivation pool and trajectories', () => {
  // The next edition weighs quality less and innovation more in manufacturing.
  const reweighed = (version: string): ModelInput => ({
    ...(liaocheng2024 as ModelInput),
    version,
    sectors: (liaocheng2024 as ModelInput).sectors.map((s) =>
      s.id === 'manufacturing'
        ? { ...s, profile: { ...s.profile, weights: { ...s.profile?.weights, Q: 0.2, I: 0.35 } } }
        : s,
    ),
  });
  const next = makeEdition(reweighed('2025.1'), later(1), {
    id: '2025',
    evaluationDate: '2025-06-30',
  });

  it('lists the eligible applicants not selected, with their gaps, and follows them', () => {
    const pool = cultivationPool([next, first]);
    expect(pool.editions.map((e) => e.edition)).toEqual(['2024', '2025']);
    const members = pool.editions[0]?.members ?? [];
    const scored = first.report.entities.filter((e) => e.status === 'scored');
    expect(members).toHaveLength(scored.length - selected.length);
    const m001 = members.find((m) => m.id === 'M001');
    expect(m001?.reason).toBe('below_threshold');
    expect(m001?.gaps[0]?.target).toBe('threshold');
    // Each path: in the pool in 2024; selected, gone or still there in 2025.
    const entered = pool.paths.filter((p) => p.entered === '2024');
    expect(entered).toHaveLength(members.length);
    const made = pool.paths.filter((p) => p.outcome === 'selected');
    expect(made.length).toBeGreaterThan(0);
    for (const p of made) {
      const e = next.report.entities.find((x) => x.id === p.id);
      expect(e?.selection?.selected).toBe(true);
      expect(p.left).toBe('2025');
    }
    // Titles at risk: the selected within 5 points of the threshold or a floor, closest first.
    const risk = pool.editions[0]?.atRisk ?? [];
    expect(risk.map((r) => [r.id, r.cushions[0]])).toEqual([
      ['A001', { target: 'threshold', above: '4.06' }],
      ['A017', { target: 'E', above: '4.58' }],
    ]);
    expect(cultivationPool([first], { margin: 4 }).editions[0]?.atRisk).toEqual([]);
    const stayed = pool.paths.find((p) => p.id === 'M001');
    expect(stayed).toMatchObject({ outcome: 'pool', left: null });
    expect(stayed?.gaps.map((g) => g.edition)).toEqual(['2024', '2025']);
  });

  it('splits a change of total into the model’s part and the values’ part', () => {
    const t = trajectory([first, next], 'M001');
    expect(t.points.map((p) => p.model.version)).toEqual(['2024.1-proposed', '2025.1']);
    const [step] = t.steps;
    expect(step?.modelChanged).toBe(true);
    // Same values a year on: the whole change is the model's.
    expect(step?.values).toBe('0');
    expect(Number(step?.model)).toBeCloseTo(Number(step?.change), 1);
    // Under the same model with changed values, the model's part is 0.
    const moved = later(1).map((r) =>
      r.id === 'M001' ? { ...r, values: { ...r.values, m_Q4: 95 } } : r,
    );
    const same = makeEdition(liaocheng2024, moved, { id: '2025', evaluationDate: '2025-06-30' });
    const [own] = trajectory([first, same], 'M001').steps;
    expect(own).toMatchObject({ modelChanged: false, model: '0' });
    expect(own?.values).not.toBe('0');
    expect(Object.keys(own?.dimensions ?? {})).toEqual(['Q']);
  });
});

describe('three editions of the sample, end to end', () => {
  const data = (file: string): EntityInput[] =>
    JSON.parse(readFileSync(`examples/data/${file}`, 'utf8'));
  const sectors = (liaocheng2024 as ModelInput).sectors.map((s) =>
    s.id === 'manufacturing'
      ? { ...s, profile: { ...s.profile, weights: { ...s.profile?.weights, Q: 0.2, I: 0.35 } } }
      : s,
  );
  const model2026 = { ...(liaocheng2024 as ModelInput), version: '2026.1-proposed', sectors };

  it('2024 → check → 2025 with bans → 2026 under a new version; each edition replays to the byte', () => {
    let titles = register([first]);
    const checked = monitor(titles, liaocheng2024, data('events-2025.json'), {
      asOf: '2025-06-01',
    });
    expect(checked.changes.map((c) => `${c.holder}:${c.from}>${c.change.status}`)).toEqual([
      'M002:active>revoked',
      'A015:active>rectification',
      'A015:rectification>revoked',
      'S035:active>rectification',
      'S035:rectification>active',
    ]);
    titles = checked.register;
    const e2025 = makeEdition(liaocheng2024, data('sample-batch-2025.json'), {
      id: '2025',
      evaluationDate: '2025-06-30',
      bans: bansOn(titles, liaocheng2024),
      editions: [first],
    });
    titles = register([e2025], titles);
    const e2026 = makeEdition(model2026, data('sample-batch-2026.json'), {
      id: '2026',
      evaluationDate: '2026-06-30',
      bans: bansOn(titles, model2026),
      editions: [first, e2025],
    });
    titles = register([e2026], titles);
    for (const e of [first, e2025, e2026]) expect(replay(roundTrip(e)).identical).toBe(true);
    // The barred stay out in both later rounds; the pool's A005, M054 and M016 make it.
    for (const e of [e2025, e2026])
      for (const id of ['M002', 'A015'])
        expect(e.report.entities.find((x) => x.id === id)?.eligibility.gates.at(-1)?.rule).toBe(
          'reapplication_ban',
        );
    const made = cultivationPool([first, e2025, e2026])
      .paths.filter((p) => p.outcome === 'selected')
      .map((p) => `${p.id}:${p.left}`);
    expect(made).toEqual(['A005:2025', 'M054:2025', 'M016:2026']);
    // Titles by model version, and each holder's latest title valid three years from its round.
    expect(new Set(titles.titles.map((t) => t.model.version))).toEqual(
      new Set(['2024.1-proposed', '2026.1-proposed']),
    );
    expect(titleOf(titles, 'M016')).toMatchObject({ edition: '2026', validUntil: '2029-06-29' });
    // Three years on, the 2025 titles not renewed in 2026 expire the day after their last day.
    const renewed2026 = new Set(
      e2026.report.entities.filter((e) => e.selection?.selected).map((e) => e.id),
    );
    const lapsing = e2025.report.entities
      .filter((e) => e.selection?.selected && !renewed2026.has(e.id as string))
      .map((e) => e.id);
    expect(lapsing.length).toBeGreaterThan(0);
    const expiry = monitor(titles, model2026, [], { asOf: '2028-06-30' });
    expect(expiry.changes.map((c) => [c.holder, c.change.status, c.change.date])).toEqual(
      lapsing.map((id) => [id, 'expired', '2028-06-30']),
    );
    expect(monitor(titles, model2026, [], { asOf: '2028-06-29' }).changes).toEqual([]);
  });

  it('a title under rectification when its validity ends expires', () => {
    const opened = monitor(
      register([first]),
      liaocheng2024,
      [evidence(holder, [{ type: 'inspection_finding', severity: 'minor', date: '2027-05-01' }])],
      { asOf: '2027-05-02' },
    );
    expect(opened.changes[0]?.change).toMatchObject({
      status: 'rectification',
      deadline: '2027-07-30',
    });
    const ended = monitor(opened.register, liaocheng2024, [], { asOf: '2027-07-01' });
    expect(ended.changes.map((c) => [c.from, c.change.status, c.change.date])).toContainEqual([
      'rectification',
      'expired',
      '2027-06-30',
    ]);
  });
});

describe('compareEditions', () => {
  it('compares two editions and says how much of each change the model made', () => {
    const sectors = (liaocheng2024 as ModelInput).sectors.map((s) =>
      s.id === 'manufacturing'
        ? { ...s, profile: { ...s.profile, weights: { ...s.profile?.weights, Q: 0.2, I: 0.35 } } }
        : s,
    );
    const b = makeEdition({ ...(liaocheng2024 as ModelInput), version: '2025.1', sectors }, rows, {
      id: '2025',
    });
    const c = compareEditions(first, b);
    expect(c).toMatchObject({ modelChanged: true, entered: ['M016'], left: ['M005'] });
    // The same rows: every change is the model's, and only manufacturers moved.
    for (const x of c.attribution) {
      expect(x.values).toBe('0');
      const sector = first.report.entities.find((e) => e.id === x.id)?.sector;
      if (sector !== 'manufacturing') expect(x.model).toBe('0');
    }
    expect(c.attribution.some((x) => x.model !== '0')).toBe(true);
    const same = compareEditions(first, roundTrip(first));
    expect(same.modelChanged).toBe(false);
    expect(same.attribution.every((x) => x.change === '0' && x.model === '0')).toBe(true);
  });
});

describe('suspension', () => {
  const base = liaocheng2024 as ModelInput;
  const model: ModelInput = {
    ...base,
    monitoring: {
      ...base.monitoring,
      rules: [
        ...(base.monitoring?.rules ?? []),
        {
          id: 'W5',
          label: {
            zh: '重大质量投诉调查中',
            en: 'A serious quality complaint under investigation',
          },
          when: { event: 'complaint_investigation', withinYears: 1 },
          action: 'suspend',
          deadlineDays: 60,
        },
      ],
    },
  };
  const registry = register([first]);
  const events = (more: EntityInput['events'] = []) => [
    evidence(holder, [{ type: 'complaint_investigation', date: '2025-02-01' }, ...(more ?? [])]),
  ];

  it('suspends a title until it is rectified, and revokes it when the deadline passes', () => {
    const opened = monitor(registry, model, events(), { asOf: '2025-02-02' });
    expect(opened.changes[0]?.change).toMatchObject({
      status: 'suspended',
      reason: 'monitoring_suspend',
      deadline: '2025-04-02',
    });
    expect(opened.changes[0]?.change.messageZh).toContain('整改完成前不得使用称号');
    expect(statusOn(titleOf(opened.register, holder), '2025-03-01')).toBe('suspended');
    const restored = monitor(
      opened.register,
      model,
      events([{ type: 'rectified', date: '2025-04-02' }]),
      {
        asOf: '2025-05-01',
      },
    );
    expect(restored.changes.map((c) => [c.from, c.change.status])).toEqual([
      ['suspended', 'active'],
    ]);
    const lost = monitor(opened.register, model, events(), { asOf: '2025-04-03' });
    expect(lost.changes.map((c) => [c.from, c.change.status, c.change.date])).toEqual([
      ['suspended', 'revoked', '2025-04-03'],
    ]);
  });
});
