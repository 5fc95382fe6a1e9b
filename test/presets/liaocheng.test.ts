import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineModel, type EntityInput, effectiveWeights, score } from 'youpin';
import { liaocheng } from 'youpin/presets';

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

describe('the 聊城优品 preset', () => {
  const model = defineModel(liaocheng);

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

  it('scores the sample batch: every row present, three invalid on purpose, the rest in range', () => {
    expect(sample.length).toBeGreaterThanOrEqual(90);
    const report = score(model, sample);
    expect(report.entities.map((e) => e.id)).toEqual(sample.map((e) => String(e.id)));
    expect(report.counts).toEqual({
      entities: sample.length,
      scored: sample.length - 3,
      ineligible: 0,
      vetoed: 0,
      invalid: 3,
      selected: 0,
    });
    expect(
      report.entities
        .filter((e) => e.status === 'invalid')
        .map((e) => e.issues[0]?.code)
        .sort(),
    ).toEqual(['missing_value', 'not_a_number', 'unknown_category']);
    const sectors = new Set(sample.map((e) => e.sector));
    expect([...sectors].sort()).toEqual(['agriculture', 'manufacturing', 'services']);
    for (const e of report.entities.filter((r) => r.status === 'scored')) {
      expect(Number(e.total)).toBeGreaterThanOrEqual(0);
      expect(Number(e.total)).toBeLessThanOrEqual(100);
    }
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
  it('prints a ranked table per sector and the rows it could not score', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('■ 制造业 Manufacturing (40)');
    expect(out).toContain('■ 农业 Agriculture');
    expect(out).toContain('■ 服务业 Services');
    expect(out).toMatch(/排名 Rank\s+编号 ID\s+名称 Name\s+总分 Total/);
    expect(out).toContain('■ 未计分 Not scored');
    expect(out).toContain('"12,5" 不是数字 · "12,5" is not a number');
    // Ranks 1, 2, 3 … head each table.
    expect(out).toMatch(/\n\s+1\s+M\d{3}\s/);
  });
});
