import { describe, expect, it } from 'vitest';
import type {
  Explanation,
  GapTarget,
  Label,
  LeafGap,
  NodeExplanation,
  PanelResult,
  RuleOutcome,
} from 'youpin';
import { narrate } from 'youpin';
import { issuesOf } from '../helpers.js';

// Explanations written by hand, as `explain` returns them, so the sentences are tested apart
// from the arithmetic that produces the data.

const l = (zh: string, en: string): Label => ({ zh, en });

function node(
  id: string,
  label: Label,
  o: Partial<NodeExplanation> & Pick<NodeExplanation, 'depth'>,
): NodeExplanation {
  return {
    id,
    label,
    kind: o.depth < 2 ? 'branch' : 'leaf',
    parent: o.depth === 0 ? null : o.depth === 1 ? 'total' : 'Q',
    value: null,
    score: null,
    exact: null,
    share: '0',
    contribution: null,
    maximum: '0',
    lost: null,
    percentile: null,
    panel: null,
    ...o,
  };
}

const flaggedPanel: PanelResult = {
  method: 'trimmed',
  variant: 'trimmed mean, 1 dropped at each end',
  value: '62.5',
  size: 5,
  scores: [
    { expert: 'E01', score: '50', dropped: 'low' },
    { expert: 'E02', score: '60', dropped: null },
    { expert: 'E03', score: '62.5', dropped: null },
    { expert: 'E04', score: '65', dropped: null },
    { expert: 'E05', score: '75', dropped: 'high' },
  ],
  untrimmedMean: '62.5',
  spread: '25',
  flagged: true,
  warnings: [],
  numbers: { value: 62.5, untrimmedMean: 62.5, spread: 25 },
};

const NODES: NodeExplanation[] = [
  node('total', l('总分', 'Total score'), { depth: 0, score: '85.04' }),
  node('Q', l('质量', 'Quality'), { depth: 1, score: '72.40' }),
  node('m_Q1', l('执行标准水平', 'Level of the executed standard'), {
    depth: 2,
    value: 'domestic_advanced',
    score: '60.00',
    lost: '3.60',
  }),
  node('m_Q2', l('质量管理水平', 'Quality management'), {
    depth: 2,
    score: '62.50',
    lost: '2.81',
    panel: flaggedPanel,
  }),
  node('I', l('创新', 'Innovation'), { depth: 1, score: '85.00' }),
  node('m_I1', l('研发投入强度', 'R&D intensity'), {
    depth: 2,
    parent: 'I',
    value: 4.2,
    score: '42.00',
    lost: '5.08',
  }),
  node('m_E1', l('营业收入', 'Revenue'), {
    depth: 2,
    parent: 'I',
    value: 1500,
    score: '30.00',
    lost: '3.15',
  }),
  node('m_S4', l('绿色工厂', 'Green factory'), {
    depth: 2,
    parent: 'I',
    value: true,
    score: '100.00',
    lost: '0.00',
  }),
];

function explanation(o: Partial<Explanation> = {}): Explanation {
  return {
    entity: {
      index: 0,
      id: 'M001',
      name: l('东昌允栎新材料有限公司', 'Dongchang Yunli New Materials'),
      sector: 'manufacturing',
      sectorLabel: l('制造业', 'manufacturing'),
      status: 'scored',
    },
    model: { id: 'liaocheng-youpin', version: '2024.1', name: l('聊城优品', 'Liaocheng Premium') },
    total: '85.04',
    totalExact: '85.0412',
    scale: { min: '0', max: '100' },
    rank: { sector: 8, overall: 12, of: 42 },
    allocation: { method: 'largest-remainder', unit: '0.01', residual: '0' },
    nodes: NODES,
    benchmark: null,
    strengths: [],
    weaknesses: [],
    belowBenchmark: [],
    gates: [],
    vetoes: [],
    adjustments: [],
    selection: null,
    threshold: '70',
    floors: { Q: '50', I: '50' },
    gaps: [],
    issues: [],
    ...o,
  };
}

const rule = (
  o: Partial<RuleOutcome> & Pick<RuleOutcome, 'rule' | 'kind' | 'result'>,
  label: Label,
): RuleOutcome & { label: Label; names: Record<string, Label> } => ({
  facts: {},
  missing: [],
  unreadable: [],
  firedOn: null,
  names: {},
  ...o,
  label,
});

const selected = explanation({
  selection: {
    selected: true,
    reason: 'selected',
    band: { id: 'good', label: l('良', 'Good') },
    failedFloors: [],
    position: 8,
    tieBreak: { tiedWith: ['M007'], decidedBy: 'node:Q' },
  },
  strengths: ['I'],
  weaknesses: ['Q'],
  belowBenchmark: ['Q'],
  benchmark: [
    {
      node: 'Q',
      label: l('质量', 'Quality'),
      score: '72.40',
      line: '80.00',
      gap: '-7.60',
      passed: false,
    },
    {
      node: 'I',
      label: l('创新', 'Innovation'),
      score: '85.00',
      line: '80.00',
      gap: '5.00',
      passed: true,
    },
  ],
  adjustments: [
    { id: 'P1', label: l('获评好品山东', 'Good Products Shandong title'), points: '3' },
    { id: 'N1', label: l('信用等级 C', 'Credit grade C'), points: '-2' },
  ],
});

const leafGap = (o: Partial<LeafGap> & Pick<LeafGap, 'leaf' | 'label'>): LeafGap => ({
  unit: null,
  categories: null,
  direction: 'higher',
  current: null,
  suggested: null,
  rounded: null,
  scoreFrom: null,
  scoreTo: null,
  status: 'reachable',
  ...o,
});

const thresholdGap: GapTarget = {
  target: 'threshold',
  required: '70.00',
  current: '63.1349',
  needed: '6.8601',
  leaves: [
    leafGap({
      leaf: 'm_I1',
      label: l('研发投入强度', 'R&D intensity'),
      unit: '%',
      current: 4.2,
      suggested: '6.083333333333333333333333334',
      rounded: '6.1',
      scoreFrom: '42',
      scoreTo: '61',
    }),
    leafGap({
      leaf: 'm_Q2',
      label: l('质量管理水平', 'Quality management'),
      status: 'cannot_alone',
    }),
    leafGap({
      leaf: 'm_Q1',
      label: l('执行标准水平', 'Level of the executed standard'),
      current: 'domestic_advanced',
      suggested: 'international_advanced',
    }),
    leafGap({
      leaf: 'm_E1',
      label: l('营业收入', 'Revenue'),
      unit: l('万元', '10k CNY'),
      current: 1500,
      suggested: '2600',
    }),
    leafGap({
      leaf: 'm_S1',
      label: l('单位产值能耗', 'Energy per unit of output'),
      direction: 'lower',
      unit: 'tce',
      current: 1.2,
      suggested: 0.8,
    }),
  ],
  plan: {
    steps: [
      { leaf: 'm_I1', from: 4.2, to: 5, scoreFrom: '42', scoreTo: '50' },
      { leaf: 'm_E1', from: 1500, to: 2000, scoreFrom: '30', scoreTo: '40' },
    ],
    cost: '0.3',
    reaches: '70.0012',
  },
};

const belowThreshold = explanation({
  total: '63.13',
  totalExact: '63.1349',
  rank: { sector: 21, overall: 40, of: 42 },
  selection: {
    selected: false,
    reason: 'below_threshold',
    band: null,
    failedFloors: [],
    position: null,
    tieBreak: null,
  },
  gaps: [thresholdGap],
});

const belowFloor = explanation({
  total: '75.00',
  nodes: NODES.map((n) => (n.id === 'I' ? { ...n, score: '45.00' } : n)),
  selection: {
    selected: false,
    reason: 'below_floor',
    band: null,
    failedFloors: ['I'],
    position: null,
    tieBreak: null,
  },
  gaps: [
    {
      target: 'I',
      required: '50.00',
      current: '45',
      needed: '4.995',
      leaves: [
        leafGap({
          leaf: 'm_I1',
          label: l('研发投入强度', 'R&D intensity'),
          status: 'cohort_relative',
        }),
      ],
      plan: null,
    },
  ],
});

const M2 = l(
  '近 3 年研发投入占销售收入比重超过 3%',
  'R&D spending above 3 % of sales over the last 3 years',
);
const G1 = l(
  '在山东注册的独立法人，连续经营满 5 年',
  'Independent legal person registered in Shandong, operating for at least 5 consecutive years',
);
const notScored = {
  total: null,
  totalExact: null,
  rank: { sector: null, overall: null, of: 42 },
  allocation: null,
  nodes: NODES.map((n) => ({ ...n, score: null, lost: null, panel: null })),
  selection: null,
} as const;

const ineligible = explanation({
  ...notScored,
  entity: { ...explanation().entity, status: 'ineligible' },
  gates: [
    rule(
      {
        rule: 'G1',
        kind: 'gate',
        result: 'unknown',
        facts: { registered_in_shandong: true, years_operating: null },
        missing: ['years_operating'],
      },
      G1,
    ),
    rule(
      {
        rule: 'M2',
        kind: 'gate',
        result: 'failed',
        facts: { rnd_ratio: { '2021': 2.5, '2022': 2.7, '2023': 2.9 } },
      },
      M2,
    ),
    rule(
      { rule: 'M1', kind: 'gate', result: 'passed', facts: { revenue: 2500 } },
      l('收入', 'Revenue'),
    ),
  ],
});

const V2 = l('近 3 年发生较大及以上质量事故', 'A major quality accident in the last 3 years');
const vetoed = explanation({
  ...notScored,
  entity: { ...explanation().entity, status: 'vetoed' },
  vetoes: [
    rule(
      {
        rule: 'V2',
        kind: 'veto',
        result: 'fired',
        firedOn: '2023-05-01',
        facts: {
          'events:quality_accident[major|especially_major]': [
            { type: 'quality_accident', date: '2023-05-01', severity: 'major' },
          ],
        },
      },
      V2,
    ),
    rule(
      {
        rule: 'V3',
        kind: 'veto',
        result: 'unknown',
        missing: ['credit_grade'],
        facts: { credit_grade: null },
      },
      l('公共信用评价等级为 D', 'Public credit grade D'),
    ),
    rule({ rule: 'V1', kind: 'veto', result: 'clear' }, l('其他', 'Other')),
  ],
});

const invalid = explanation({
  ...notScored,
  entity: { ...explanation().entity, status: 'invalid' },
  issues: [
    {
      code: 'not_a_number',
      message: '"12,5" is not a number',
      messageZh: '"12,5" 不是数字',
    },
  ],
});

const all = { selected, belowThreshold, belowFloor, ineligible, vetoed, invalid };

describe('narrate', () => {
  it('tells a selected entity its total, rank, tie-break, band, benchmark and adjustments (zh)', () => {
    const zh = narrate(selected, { locale: 'zh-CN' });
    expect(zh.slice(0, 4)).toEqual([
      '总分 85.04，在制造业 42 家参评企业中排名第 8。',
      '已入选。',
      '在名额分界处与 M007 总分相同，按「质量」得分排在其前。',
      '所在等级：良。',
    ]);
    expect(zh).toContain('优势维度：创新。');
    expect(zh).toContain('薄弱维度：质量。');
    expect(zh).toContain('质量维度得分 72.40，低于基准线 80.00，差 7.60 分。');
    expect(zh).toContain('达到基准线：创新。');
    expect(zh).toContain(
      '失分最多的指标：研发投入强度（5.08 分）、执行标准水平（3.60 分）、营业收入（3.15 分）。',
    );
    expect(zh).toContain('专家对「质量管理水平」的评分极差为 25 分，已标记为需讨论后重新评分。');
    expect(zh.slice(-2)).toEqual([
      '加分项「获评好品山东」：+3 分。',
      '扣分项「信用等级 C」：-2 分。',
    ]);
  });

  it('tells a selected entity the same in English', () => {
    const en = narrate(selected, { locale: 'en' });
    expect(en.slice(0, 4)).toEqual([
      'The total score is 85.04, ranking 8th of 42 applicants in manufacturing.',
      'Selected.',
      'Tied on the total with M007 at the quota cut; placed ahead by the Quality score.',
      'Band: Good.',
    ]);
    expect(en).toContain('Quality scored 72.40, below the benchmark line of 80.00 by 7.60 points.');
    expect(en).toContain(
      'Most points lost: R&D intensity (5.08 points), Level of the executed standard (3.60 points), Revenue (3.15 points).',
    );
    expect(en).toContain('Bonus “Good Products Shandong title”: +3 points.');
    expect(en).toContain('Penalty “Credit grade C”: -2 points.');
  });

  it('keeps the order: result, strengths, benchmark, points lost, panels, adjustments', () => {
    const zh = narrate(selected, { locale: 'zh-CN' });
    const at = (start: string) => zh.findIndex((s) => s.startsWith(start));
    const order = [
      '总分',
      '已入选',
      '优势维度',
      '质量维度得分',
      '失分最多',
      '专家对',
      '加分项',
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('shows the gap to the threshold, up to three leaves that alone reach it, and the plan', () => {
    const zh = narrate(belowThreshold, { locale: 'zh-CN' });
    expect(zh.slice(0, 2)).toEqual([
      '总分 63.13，在制造业 42 家参评企业中排名第 21。',
      '未入选：总分 63.13 低于入选线 70.00。',
    ]);
    // needed 6.8601, rounded up: never understated.
    expect(zh).toContain('距入选线 70.00 还差 6.87 分。');
    expect(zh).toContain('若将 研发投入强度 从 4.2% 提高到 6.1%，可单独达到入选线。');
    expect(zh).toContain(
      '若将 执行标准水平 从 domestic_advanced 改为 international_advanced，可单独达到入选线。',
    );
    expect(zh).toContain('若将 营业收入 从 1500 万元 提高到 2600 万元，可单独达到入选线。');
    // The fourth reachable leaf is left out; the leaf that cannot alone is not named.
    expect(zh.join('')).not.toContain('单位产值能耗');
    expect(zh.join('')).not.toContain('若将 质量管理水平');
    expect(zh).toContain(
      '组合方案：将 研发投入强度 从 4.2% 提高到 5%，将 营业收入 从 1500 万元 提高到 2000 万元，合计可达到入选线。',
    );

    const en = narrate(belowThreshold, { locale: 'en' });
    expect(en[1]).toBe('Not selected: the total of 63.13 is below the threshold of 70.00.');
    expect(en).toContain('The total needs 6.87 more points to reach the threshold of 70.00.');
    expect(en).toContain(
      'Raising R&D intensity from 4.2 % to 6.1 % would alone reach the threshold.',
    );
    expect(en).toContain(
      'Raising Revenue from 1500 10k CNY to 2600 10k CNY would alone reach the threshold.',
    );
    expect(en).toContain(
      'Combined plan: raise R&D intensity from 4.2 % to 5 %, raise Revenue from 1500 10k CNY to 2000 10k CNY; together they reach the threshold.',
    );
  });

  it('writes % units tight in Chinese and spaced in English', () => {
    const first = thresholdGap.leaves[0] as LeafGap;
    const unit = l('%（占营业收入）', '% of revenue');
    const x = explanation({
      ...belowThreshold,
      gaps: [{ ...thresholdGap, leaves: [{ ...first, unit }], plan: null }],
    });
    expect(narrate(x, { locale: 'zh-CN' })).toContain(
      '若将 研发投入强度 从 4.2%（占营业收入） 提高到 6.1%（占营业收入），可单独达到入选线。',
    );
    expect(narrate(x, { locale: 'en' })).toContain(
      'Raising R&D intensity from 4.2 % of revenue to 6.1 % of revenue would alone reach the threshold.',
    );
  });

  it('says "lowering" for a lower-is-better leaf', () => {
    const fifth = thresholdGap.leaves[4] as LeafGap;
    const x = explanation({ ...belowThreshold, gaps: [{ ...thresholdGap, leaves: [fifth] }] });
    expect(narrate(x, { locale: 'en' })).toContain(
      'Lowering Energy per unit of output from 1.2 tce to 0.8 tce would alone reach the threshold.',
    );
    expect(narrate(x, { locale: 'zh-CN' })).toContain(
      '若将 单位产值能耗 从 1.2 tce 降低到 0.8 tce，可单独达到入选线。',
    );
  });

  it('says when no leaf alone reaches the target but a plan does', () => {
    const alone = thresholdGap.leaves.map((g) => ({
      ...g,
      status: 'cannot_alone' as const,
      suggested: null,
      rounded: null,
    }));
    const x = explanation({ ...belowThreshold, gaps: [{ ...thresholdGap, leaves: alone }] });
    const zh = narrate(x, { locale: 'zh-CN' });
    expect(zh).toContain('没有任何单项指标能单独达到入选线。');
    expect(zh.some((s) => s.startsWith('组合方案：'))).toBe(true);
    expect(narrate(x, { locale: 'en' })).toContain(
      'No single indicator can reach the threshold alone.',
    );
  });

  it('names a missed floor with its score, the floor and the difference', () => {
    const zh = narrate(belowFloor, { locale: 'zh-CN' });
    expect(zh).toContain('未入选：创新维度未达到最低分要求。');
    expect(zh).toContain('创新维度得分 45.00，低于最低分要求 50.00，差 5.00 分。');
    expect(zh).toContain('创新维度距最低分要求 50.00 还差 5.00 分。');
    expect(zh.join('')).not.toContain('没有任何单项指标');
    expect(zh).toContain('即使各项指标均达到满分，也无法达到创新维度的最低分要求。');
    const en = narrate(belowFloor, { locale: 'en' });
    expect(en).toContain('Not selected: Innovation is below its floor.');
    expect(en).toContain('Innovation scored 45.00, below its floor of 50.00 by 5.00 points.');
    expect(en).toContain('Innovation needs 5.00 more points to reach its floor of 50.00.');
    expect(en).toContain(
      'Even top scores on every indicator would not reach the Innovation floor.',
    );
  });

  it('shows the gap to the quota line', () => {
    const quota: GapTarget = {
      ...thresholdGap,
      target: 'quota',
      required: '85.05',
      needed: '0.005',
    };
    const x = explanation({ ...belowThreshold, gaps: [quota] });
    const zh = narrate(x, { locale: 'zh-CN' });
    expect(zh).toContain('距名额线 85.05（高于本行业入选者的最低总分）还差 0.01 分。');
    expect(zh).toContain('若将 研发投入强度 从 4.2% 提高到 6.1%，可单独达到名额线。');
    expect(narrate(x, { locale: 'en' })).toContain(
      'The total needs 0.01 more points to reach the quota line of 85.05 (above the lowest selected total in the sector).',
    );
  });

  it('explains a quota cut and a lost tie-break', () => {
    const base = belowThreshold.selection;
    if (!base) throw new Error('fixture');
    const quota = explanation({ selection: { ...base, reason: 'outside_quota', position: 10 } });
    expect(narrate(quota, { locale: 'zh-CN' })[1]).toBe(
      '未入选：达到入选线和各项最低分要求，但制造业排序第 10 位，超出名额。',
    );
    expect(narrate(quota, { locale: 'en' })[1]).toBe(
      'Not selected: the threshold and floors are met, but the entity is placed 10th in manufacturing, outside the quota.',
    );
    const tie = explanation({
      selection: {
        ...base,
        reason: 'lost_tie_break',
        position: 9,
        tieBreak: { tiedWith: ['M007', 'M012'], decidedBy: 'fact:credit_grade' },
      },
    });
    expect(narrate(tie, { locale: 'zh-CN' })[1]).toBe(
      '未入选：在名额分界处与 M007、M012 总分相同，按申报信息「credit_grade」排在其后。',
    );
    expect(narrate(tie, { locale: 'en' })[1]).toBe(
      'Not selected: tied on the total with M007, M012 at the quota cut, and placed behind by the fact credit_grade.',
    );
    const unresolved = explanation({
      selection: {
        ...base,
        reason: 'tie_unresolved',
        tieBreak: { tiedWith: ['M007'], decidedBy: null },
      },
    });
    expect(narrate(unresolved, { locale: 'en' })[1]).toBe(
      'Tied on the total with M007 at the quota cut; the tie-break rules do not separate them, so the committee decides.',
    );
  });

  it('lists the failed gate with the facts it read, and the gate that could not be checked', () => {
    const zh = narrate(ineligible, { locale: 'zh-CN' });
    expect(zh).toEqual([
      '未通过申报条件审核，未参加评分。',
      '未满足申报条件 M2「近 3 年研发投入占销售收入比重超过 3%」（读取：rnd_ratio 2021 2.5、2022 2.7、2023 2.9）。',
      '无法核查申报条件 G1「在山东注册的独立法人，连续经营满 5 年」：缺少 years_operating。',
    ]);
    const en = narrate(ineligible, { locale: 'en' });
    expect(en).toEqual([
      'Not eligible: the application conditions are not met, so the entity was not scored.',
      'Condition M2 “R&D spending above 3 % of sales over the last 3 years” is not met (read: rnd_ratio 2021 2.5, 2022 2.7, 2023 2.9).',
      'Condition G1 “Independent legal person registered in Shandong, operating for at least 5 consecutive years” could not be checked: years_operating missing.',
    ]);
  });

  it('names the fired veto with the date of the event, and the veto that could not be checked', () => {
    expect(narrate(vetoed, { locale: 'zh-CN' })).toEqual([
      '触发一票否决，未参加评分。',
      '触发否决项 V2「近 3 年发生较大及以上质量事故」（事件日期 2023-05-01）。',
      '否决项 V3「公共信用评价等级为 D」无法核查（缺少 credit_grade），不影响结果。',
    ]);
    expect(narrate(vetoed, { locale: 'en' })[1]).toBe(
      'Veto V2 “A major quality accident in the last 3 years” fired (event on 2023-05-01).',
    );
  });

  it('shows the events a fact-free veto read when it has no date', () => {
    const [v2] = vetoed.vetoes;
    if (!v2) throw new Error('fixture');
    const x = explanation({ ...vetoed, vetoes: [{ ...v2, firedOn: null }] });
    expect(narrate(x, { locale: 'zh-CN' })[1]).toBe(
      '触发否决项 V2「近 3 年发生较大及以上质量事故」（读取：quality_accident：2023-05-01 quality_accident（major））。',
    );
    expect(narrate(x, { locale: 'en' })[1]).toBe(
      'Veto V2 “A major quality accident in the last 3 years” fired (read: quality_accident: 2023-05-01 quality_accident (major)).',
    );
  });

  it('gives the data issues of an invalid entity in the chosen language', () => {
    expect(narrate(invalid, { locale: 'zh-CN' })).toEqual([
      '申报数据有误，无法评分。',
      '"12,5" 不是数字。',
    ]);
    expect(narrate(invalid, { locale: 'en' })).toEqual([
      'The application data could not be scored.',
      '"12,5" is not a number.',
    ]);
  });

  it('never shows undefined, null, NaN or [object …]', () => {
    for (const [name, x] of Object.entries(all)) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const sentences = narrate(x, { locale });
        expect(sentences.length, `${name} ${locale}`).toBeGreaterThan(0);
        for (const s of sentences) {
          expect(s, `${name} ${locale}`).not.toMatch(/undefined|null|NaN|\[object/);
          expect(s.trim()).toBe(s);
          expect(s).toMatch(/[。.]$/);
        }
      }
    }
  });

  it('is pure: the explanation is not changed and the same input gives the same sentences', () => {
    const before = JSON.stringify(belowThreshold);
    expect(narrate(belowThreshold, { locale: 'zh-CN' })).toEqual(
      narrate(belowThreshold, { locale: 'zh-CN' }),
    );
    expect(JSON.stringify(belowThreshold)).toBe(before);
  });

  it('rejects another locale', () => {
    const bad = { locale: 'fr' } as unknown as { locale: 'en' };
    expect(issuesOf(() => narrate(selected, bad))).toEqual([
      { code: 'invalid_value', path: 'options.locale' },
    ]);
  });
});
