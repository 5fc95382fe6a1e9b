// The programme parts of the 聊城优品 model: gates (domain §6.2), vetoes (§6.3), the expert panel
// rule and selection (§6.9), validity (§6.10). Every number is a proposal unless marked otherwise;
// gate thresholds follow the published 好品山东 / 青岛优品 conditions (§2.3, §3.3).
//
// Facts an applicant provides are declared below (`facts`, `series`), with their labels and the
// headers people write for them. Events (`events`): see the vetoes. Revenue and employees are read
// from the leaves' values (m_E1, a_E1, s_E1, s_E4); the credit grade is one fact that feeds veto
// V2, the tie-break and the leaves m_S3, a_S3 and s_S3.

import type { FactInput, ModelInput, Provenance, SeriesInput } from '../model/types.js';
import type { RuleInput } from '../rules/types.js';

const GATE: Provenance = { status: 'proposed', source: 'domain.md §6.2' };
const VETO: Provenance = { status: 'proposed', source: 'domain.md §6.3' };
const label = (zh: string, en: string) => ({ zh, en });

const FACT: Provenance = { status: 'proposed', source: 'domain.md §6.2–6.3' };

const facts: FactInput[] = [
  {
    id: 'registered_in_liaocheng',
    label: label('在聊城注册的独立法人', 'Registered in Liaocheng as an independent legal person'),
    type: 'boolean',
    aliases: ['是否在聊城注册', '聊城注册', '注册地在聊城', 'registered in liaocheng'],
    provenance: FACT,
  },
  {
    id: 'years_operating',
    label: label('连续经营年限', 'Years of continuous operation'),
    type: 'number',
    unit: { zh: '年', en: 'years' },
    domain: { min: 0 },
    aliases: ['经营年限', '成立年限', '经营年数', '连续经营年数', 'years operating'],
    provenance: FACT,
  },
  {
    id: 'public_welfare',
    label: label('公益性单位', 'Public-welfare body'),
    type: 'boolean',
    aliases: ['是否公益性单位', 'public welfare'],
    provenance: FACT,
  },
  {
    id: 'own_trademark',
    label: label('拥有自主注册商标', 'Owns a registered trademark'),
    type: 'boolean',
    aliases: ['是否拥有自主注册商标', '自主商标', '注册商标', 'own trademark'],
    provenance: FACT,
  },
  {
    id: 'quality_management_system',
    label: label('质量管理体系健全', 'Sound quality-management system'),
    type: 'boolean',
    aliases: ['质量管理体系', '是否建立质量管理体系', 'quality management system'],
    provenance: FACT,
  },
  {
    id: 'restricted_industry',
    label: label('属于限制类或淘汰类产业', 'In a restricted or eliminated industry'),
    type: 'boolean',
    aliases: ['是否属于限制类产业', '限制类淘汰类产业', 'restricted industry'],
    provenance: FACT,
  },
  {
    id: 'primary_production',
    label: label(
      '从事种植、林、牧、渔业生产',
      'Engaged in crop, forestry, livestock or fishery production',
    ),
    type: 'boolean',
    aliases: ['是否从事农业生产', '农业生产', 'primary production'],
    provenance: FACT,
  },
  {
    id: 'certifications',
    label: label('农产品认证', 'Product certifications'),
    type: 'list',
    values: [
      { value: 'pollution_free', label: label('无公害农产品', 'Pollution-free') },
      { value: 'green_food', label: label('绿色食品', 'Green food') },
      { value: 'organic', label: label('有机产品', 'Organic') },
      { value: 'geographical_indication', label: label('地理标志', 'Geographical indication') },
      {
        value: 'featured_quality',
        label: label('全国名特优新农产品', 'National featured high-quality agricultural product'),
      },
    ],
    aliases: ['产品认证', '认证情况', '获得认证', 'certifications'],
    provenance: FACT,
  },
  {
    id: 'service_quality_system',
    label: label('服务质量体系健全', 'Sound service-quality system'),
    type: 'boolean',
    aliases: ['服务质量体系', '是否建立服务质量体系', 'service quality system'],
    provenance: FACT,
  },
  {
    id: 'credit_grade',
    label: label('公共信用等级', 'Public-credit grade'),
    type: 'category',
    values: [
      { value: 'A', label: label('A 级（诚信）', 'Grade A (trustworthy)') },
      { value: 'B', label: label('B 级（较好）', 'Grade B (good)') },
      { value: 'C', label: label('C 级（一般）', 'Grade C (fair)') },
      { value: 'D', label: label('D 级（较差）', 'Grade D (poor)') },
    ],
    aliases: ['信用等级', '公共信用评价等级', '信用评价等级', 'credit grade'],
    provenance: FACT,
  },
];

const series: SeriesInput[] = [
  {
    id: 'net_profit',
    label: label('净利润', 'Net profit'),
    unit: { zh: '万元', en: '10k CNY' },
    aliases: ['利润', '年度净利润', 'net profit'],
    provenance: FACT,
  },
  {
    id: 'rnd_ratio',
    label: label('研发投入占营业收入比重', 'R&D spending as a share of revenue'),
    unit: '%',
    aliases: ['研发投入强度', '研发投入占比', 'R&D ratio'],
    provenance: FACT,
  },
];

const gates: RuleInput[] = [
  {
    id: 'G1',
    label: label('在聊城注册的独立法人', 'Registered in Liaocheng as an independent legal person'),
    when: { fact: 'registered_in_liaocheng', op: '==', value: true },
    provenance: {
      ...GATE,
      note: '好品山东/青岛优品 require registration in the province/city (§2.3, §3.3).',
    },
  },
  {
    id: 'G2',
    label: label('连续经营满 3 年', 'Operating for at least 3 years'),
    when: { fact: 'years_operating', op: '>=', value: 3 },
    provenance: { ...GATE, note: '青岛优品 uses 3 years, 好品山东 5 (§3.3, §2.3).' },
  },
  {
    id: 'G3',
    label: label(
      '近 3 年无连续 2 年及以上亏损（公益性单位除外）',
      'No two consecutive loss years in the last 3 (public-welfare bodies exempt)',
    ),
    when: { not: { series: 'net_profit', last: 3, consecutive: { op: '<', value: 0, count: 2 } } },
    exempt: { fact: 'public_welfare', op: '==', value: true },
    provenance: GATE,
  },
  {
    id: 'G4',
    label: label('拥有有效的自主注册商标', 'Owns a valid registered trademark of its brand'),
    when: { fact: 'own_trademark', op: '==', value: true },
    provenance: GATE,
  },
  {
    id: 'G5',
    label: label('质量管理体系健全', 'Has a sound quality-management system'),
    when: { fact: 'quality_management_system', op: '==', value: true },
    provenance: GATE,
  },
  {
    id: 'G6',
    label: label('不属于限制类、淘汰类产业', 'Not in a restricted or eliminated industry'),
    when: { fact: 'restricted_industry', op: '==', value: false },
    provenance: GATE,
  },
  {
    id: 'M1',
    label: label('上年度营业收入不低于 2000 万元', 'Prior-year revenue of at least 20 million CNY'),
    sectors: ['manufacturing'],
    when: { fact: 'm_E1', op: '>=', value: 2000 },
    provenance: { status: 'published', source: '好品山东 差异性条件 (domain.md §2.3)' },
  },
  {
    id: 'M2',
    label: label(
      '近 3 年研发投入占营业收入比重平均不低于 3%',
      'R&D at least 3 % of revenue on average over the last 3 years',
    ),
    sectors: ['manufacturing'],
    when: { series: 'rnd_ratio', last: 3, aggregate: 'mean', op: '>=', value: 3 },
    provenance: { status: 'published', source: '好品山东 差异性条件 (domain.md §2.3)' },
  },
  {
    id: 'M3',
    label: label(
      '执行标准达到国内先进及以上水平',
      'Executed standard at domestic-advanced level or above',
    ),
    sectors: ['manufacturing'],
    when: {
      fact: 'm_Q1',
      in: ['international_lead', 'international_advanced', 'domestic_leading', 'domestic_advanced'],
    },
    provenance: {
      ...GATE,
      note: '好品山东 requires 国内领先; the proposal lowers it to 国内先进 for a city programme.',
    },
  },
  {
    id: 'A1',
    label: label(
      '从事种植、林、牧、渔业生产',
      'Engaged in crop, forestry, livestock or fishery production',
    ),
    sectors: ['agriculture'],
    when: { fact: 'primary_production', op: '==', value: true },
    provenance: { status: 'published', source: '好品山东 差异性条件 (domain.md §2.3)' },
  },
  {
    id: 'A2',
    label: label(
      '产品获得无公害、绿色、有机或地理标志认证',
      'Product certified pollution-free, green, organic or geographical indication',
    ),
    sectors: ['agriculture'],
    when: {
      fact: 'certifications',
      includesAny: ['pollution_free', 'green_food', 'organic', 'geographical_indication'],
    },
    provenance: { status: 'published', source: '好品山东 / 青岛优品 (domain.md §2.3, §3.3)' },
  },
  {
    id: 'A3',
    label: label('上年度营业收入不低于 500 万元', 'Prior-year revenue of at least 5 million CNY'),
    sectors: ['agriculture'],
    when: { fact: 'a_E1', op: '>=', value: 500 },
    provenance: { status: 'published', source: '好品山东 差异性条件 (domain.md §2.3)' },
  },
  {
    id: 'S1',
    label: label(
      '上年度营业收入不低于 100 万元（公益性单位除外）',
      'Prior-year revenue of at least 1 million CNY (public-welfare bodies exempt)',
    ),
    sectors: ['services'],
    when: { fact: 's_E1', op: '>=', value: 100 },
    exempt: { fact: 'public_welfare', op: '==', value: true },
    provenance: { status: 'published', source: '青岛优品 服务业 (domain.md §3.3)' },
  },
  {
    id: 'S2',
    label: label('从业人员不少于 50 人', 'At least 50 employees'),
    sectors: ['services'],
    when: { fact: 's_E4', op: '>=', value: 50 },
    provenance: { status: 'published', source: '青岛优品 服务业 (domain.md §3.3)' },
  },
  {
    id: 'S3',
    label: label(
      '服务质量体系健全、服务标准完备',
      'Sound service-quality system with documented service standards',
    ),
    sectors: ['services'],
    when: { fact: 'service_quality_system', op: '==', value: true },
    provenance: { status: 'published', source: '青岛优品 服务业 (domain.md §3.3)' },
  },
];

const vetoes: RuleInput[] = [
  {
    id: 'V1',
    label: label('申报材料虚假、篡改或伪造', 'False, altered or fabricated application material'),
    when: { event: 'false_material', withinYears: 10 },
    provenance: {
      status: 'published',
      source: '"山东制造" 否决项 1 (domain.md §4.4)',
      note: 'Also fired by a failed verification of a gate item (m_Q1).',
    },
  },
  {
    id: 'V2',
    label: label(
      '列入严重失信主体名单或公共信用评价为最低等级',
      'On a serious-dishonesty list, or the lowest public-credit grade',
    ),
    when: {
      any: [
        { event: 'serious_dishonesty_list', withinYears: 3 },
        { fact: 'credit_grade', in: ['D'] },
      ],
    },
    provenance: {
      ...VETO,
      note: 'List membership is published (好品山东 G2); mapping grade D to a veto is a proposal.',
    },
  },
  {
    id: 'V3',
    label: label(
      '近 3 年发生较大及以上质量、安全、环保、卫生责任事故',
      'A larger-or-worse quality, safety, environmental or hygiene accident in 3 years',
    ),
    when: {
      event: ['quality_accident', 'safety_accident', 'environmental_accident', 'hygiene_accident'],
      severity: ['larger', 'major', 'especially_major'],
      withinYears: 3,
    },
    provenance: {
      status: 'published',
      source: '好品山东 G4; "山东制造" 否决项 3 (domain.md §2.3, §4.4)',
    },
  },
  {
    id: 'V4',
    label: label('近 3 年产品监督抽查不合格', 'Failed a government spot check in 3 years'),
    sectors: ['manufacturing', 'agriculture'],
    when: { event: 'spot_check_failed', withinYears: 3 },
    provenance: { status: 'published', source: '好品山东 G4 (domain.md §2.3)' },
  },
  {
    id: 'V5',
    label: label(
      '近 3 年因假冒伪劣或商标侵权受到处罚',
      'Penalised for counterfeit goods or trademark infringement in 3 years',
    ),
    when: { event: ['counterfeit_penalty', 'trademark_infringement_penalty'], withinYears: 3 },
    provenance: { status: 'published', source: '"山东制造" 否决项 4 (domain.md §4.4)' },
  },
  {
    id: 'V6',
    label: label('近 3 年有重大税收违法行为', 'A major tax violation in 3 years'),
    when: { event: 'major_tax_violation', withinYears: 3 },
    provenance: { status: 'published', source: '"山东制造" 否决项 5 (domain.md §4.4)' },
  },
  {
    id: 'V7',
    label: label(
      '近 3 年受到较大环境行政处罚或列入环境信用红名单',
      'A serious environmental penalty or the environmental-credit red list in 3 years',
    ),
    when: { event: 'environmental_penalty', severity: ['serious'], withinYears: 3 },
    provenance: VETO,
  },
  {
    id: 'V8',
    label: label(
      '近 1 年经舆情调查确认的重大舆情事件',
      'A major public-opinion incident confirmed within 1 year',
    ),
    when: { event: 'major_public_opinion_incident', withinYears: 1 },
    provenance: { status: 'published', source: '青岛优品 基础性条件 (domain.md §3.3)' },
  },
  {
    id: 'V9',
    label: label(
      '近 3 年发生食品、农产品质量安全事件',
      'A food or farm-produce safety incident in 3 years',
    ),
    sectors: ['agriculture'],
    when: { event: 'food_safety_incident', withinYears: 3 },
    provenance: VETO,
  },
];

/**
 * Annual monitoring after the award (domain.md §6.10): the vetoes run again on new events (a failed
 * spot check of a manufacturer's or farm's product is V4); these rules add the title's own
 * obligations. Revocation for logo misuse and a cessation of production or service; rectification
 * (约谈整改) for a self-report not submitted by its date and for minor findings of an inspection.
 */
const MONITORING = {
  status: 'proposed',
  source: 'domain.md §6.10',
  note: 'Revocation triggers as listed there; the rectification deadlines (30 and 90 days) are proposals, after the 2025 省长质量奖 approach (约谈 and rectification within a deadline).',
} as const;

const monitoring: NonNullable<ModelInput['monitoring']> = {
  rules: [
    {
      id: 'W1',
      label: label('违规使用"聊城优品"标识', 'Misuse of the 聊城优品 logo'),
      when: { event: 'logo_misuse', withinYears: 1 },
      action: 'revoke',
      provenance: MONITORING,
    },
    {
      id: 'W2',
      label: label('停止生产或停止提供服务', 'Production or service has ceased'),
      when: { event: 'production_ceased', withinYears: 1 },
      action: 'revoke',
      provenance: MONITORING,
    },
    {
      id: 'W3',
      label: label('未按期报送年度自评报告', 'Annual self-report not submitted by its date'),
      when: { event: 'self_report_overdue', withinYears: 1 },
      action: 'rectify',
      deadlineDays: 30,
      provenance: MONITORING,
    },
    {
      id: 'W4',
      label: label('监督检查发现一般问题', 'Minor findings of an inspection'),
      when: { event: 'inspection_finding', severity: ['minor'], withinYears: 1 },
      action: 'rectify',
      deadlineDays: 90,
      provenance: MONITORING,
    },
  ],
  rectifiedEvent: 'rectified',
  provenance: MONITORING,
};

/** Gates, vetoes, panel, selection, validity and monitoring, spread into the 聊城优品 model. */
export const liaochengProgramme: Pick<
  ModelInput,
  | 'facts'
  | 'series'
  | 'evaluationDate'
  | 'gates'
  | 'vetoes'
  | 'panel'
  | 'selection'
  | 'validity'
  | 'monitoring'
> = {
  facts,
  series,
  evaluationDate: '2024-06-30',
  gates,
  vetoes,
  panel: { method: 'trimmed', trim: 1, trimFrom: 5, minSize: 3, maxSpread: 30 },
  selection: {
    threshold: 70,
    floors: { Q: 50, I: 50, B: 50, E: 50, S: 50 },
    quotas: { manufacturing: 8, agriculture: 6, services: 6 },
    tieBreak: [
      { by: 'node', node: 'Q' },
      { by: 'node', node: 'I' },
      { by: 'fact', fact: 'credit_grade', order: ['A', 'B', 'C', 'D'] },
      { by: 'expertMean' },
    ],
    bands: [
      { id: 'excellent', label: label('优', 'Excellent'), min: 90 },
      { id: 'good', label: label('良', 'Good'), min: 80 },
      { id: 'fair', label: label('中', 'Fair'), min: 70 },
    ],
    provenance: {
      status: 'proposed',
      source: 'domain.md §6.9',
      note: 'Threshold 70 and floors 50 as proposed; quotas of about 15–20 % of the sample batch (泉城好品 selected 15 %, 好品山东 about 6 %); the 5th tie-break (the committee) is left to people: the report marks such a tie `tie_unresolved`.',
    },
  },
  validity: {
    years: 3,
    reapplicationBanYears: 3,
    provenance: {
      status: 'proposed',
      source: 'domain.md §6.10',
      note: '广东名牌 and 琅琊榜 use 3 years.',
    },
  },
  monitoring,
};
