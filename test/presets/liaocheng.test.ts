import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineModel, type EntityInput, effectiveWeights, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sample: EntityInput[] = JSON.parse(
  readFileSync(`${root}/examples/data/sample-batch.json`, 'utf8'),
);

// The "Global w" columns of domain.md §6.5–6.7 (the proposed 聊城优品 model), as the oracle.
const globalWeights = {
  manufacturing: {
    m_Q1: '0.09',
    m_Q2: '0.075',
    m_Q3: '0.06',
    m_Q4: '0.045',
    m_Q5: '0.03',
    m_I1: '0.0875',
    m_I2: '0.0625',
    m_I3: '0.05',
    m_I4: '0.05',
    m_B1: '0.07',
    m_B2: '0.05',
    m_B3: '0.04',
    m_B4: '0.04',
    m_E1: '0.045',
    m_E2: '0.0375',
    m_E3: '0.0375',
    m_E4: '0.03',
    m_S1: '0.035',
    m_S2: '0.025',
    m_S3: '0.025',
    m_S4: '0.015',
  },
  agriculture: {
    a_Q1: '0.0875',
    a_Q2: '0.07',
    a_Q3: '0.07',
    a_Q4: '0.07',
    a_Q5: '0.0525',
    a_I1: '0.04',
    a_I2: '0.03',
    a_I3: '0.03',
    a_B1: '0.075',
    a_B2: '0.0625',
    a_B3: '0.0625',
    a_B4: '0.05',
    a_E1: '0.06',
    a_E2: '0.045',
    a_E3: '0.045',
    a_S1: '0.045',
    a_S2: '0.045',
    a_S3: '0.0375',
    a_S4: '0.0225',
  },
  services: {
    s_Q1: '0.0875',
    s_Q2: '0.105',
    s_Q3: '0.07',
    s_Q4: '0.0875',
    s_I1: '0.06',
    s_I2: '0.045',
    s_I3: '0.045',
    s_B1: '0.075',
    s_B2: '0.0625',
    s_B3: '0.05',
    s_B4: '0.0625',
    s_E1: '0.045',
    s_E2: '0.0375',
    s_E3: '0.0375',
    s_E4: '0.03',
    s_S1: '0.035',
    s_S2: '0.025',
    s_S3: '0.02',
    s_S4: '0.02',
  },
};

describe('the 聊城优品 preset (liaocheng2024)', () => {
  const model = defineModel(liaocheng2024);

  it('has the global weights of domain.md §6.5–6.7 in every sector', () => {
    for (const [sector, weights] of Object.entries(globalWeights)) {
      expect(effectiveWeights(model, sector)).toEqual(weights);
    }
  });

  it('marks every leaf and every sector profile with its provenance, none of it official', () => {
    const leaves = model.nodes.filter((n) => n.kind === 'leaf');
    expect(leaves).toHaveLength(59);
    const inputs = JSON.stringify(model.definition);
    expect(model.definition.provenance?.status).toBe('proposed');
    for (const sector of model.definition.sectors)
      expect(sector.profile?.provenance?.status).toBe('proposed');
    expect(inputs.match(/"status":"proposed"/g)?.length).toBeGreaterThanOrEqual(59 + 3);
    expect(inputs).not.toMatch(/"status":"official"/);
  });

  it('runs the whole programme on the sample batch: every row present, with its status', () => {
    expect(sample.length).toBeGreaterThanOrEqual(90);
    const report = score(model, sample);
    expect(report.entities.map((e) => e.id)).toEqual(sample.map((e) => String(e.id)));
    expect(report.evaluationDate).toBe('2024-06-30');
    expect(report.counts).toEqual({
      entities: sample.length,
      scored: 104,
      ineligible: 10,
      vetoed: 10,
      invalid: 3,
      selected: 20,
    });
    for (const e of report.entities.filter((r) => r.status === 'scored')) {
      expect(Number(e.total)).toBeGreaterThanOrEqual(0);
      expect(Number(e.total)).toBeLessThanOrEqual(100);
    }
  });

  const report = score(model, sample);
  const byId = (id: string) => report.entities.find((e) => e.id === id);
  const failed = (id: string) => {
    const e = byId(id);
    return [
      e?.status,
      ...(
        e?.eligibility.gates.filter((g) => g.result === 'failed' || g.result === 'unknown') ?? []
      ).map((g) => `${g.rule}:${g.result}`),
      ...(e?.eligibility.vetoes.filter((v) => v.result === 'fired') ?? []).map(
        (v) => `${v.rule}:fired`,
      ),
    ];
  };

  it('makes one applicant ineligible for each kind of gate, and exempts a public-welfare body', () => {
    expect(
      ['M041', 'M042', 'M043', 'M044', 'M045', 'M046', 'M047', 'A031', 'A032', 'S031'].map(failed),
    ).toEqual([
      ['ineligible', 'G2:failed'],
      ['ineligible', 'G3:failed'],
      ['ineligible', 'G4:failed'],
      ['ineligible', 'M1:failed'],
      ['ineligible', 'M2:failed'],
      ['ineligible', 'M3:failed'],
      ['ineligible', 'G5:unknown'],
      ['ineligible', 'A2:failed'],
      ['ineligible', 'A3:failed'],
      ['ineligible', 'S2:failed'],
    ]);
    expect(byId('S034')?.eligibility.gates.find((g) => g.rule === 'G3')?.result).toBe('exempt');
    expect(byId('S034')?.status).toBe('scored');
  });

  it('vetoes one applicant for each kind of veto, and respects the 3-year boundary', () => {
    expect(
      ['M048', 'M049', 'A033', 'M050', 'M052', 'A035', 'S033', 'M053', 'S032', 'A034'].map(failed),
    ).toEqual([
      ['vetoed', 'V1:fired'],
      ['vetoed', 'V1:fired'],
      ['vetoed', 'V2:fired'],
      ['vetoed', 'V3:fired'],
      ['vetoed', 'V4:fired'],
      ['vetoed', 'V5:fired'],
      ['vetoed', 'V6:fired'],
      ['vetoed', 'V7:fired'],
      ['vetoed', 'V8:fired'],
      ['vetoed', 'V9:fired'],
    ]);
    // M050's accident is on 2021-06-30, exactly 3 years before the evaluation date; M051's a day earlier.
    expect(byId('M050')?.eligibility.vetoes.find((v) => v.rule === 'V3')?.firedOn).toBe(
      '2021-06-30',
    );
    expect(byId('M051')?.status).toBe('scored');
    expect(byId('M049')?.eligibility.vetoes.find((v) => v.rule === 'V1')?.facts).toMatchObject({
      'verification.m_Q1': 'failed',
    });
  });

  it('breaks the tie at the manufacturing quota cut by the plain expert mean', () => {
    const [a, b] = [byId('M005'), byId('M054')];
    expect([a?.total, b?.total]).toEqual(['78.20', '78.20']);
    expect([a?.selection?.reason, b?.selection?.reason]).toEqual(['selected', 'lost_tie_break']);
    expect([a?.selection?.tieBreak?.decidedBy, b?.selection?.tieBreak?.decidedBy]).toEqual([
      'expertMean',
      'expertMean',
    ]);
    for (const sector of ['manufacturing', 'agriculture', 'services'] as const) {
      const quota = model.definition.selection?.quotas?.[sector];
      const selected = report.entities.filter((e) => e.sector === sector && e.selection?.selected);
      expect(selected.length).toBe(quota);
      expect(
        report.entities.some((e) => e.sector === sector && e.selection?.reason === 'outside_quota'),
      ).toBe(true);
    }
  });

  it('keeps the panel audit, a failed verification and the flagged panels in the report', () => {
    const panel = byId('M007')?.nodes.find((n) => n.id === 'm_Q2')?.panel;
    expect(panel?.flagged).toBe(true);
    expect(panel?.scores.filter((s) => s.dropped !== null)).toHaveLength(2);
    expect(byId('S012')?.nodes.find((n) => n.id === 's_S4')).toMatchObject({
      verification: 'failed',
      score: '0.00',
    });
    expect(byId('A005')?.warnings.map((w) => w.code)).toContain('verification_pending');
  });

  it('has a sample batch that the generator reproduces byte for byte', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/generate-sample-batch.ts', '--stdout'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(out).toBe(readFileSync(`${root}/examples/data/sample-batch.json`, 'utf8'));
  });
});

describe('npm run demo', () => {
  // A subprocess that compiles the demo with tsx: seconds on a busy machine, not milliseconds.
  it('prints a ranked table per sector and the rows it could not score', {
    timeout: 60_000,
  }, () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('评价基准日 Evaluation date: 2024-06-30');
    expect(out).toContain(
      '申报 127 entities · 合格参评 104 scored · 不符合申报条件 10 ineligible · 一票否决 10 vetoed · 数据无效 3 invalid · 入选 20 selected',
    );
    expect(out).toContain('■ 制造业 Manufacturing — 申报 54 applied');
    expect(out).toContain('■ 农业 Agriculture');
    expect(out).toContain('■ 服务业 Services');
    expect(out).toMatch(/排名 Rank\s+编号 ID\s+名称 Name\s+总分 Total/);
    expect(out).toMatch(/M054 .*并列决胜落选 lost tie-break/);
    expect(out).toContain('■ 一票否决 Vetoed');
    expect(out).toContain('■ 数据无效 Invalid data');
    expect(out).toContain('"12,5"（销售利润率）不是数字：小数请用小数点，如 12.5');
    // Ranks 1, 2, 3 … head each table.
    expect(out).toMatch(/\n\s+1\s+M\d{3}\s/);
  });
});

describe('every preset', () => {
  it('validates, and scores the sample batch with every row in the report', async () => {
    const presets = await import('youpin/presets');
    for (const preset of [presets.liaocheng2024, presets.haopinShandong, presets.gbt19580]) {
      const report = score(defineModel(preset), sample);
      expect(report.entities).toHaveLength(sample.length);
      expect(report.counts.entities).toBe(sample.length);
    }
  });
});
