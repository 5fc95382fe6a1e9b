import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Issue, type ModelInput, safeDefineModel, score } from 'youpin';
import { liaocheng2024 } from 'youpin/presets';

// One mistake, one message (issue 15, item 9; issue 16, item 13). A sector's weights summing to
// 1.05 used to give the real error plus 21 false ones ("in sector any, m_Q1's siblings have
// weights and it has none"), the sum error pointed at the first sibling instead of the weights,
// and Chinese messages named nodes and sectors by their ids.

type Mutable = {
  tree: unknown;
  profile?: { weights?: Record<string, number | string>; exclude?: string[] };
  sectors: Array<{
    id: string;
    label: { zh: string; en: string };
    profile?: { weights?: Record<string, number | string>; exclude?: string[] };
  }>;
};
const liaocheng = (): Mutable => structuredClone(liaocheng2024) as unknown as Mutable;
const issuesOf = (input: unknown): Issue[] => {
  const result = safeDefineModel(input as ModelInput);
  return result.success ? [] : [...result.error.issues];
};
// Ids written in Latin letters (m_Q1, manufacturing, total): Chinese messages name labels only.
const LATIN_ID = /[A-Za-z_]\w*/;

describe('a wrong weight sum is one issue at the weights that were given', () => {
  it('a sector whose dimension weights sum to 1.05: one issue, with the sum and the difference', () => {
    const model = liaocheng();
    const manufacturing = model.sectors[0] as Mutable['sectors'][number];
    const weights = manufacturing.profile?.weights as Record<string, number>;
    weights['Q'] = (weights['Q'] as number) + 0.05;
    const issues = issuesOf(model);
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['weights_sum', 'sectors.0.profile.weights'],
    ]);
    const [issue] = issues;
    expect(issue?.message).toBe(
      'in sector Manufacturing, the weights of the children of "Total score" (total) sum to 1.05, 0.05 more than 1; they must sum to 1 (±1e-9)',
    );
    expect(issue?.messageZh).toBe(
      '在行业"制造业"中，"总分"的下级指标权重之和为 1.05，比 1 多 0.05；权重之和必须为 1（误差 ±1e-9）',
    );
  });

  it('a sum below 1 deep in the tree says how much is missing, and nothing below it is reported', () => {
    const model = liaocheng();
    const services = model.sectors[2] as Mutable['sectors'][number];
    const weights = services.profile?.weights as Record<string, number>;
    const [first] = Object.keys(weights).filter((k) => k.startsWith('s_Q'));
    weights[first as string] = (weights[first as string] as number) - 0.1;
    const issues = issuesOf(model);
    expect(issues.map((i) => i.code)).toEqual(['weights_sum']);
    expect(issues[0]?.message).toMatch(/"Quality" \(Q\) sum to 0\.9, 0\.1 less than 1/);
    expect(issues[0]?.messageZh).toMatch(/"质量"的下级指标权重之和为 0\.9，比 1 少 0\.1/);
  });

  it('a weight of "0.6000000010000000001" beside 0.4: the sum error alone', () => {
    const model = {
      id: 'w',
      version: '1',
      name: { zh: '权重', en: 'Weights' },
      tree: {
        id: 'total',
        label: { zh: '总分', en: 'Total' },
        children: ['a', 'b'].map((id) => ({
          id,
          label: { zh: `指标${id}`, en: `Indicator ${id}` },
          scoring: { method: 'direct' },
        })),
      },
      sectors: [
        { id: 's1', label: { zh: '一', en: 'One' } },
        { id: 's2', label: { zh: '二', en: 'Two' } },
      ],
      profile: { weights: { a: '0.6000000010000000001', b: 0.4 } },
    };
    const issues = issuesOf(model);
    // The base profile is every sector's: said once, where it was written, naming no sector.
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['weights_sum', 'profile.weights'],
    ]);
    expect(issues[0]?.message).toContain(
      'sum to 1.0000000010000000001, 0.0000000010000000001 more',
    );
    expect(issues[0]?.message).not.toMatch(/sector/);
  });

  it('every single wrong weight of the 聊城优品 model gives exactly one issue, located and worded', () => {
    const model = liaocheng();
    const slots = model.sectors.flatMap((s, index) =>
      Object.keys(s.profile?.weights ?? {}).map((node) => ({ index, node })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...slots),
        fc.oneof(fc.double({ min: 0.001, max: 0.5, noNaN: true }), fc.constantFrom(-0.01, 0.2)),
        ({ index, node }, delta) => {
          const changed = liaocheng();
          const sector = changed.sectors[index] as Mutable['sectors'][number];
          const weights = sector.profile?.weights as Record<string, number>;
          const before = weights[node] as number;
          if (before + delta < 0) return;
          weights[node] = before + delta;
          const issues = issuesOf(changed);
          expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
            ['weights_sum', `sectors.${index}.profile.weights`],
          ]);
          for (const issue of issues) {
            expect(issue.message).not.toMatch(/\bany\b/);
            expect(issue.messageZh).toContain(sector.label.zh);
            expect(issue.messageZh.replace('±1e-9', '')).not.toMatch(LATIN_ID);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a forgotten weight is one issue, named by its label', () => {
  it('one leaf without a weight among weighted siblings, in every sector', () => {
    const model = liaocheng();
    for (const sector of model.sectors) delete sector.profile?.weights?.['m_Q5'];
    const weights = model.sectors[0]?.profile?.weights as Record<string, number>;
    weights['m_Q4'] = (weights['m_Q4'] as number) + (weights['m_Q5'] ?? 0.1);
    const issues = issuesOf(model);
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['missing_weight', 'tree.children.0.children.4'],
    ]);
    expect(issues[0]?.message).toBe(
      '"Valid complaint rate / quality-loss rate" (m_Q5) has no weight in any sector, though its siblings have; give it a weight or exclude it',
    );
    expect(issues[0]?.messageZh).toBe(
      '"顾客有效投诉率/质量损失率"在任何行业中都没有权重，而其同级指标有；请为其赋权或将其排除',
    );
  });

  it('a branch whose children have no weights is one issue at the branch, not one per child', () => {
    const model = liaocheng();
    for (const sector of model.sectors)
      for (const id of Object.keys(sector.profile?.weights ?? {}))
        if (/^[msa]_I/.test(id)) delete sector.profile?.weights?.[id];
    const issues = issuesOf(model);
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['empty_branch', 'sectors.0.profile.weights'],
      ['empty_branch', 'sectors.1.profile.weights'],
      ['empty_branch', 'sectors.2.profile.weights'],
    ]);
    expect(issues[0]?.messageZh).toBe('在行业"制造业"中，"创新"的下级指标都没有权重');
  });

  it('a node that every sector excludes is left out on purpose, without a message', () => {
    const model = liaocheng();
    model.profile = { exclude: ['m_Q5'] };
    const weights = model.sectors[0]?.profile?.weights as Record<string, number>;
    weights['m_Q4'] = (weights['m_Q4'] as number) + (weights['m_Q5'] as number);
    delete weights['m_Q5'];
    expect(issuesOf(model)).toEqual([]);
  });
});

describe('Chinese messages name sectors by their labels', () => {
  it('an unknown sector in a rule, and in an applicant’s row', () => {
    const model = liaocheng2024 as ModelInput;
    const [issue] = issuesOf({
      ...model,
      gates: [{ ...(model.gates?.[0] as object), sectors: ['manufactur'] }],
    });
    expect(issue?.code).toBe('unknown_sector');
    expect(issue?.messageZh).toBe('"manufactur" 不是模型中的行业（可选：制造业、农业、服务业）');
    expect(issue?.message).toContain('manufacturing, agriculture, services');
    const [row] = score(model, [{ id: 'A', sector: '制造', values: {} }]).entities;
    expect(row?.issues[0]?.messageZh).toBe(
      '"制造" 不是模型中的行业（可选：制造业、农业、服务业）；是否应为"制造业"？',
    );
  });
});
