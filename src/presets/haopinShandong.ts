// The 好品山东 (Good Products Shandong) model, written out as plain data, and a benchmark for
// comparing a 聊城优品 report against it.
//
// What is published (domain.md §2): the eligibility gates for 企业(产品)品牌 — six common
// 基础性条件 and the 差异性条件 of 制造业 and 农业, as presented by the Liaocheng SAMR briefing of
// 2023-12-20 (§2.3) — and the five first-level dimensions 质量、创新、品牌、效益、绿色发展 (§2.2).
// What is NOT published: the 评价细则 with its second-level indicators, weights and points; the
// service-sector 差异性条件 (unreadable in the source); any quota, threshold, validity period or
// exit rule (§2.5, §2.6). The scoring tree is therefore minimal — one evaluator-supplied score per
// dimension, equal weights marked `proposed` — and there is no selection, veto list or validity.
//
// Facts an applicant provides (`facts`): registered_in_shandong (independent legal person
// registered in Shandong), years_operating, public_welfare, own_trademark,
// quality_management_system; 制造业: revenue (prior year, 万元), standard_level, key_tech_leading,
// first_of_kind (provincial-level or higher 首台(套)/首批次/首版次), national_market_share_rank,
// provincial_market_share_rank; 农业: revenue, primary_production, certifications
// (pollution_free | green_food | organic). Series (`series`): net_profit and rnd_ratio (%) by
// year. Events (`events`): bad_credit_record, spot_check_failed, quality_accident,
// safety_accident, environmental_accident, hygiene_accident (severity major | especially_major).

import type { Benchmark } from '../benchmark/types.js';
import type { FactInput, Label, ModelInput, Provenance, SeriesInput } from '../model/types.js';
import type { RuleInput } from '../rules/types.js';

export type { Benchmark } from '../benchmark/types.js';

/** The Liaocheng SAMR briefing (2023-12-20) reported by 大众网, domain.md §2.3. */
const GATES_SOURCE = 'http://www.hcygmm.com/news/2067.html';
const GATE: Provenance = { status: 'published', source: GATES_SOURCE };
const DIMENSIONS_SOURCE =
  'https://freewechat.com/a/MzA4OTA1MTEzMg==/2651245286/2 (batch 1: "突出质量、创新、品牌、效益及绿色发展等评价指标"); domain.md §2.2';
const label = (zh: string, en: string): Label => ({ zh, en });

const FACT: Provenance = { status: 'published', source: GATES_SOURCE };
const STANDARD_LEVELS = [
  { value: 'international_lead', label: label('国际领跑', 'International front-runner') },
  { value: 'international_leading', label: label('国际领先', 'International leading') },
  { value: 'international_advanced', label: label('国际先进', 'International advanced') },
  { value: 'domestic_leading', label: label('国内领先', 'Domestic leading') },
  { value: 'domestic_advanced', label: label('国内先进', 'Domestic advanced') },
  { value: 'industry_average', label: label('行业一般水平', 'Industry average') },
];

const facts: FactInput[] = [
  {
    id: 'registered_in_shandong',
    label: label('在山东注册的独立法人', 'Registered in Shandong as an independent legal person'),
    type: 'boolean',
    aliases: ['是否在山东注册', '山东注册', 'registered in shandong'],
    provenance: FACT,
  },
  {
    id: 'years_operating',
    label: label('连续经营年限', 'Years of continuous operation'),
    type: 'number',
    unit: { zh: '年', en: 'years' },
    domain: { min: 0 },
    aliases: ['经营年限', '成立年限', '经营年数', 'years operating'],
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
    aliases: ['是否拥有自主注册商标', '自主商标', 'own trademark'],
    provenance: FACT,
  },
  {
    id: 'quality_management_system',
    label: label('质量管理体系健全', 'Sound quality-management system'),
    type: 'boolean',
    aliases: ['质量管理体系', 'quality management system'],
    provenance: FACT,
  },
  {
    id: 'revenue',
    label: label('上年度营业收入', 'Prior-year revenue'),
    type: 'number',
    unit: { zh: '万元', en: '10k CNY' },
    domain: { min: 0 },
    aliases: ['营业收入', '营收', 'revenue'],
    provenance: FACT,
  },
  {
    id: 'standard_level',
    label: label('执行标准水平', 'Level of the executed standard'),
    type: 'category',
    values: STANDARD_LEVELS,
    aliases: ['标准水平', 'standard level'],
    provenance: FACT,
  },
  {
    id: 'key_tech_leading',
    label: label('关键技术国内领先', 'Key technology leading in China'),
    type: 'boolean',
    aliases: ['key tech leading'],
    provenance: FACT,
  },
  {
    id: 'first_of_kind',
    label: label(
      '省级以上首台（套）、首批次、首版次',
      'Provincial or higher first-of-kind product',
    ),
    type: 'boolean',
    aliases: ['首台套', 'first of kind'],
    provenance: FACT,
  },
  {
    id: 'national_market_share_rank',
    label: label('全国市场占有率排名', 'National market-share rank'),
    type: 'number',
    unit: { zh: '名', en: 'rank' },
    domain: { min: 1, integer: true },
    aliases: ['全国市场占有率位次', 'national market share rank'],
    provenance: FACT,
  },
  {
    id: 'provincial_market_share_rank',
    label: label('全省市场占有率排名', 'Provincial market-share rank'),
    type: 'number',
    unit: { zh: '名', en: 'rank' },
    domain: { min: 1, integer: true },
    aliases: ['全省市场占有率位次', 'provincial market share rank'],
    provenance: FACT,
  },
  {
    id: 'primary_production',
    label: label(
      '从事种植、林、牧、渔业生产',
      'Engaged in crop, forestry, livestock or fishery production',
    ),
    type: 'boolean',
    aliases: ['农业生产', 'primary production'],
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
    ],
    aliases: ['产品认证', '认证情况', 'certifications'],
    provenance: FACT,
  },
];

const series: SeriesInput[] = [
  {
    id: 'net_profit',
    label: label('净利润', 'Net profit'),
    unit: { zh: '万元', en: '10k CNY' },
    aliases: ['利润', 'net profit'],
    provenance: FACT,
  },
  {
    id: 'rnd_ratio',
    label: label('研发投入占营业收入比重', 'R&D spending as a share of revenue'),
    unit: '%',
    aliases: ['研发投入强度', 'R&D ratio'],
    provenance: FACT,
  },
];

const gates: RuleInput[] = [
  // ─────────────────────── 基础性条件 (all sectors) ───────────────────────
  {
    id: 'G1',
    label: label(
      '在山东注册的独立法人，连续经营满 5 年',
      'Independent legal person registered in Shandong, operating for at least 5 consecutive years',
    ),
    when: {
      all: [
        { fact: 'registered_in_shandong', op: '==', value: true },
        { fact: 'years_operating', op: '>=', value: 5 },
      ],
    },
    provenance: GATE,
  },
  {
    id: 'G2',
    label: label(
      '申报主体及其法定代表人近 3 年无不良社会信用记录',
      'No bad social-credit record of the applicant or its legal representative in the last 3 years',
    ),
    when: { not: { event: 'bad_credit_record', withinYears: 3 } },
    provenance: {
      ...GATE,
      note: 'Records of the applicant and of its legal representative are both filed as bad_credit_record events.',
    },
  },
  {
    id: 'G3',
    label: label(
      '近 5 年内未出现连续 2 年及以上亏损（公益性单位除外）',
      'No two or more consecutive loss years within the last 5 years (public-welfare bodies exempt)',
    ),
    when: { not: { series: 'net_profit', last: 5, consecutive: { op: '<', value: 0, count: 2 } } },
    exempt: { fact: 'public_welfare', op: '==', value: true },
    provenance: {
      ...GATE,
      note: 'A loss year is a year with net_profit < 0; the window is the 5 complete years before the evaluation year.',
    },
  },
  {
    id: 'G4',
    label: label(
      '近 3 年无监督抽查不合格，未发生重大质量、安全、环保、卫生责任事故',
      'No failed government spot check and no major quality, safety, environmental or hygiene liability accident in the last 3 years',
    ),
    when: {
      not: {
        any: [
          { event: 'spot_check_failed', withinYears: 3 },
          {
            event: [
              'quality_accident',
              'safety_accident',
              'environmental_accident',
              'hygiene_accident',
            ],
            severity: ['major', 'especially_major'],
            withinYears: 3,
          },
        ],
      },
    },
    provenance: {
      ...GATE,
      note: '"重大" is read as the severities major and especially_major; an accident filed without a severity does not count.',
    },
  },
  {
    id: 'G5',
    label: label(
      '拥有自主品牌的注册商标且注册有效',
      'Owns the registered trademark of its own brand, registration valid',
    ),
    when: { fact: 'own_trademark', op: '==', value: true },
    provenance: GATE,
  },
  {
    id: 'G6',
    label: label(
      '质量管理体系健全，质量和服务标准严格',
      'Sound quality-management system with strict quality and service standards',
    ),
    when: { fact: 'quality_management_system', op: '==', value: true },
    provenance: GATE,
  },

  // ─────────────────────── 差异性条件 制造业 ───────────────────────
  {
    id: 'M1',
    label: label('上年度营业收入不低于 2000 万元', 'Prior-year revenue of at least 20 million CNY'),
    sectors: ['manufacturing'],
    when: { fact: 'revenue', op: '>=', value: 2000 },
    provenance: { ...GATE, note: 'revenue in 万元 (10k CNY).' },
  },
  {
    id: 'M2',
    label: label(
      '近 3 年研发投入占销售收入比重超过 3%',
      'R&D spending above 3 % of sales over the last 3 years',
    ),
    sectors: ['manufacturing'],
    when: { series: 'rnd_ratio', last: 3, aggregate: 'mean', op: '>', value: 3 },
    provenance: {
      ...GATE,
      note: '"超过 3%" is strict (> 3). Read as the mean of the three yearly ratios (%); the ratio of the 3-year sums would differ slightly, and the source does not say which.',
    },
  },
  {
    id: 'M3',
    label: label(
      '产品执行标准达到国内领先及以上水平',
      "The product's executed standard is at domestic-leading level or higher",
    ),
    sectors: ['manufacturing'],
    when: {
      fact: 'standard_level',
      in: [
        'international_lead',
        'international_leading',
        'international_advanced',
        'domestic_leading',
      ],
    },
    provenance: {
      ...GATE,
      note: 'Level codes as in the 聊城优品 preset (leaf m_Q1), plus international_leading (国际领先).',
    },
  },
  {
    id: 'M4',
    label: label(
      '关键技术指标国内领先或填补空白，或获省级及以上首台（套）、首批次、首版次认定',
      'Key technical indicators leading or filling a gap, or a provincial-or-higher first-of-its-kind (首台套/首批次/首版次) recognition',
    ),
    sectors: ['manufacturing'],
    when: {
      any: [
        { fact: 'key_tech_leading', op: '==', value: true },
        { fact: 'first_of_kind', op: '==', value: true },
      ],
    },
    provenance: GATE,
  },
  {
    id: 'M5',
    label: label(
      '市场占有率全国同行业前 20 名且全省前 5 名',
      'Market share among the top 20 of the industry nationally and the top 5 in the province',
    ),
    sectors: ['manufacturing'],
    when: {
      all: [
        { fact: 'national_market_share_rank', op: '<=', value: 20 },
        { fact: 'provincial_market_share_rank', op: '<=', value: 5 },
      ],
    },
    provenance: GATE,
  },

  // ─────────────────────── 差异性条件 农业 ───────────────────────
  {
    id: 'A1',
    label: label(
      '从事种植、林、牧、渔业生产',
      'Engaged in crop, forestry, livestock or fishery production',
    ),
    sectors: ['agriculture'],
    when: { fact: 'primary_production', op: '==', value: true },
    provenance: GATE,
  },
  {
    id: 'A2',
    label: label('上年度营业收入不低于 500 万元', 'Prior-year revenue of at least 5 million CNY'),
    sectors: ['agriculture'],
    when: { fact: 'revenue', op: '>=', value: 500 },
    provenance: { ...GATE, note: 'revenue in 万元 (10k CNY).' },
  },
  {
    id: 'A3',
    label: label(
      '产品获得“三品”（无公害、绿色、有机）认证',
      'Product certified under the "three products" scheme (pollution-free, green, organic)',
    ),
    sectors: ['agriculture'],
    when: {
      fact: 'certifications',
      includesAny: ['pollution_free', 'green_food', 'organic'],
    },
    provenance: {
      ...GATE,
      note: 'The source excerpt is truncated after this condition, so further agricultural conditions were not readable and are not encoded.',
    },
  },
];

/** Equal dimension weights: a proposal, since the 评价细则 is unpublished. */
const EQUAL: Provenance = {
  status: 'proposed',
  note: 'Equal weights (1/5 each) are a placeholder: the 好品山东 评价细则 with its weights is referenced but unpublished (domain.md §2.1, §2.2).',
};

const dimension = (id: string, name: Label, note: string) => ({
  id,
  label: name,
  description: label(
    `${name.zh}维度得分（0–100），由评价方按“好品山东”评价细则给出`,
    `The ${name.en.toLowerCase()} dimension score (0–100), supplied by the evaluator under the 好品山东 rules`,
  ),
  unit: label('分（0–100）', 'score (0–100)'),
  source: 'expert' as const,
  missing: 'invalid' as const,
  scoring: { method: 'direct' as const },
  provenance: {
    status: 'published' as const,
    source: DIMENSIONS_SOURCE,
    note: `${note} The dimension is published; scoring it as one direct 0–100 score is a proposal (its indicators are unpublished).`,
  },
});

/**
 * The 好品山东 (Good Products Shandong) model: the published eligibility gates and the five
 * published dimensions, with equal (proposed) weights.
 *
 * Gates: the common 基础性条件 G1–G6 and the 差异性条件 of 制造业 (M1–M5) and 农业 (A1–A3), all
 * `published` (domain.md §2.3). The service-sector conditions were not readable in the source,
 * so services applicants pass the common gates only. The score tree has one `direct` leaf per
 * dimension (Q 质量, I 创新, B 品牌, E 效益, S 绿色/可持续发展), each a 0–100 score supplied by the
 * evaluator, weighted 1/5 each (`proposed`).
 *
 * @example
 * ```ts
 * import { defineModel, score } from 'youpin';
 * import { haopinShandong } from 'youpin/presets';
 * const report = score(defineModel(haopinShandong), [
 *   { id: 'X', sector: 'services', values: { Q: 80, I: 80, B: 80, E: 80, S: 80 }, facts: { years_operating: 4 } },
 * ]);
 * report.entities[0]?.status; // → 'ineligible'
 * report.entities[0]?.eligibility.gates.map((g) => g.result).slice(0, 2); // → [ 'failed', 'passed' ]
 * ```
 */
export const haopinShandong: ModelInput = {
  id: 'haopin-shandong',
  version: '2024.3',
  name: label('好品山东', 'Good Products Shandong'),
  description: label(
    '“好品山东”企业（产品）品牌：已公布的申报条件（基础性条件与制造业、农业差异性条件）作为资格门槛；' +
      '质量、创新、品牌、效益、绿色发展五个维度各由评价方给出 0–100 分，等权（建议值，评价细则未公开）。' +
      '服务业差异性条件在来源中不可读，未编码。',
    'Good Products Shandong, enterprise (product) brands: the published application conditions ' +
      '(common conditions and the manufacturing and agriculture sector conditions) as eligibility ' +
      'gates; the five dimensions quality, innovation, brand, performance and green development, ' +
      'each scored 0–100 by the evaluator and weighted equally (a proposal: the evaluation rules ' +
      'are unpublished). The service-sector conditions were not readable in the source and are ' +
      'not encoded.',
  ),
  provenance: {
    status: 'proposed',
    source: 'youpin domain research §2 (好品山东)',
    note:
      'Gates and dimensions are published (each carries its own provenance); the scoring ' +
      '(weights, one direct score per dimension) is a proposal. evaluationDate 2024-05-10 is the ' +
      'published date of batch 3 (中国品牌日; http://pocyrvb.cn/html/2024/5/364484.shtml, domain.md ' +
      '§2.5). Services: the 差异性条件 were not readable in the source (domain.md §2.3) and are not ' +
      'invented here. No quota, threshold, validity or exit rule is published (§2.5, §2.6).',
  },
  scale: { min: 0, max: 100 },
  rounding: { decimals: 2, mode: 'half-up' },
  evaluationDate: '2024-05-10',
  tree: {
    id: 'total',
    label: label('总分', 'Total score'),
    children: [
      dimension('Q', label('质量', 'Quality'), 'Batch 1: 质量.'),
      dimension('I', label('创新', 'Innovation'), 'Batch 1: 创新.'),
      dimension('B', label('品牌', 'Brand'), 'Batch 1: 品牌.'),
      dimension('E', label('效益', 'Performance'), 'Batch 1: 效益.'),
      dimension(
        'S',
        label('绿色发展（可持续发展）', 'Green (sustainable) development'),
        'Batch 1: 绿色发展; 聊城优品 and 青岛优品 call it 可持续发展.',
      ),
    ],
  },
  profile: {
    weights: { Q: '1/5', I: '1/5', B: '1/5', E: '1/5', S: '1/5' },
    provenance: EQUAL,
  },
  sectors: [
    { id: 'manufacturing', label: label('制造业', 'Manufacturing') },
    { id: 'agriculture', label: label('农业', 'Agriculture') },
    { id: 'services', label: label('服务业', 'Services') },
  ],
  facts,
  series,
  gates,
};

const LINE: Provenance = {
  status: 'proposed',
  note: '好品山东 publishes no points or dimension thresholds; 80 (the 良 band of the 财政部 performance bands, domain.md §5) is a proposal.',
};

/**
 * A 好品山东 bar for 聊城优品 reports: one line per dimension (质量 Q, 创新 I, 品牌 B, 效益 E,
 * 可持续发展 S), each a proposed 80 — nothing of it is published.
 *
 * @example
 * ```ts
 * import { haopinShandongBenchmark } from 'youpin/presets';
 * haopinShandongBenchmark.lines.map((l) => l.node); // → [ 'Q', 'I', 'B', 'E', 'S' ]
 * ```
 */
export const haopinShandongBenchmark: Benchmark = {
  id: 'haopin-shandong-benchmark',
  version: '2024.1-proposed',
  name: label('好品山东对标线', 'Good Products Shandong benchmark'),
  provenance: {
    status: 'proposed',
    source: 'youpin domain research §2.2 (dimensions published, no points)',
    note: 'For comparing a 聊城优品 report (dimension ids Q, I, B, E, S) against 好品山东; every line is a proposal.',
  },
  lines: [
    { node: 'Q', min: 80, provenance: LINE },
    { node: 'I', min: 80, provenance: LINE },
    { node: 'B', min: 80, provenance: LINE },
    { node: 'E', min: 80, provenance: LINE },
    { node: 'S', min: 80, provenance: LINE },
  ],
};
