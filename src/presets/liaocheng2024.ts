// The default 聊城优品 model, written out as plain data.
//
// Where the numbers come from: youpin's domain research, §6 ("[P] Proposed default model").
// 聊城优品 publishes no indicator table, weights, points or bounds (domain §3.2). What IS
// published is its five main indicators (质量、创新、品牌、效益、可持续发展, 聊城日报 2024-09-09)
// and that it is modelled on 好品山东; the sector split and the gate numbers follow 好品山东 and
// 青岛优品. Every weight, bound, category score and point value below is therefore a PROPOSAL,
// marked `status: 'proposed'` — a start-up configuration to be recalibrated (domain §6.4), never
// an official rule. Gates (§6.2) and vetoes (§6.3) are not leaves and are not encoded here.
//
// Leaf ids carry a sector prefix (m_ 制造业, a_ 农业, s_ 服务业) and the leaf number of the
// tables in domain §6.5–6.7; each sector profile weights only its own leaves.

import type { ModelInput, Provenance } from '../model/types.js';
import { liaochengProgramme } from './_liaochengProgramme.js';

const M: Provenance = { status: 'proposed', source: 'domain.md §6.5' };
const A: Provenance = { status: 'proposed', source: 'domain.md §6.6' };
const S: Provenance = { status: 'proposed', source: 'domain.md §6.7' };

const PERCENT = '%';
const SCORE = { zh: '分（0–100）', en: 'score (0–100)' } as const;
const WAN_YUAN = { zh: '万元', en: '10k CNY' } as const;
const RANK = { zh: '名次', en: 'rank' } as const;
const GRADE = { zh: '等级', en: 'grade' } as const;
const ITEMS = { zh: '计分项', en: 'scored items' } as const;

const CREDIT_NOTE =
  'A 100, B 80, C 40 per the table. D scores 0 here only so that the table is complete: a D ' +
  'grade is veto V2 (domain §6.3), handled by the rules stage, not by the score.';

/** 公共信用综合评价等级 A/B/C/D (identical in all three sectors). */
const CREDIT_GRADES = [
  { value: 'A', score: 100, label: { zh: 'A 级（诚信）', en: 'Grade A (trustworthy)' } },
  { value: 'B', score: 80, label: { zh: 'B 级（较好）', en: 'Grade B (good)' } },
  { value: 'C', score: 40, label: { zh: 'C 级（一般）', en: 'Grade C (fair)' } },
  { value: 'D', score: 0, label: { zh: 'D 级（较差，一票否决）', en: 'Grade D (poor; veto V2)' } },
] as const;

/** Brand honours scored alike in 制造业 B2 and 服务业 B1 (domain §6.5 B2; §6.7 B1 "same table style"). */
const BRAND_HONOURS = [
  {
    id: 'good_products_shandong',
    points: 40,
    label: { zh: '好品山东', en: 'Good Products Shandong' },
  },
  {
    id: 'china_time_honoured',
    points: 30,
    label: { zh: '中华老字号', en: 'China Time-honoured Brand' },
  },
  {
    id: 'shandong_time_honoured',
    points: 20,
    label: { zh: '山东老字号', en: 'Shandong Time-honoured Brand' },
  },
  {
    id: 'china_top500_brand',
    points: 30,
    label: { zh: '中国 500 最具价值品牌', en: "China's 500 Most Valuable Brands" },
  },
] as const;

const SHANDONG_KNOWN_BRAND = {
  id: 'shandong_known_brand',
  points: 10,
  label: { zh: '山东知名/优质品牌', en: 'Shandong known or quality brand' },
} as const;

/**
 * The default 聊城优品 (Liaocheng Premium Products) model: a proposal, not an official rule set.
 *
 * Five dimensions (质量 Q, 创新 I, 品牌 B, 效益 E, 可持续发展 S) over the leaves of three sectors
 * (制造业 21 leaves `m_…`, 农业 19 `a_…`, 服务业 19 `s_…`), each sector with its own dimension and
 * leaf weights, goalposts, category tables and point items, all taken from youpin's domain
 * research §6 and marked `proposed`. Gates and vetoes are not part of it.
 *
 * @example
 * ```ts
 * import { defineModel, effectiveWeights } from 'youpin';
 * import { liaocheng2024 } from 'youpin/presets';
 * const model = defineModel(liaocheng2024);
 * effectiveWeights(model, 'manufacturing')['m_Q1']; // → '0.09'  (质量 0.30 × 执行标准水平 0.30)
 * ```
 */
export const liaocheng2024: ModelInput = {
  id: 'liaocheng-youpin',
  version: '2024.1-proposed',
  name: { zh: '聊城优品', en: 'Liaocheng Premium Products' },
  description: {
    zh:
      '“聊城优品”默认评价模型（建议稿）：质量、创新、品牌、效益、可持续发展五个维度，制造业、' +
      '农业、服务业分别设二级指标与权重。所有权重、区间、分值均为建议值，并非官方规则。',
    en:
      'Default model for Liaocheng Premium Products (a proposal): five dimensions — quality, ' +
      'innovation, brand, performance, sustainability — with second-level indicators and ' +
      'weights per sector (manufacturing, agriculture, services). All weights, bounds and point ' +
      'values are proposals, not official rules.',
  },
  provenance: {
    status: 'proposed',
    source: 'youpin domain research §6 (docs/domain), modelled on 好品山东 and 青岛优品',
    note:
      'Nothing here is official: 聊城优品 has published no indicator table, weights or points ' +
      '(domain §3.2). Only the five main indicators are published; every number is a proposal ' +
      'to be recalibrated per batch (e.g. lo = P10, hi = P90 of eligible applicants, §6.4).',
  },
  scale: { min: 0, max: 100 },
  rounding: { decimals: 2, mode: 'half-up' },
  tree: {
    id: 'total',
    label: { zh: '总分', en: 'Total score' },
    children: [
      // ───────────────────────────── Q 质量 ─────────────────────────────
      {
        id: 'Q',
        label: { zh: '质量', en: 'Quality' },
        provenance: {
          status: 'published',
          source: '聊城日报 2024-09-09 (domain.md §3.1): main indicator 质量',
          note: 'The dimension is published; its weights and indicators are proposals.',
        },
        children: [
          {
            id: 'm_Q1',
            label: { zh: '执行标准水平', en: 'Level of the standard applied' },
            unit: GRADE,
            source: 'system',
            missing: 'invalid',
            scoring: {
              method: 'categorical',
              categories: [
                {
                  value: 'international_lead',
                  score: 100,
                  label: { zh: '主导制定国际标准', en: 'Led an international standard' },
                },
                {
                  value: 'international_advanced',
                  score: 90,
                  label: { zh: '国际先进', en: 'International advanced level' },
                },
                {
                  value: 'domestic_leading',
                  score: 80,
                  label: { zh: '国内领先', en: 'Domestic leading level' },
                },
                {
                  value: 'domestic_advanced',
                  score: 60,
                  label: { zh: '国内先进', en: 'Domestic advanced level' },
                },
                {
                  value: 'industry_advanced',
                  score: 40,
                  label: { zh: '行业先进', en: 'Industry advanced level' },
                },
                {
                  value: 'national_or_industry_standard',
                  score: 20,
                  label: {
                    zh: '仅达国标/行标',
                    en: 'Meets the national or industry standard only',
                  },
                },
              ],
            },
            evidence: {
              required: true,
              description: {
                zh: '执行标准文本及水平评价（对标）证明',
                en: 'The standard applied and proof of its level (benchmarking)',
              },
            },
            verification: { onFail: 'veto', veto: 'V1' },
            provenance: {
              ...M,
              note:
                'Sector gate (§6.2) requires ≥ 国内先进; 好品山东 requires 国内领先 (published, ' +
                'domain §2.3). The category scores are proposals.',
            },
          },
          {
            id: 'm_Q2',
            label: { zh: '关键技术/性能指标对标', en: 'Key technical indicators vs. benchmark' },
            description: {
              zh: '专家对照国内外最优水平评分 0–100',
              en: 'Expert score 0–100 against the best domestic or international benchmark',
            },
            unit: SCORE,
            source: 'expert',
            missing: 'invalid',
            scoring: { method: 'direct' },
            provenance: M,
          },
          {
            id: 'm_Q3',
            label: {
              zh: '质量管理成熟度',
              en: 'Quality-management maturity',
            },
            description: {
              zh: 'ISO 9001、行业质量体系、导入卓越绩效、质量奖',
              en: 'ISO 9001, sector QMS, performance-excellence model, quality awards',
            },
            unit: ITEMS,
            source: 'system',
            missing: 'zero',
            scoring: {
              method: 'points',
              items: [
                { id: 'iso9001', points: 20, label: { zh: 'ISO 9001 认证', en: 'ISO 9001' } },
                {
                  id: 'sector_qms',
                  points: 15,
                  label: { zh: 'IATF 16949 等行业质量体系认证', en: 'IATF 16949 or sector QMS' },
                },
                {
                  id: 'excellence_model',
                  points: 20,
                  label: {
                    zh: '导入卓越绩效模式',
                    en: 'Performance-excellence model adopted',
                  },
                },
                {
                  id: 'mayor_quality_award',
                  points: 25,
                  label: { zh: '市长质量奖', en: "Mayor's Quality Award" },
                },
                {
                  id: 'governor_quality_award',
                  points: 40,
                  label: {
                    zh: '省长质量奖（含提名奖）',
                    en: "Governor's Quality Award (incl. nomination)",
                  },
                },
                {
                  id: 'national_quality_award',
                  points: 60,
                  label: {
                    zh: '全国质量奖/中国质量奖',
                    en: 'National Quality Award / China Quality Award',
                  },
                },
              ],
              cap: 100,
            },
            provenance: M,
          },
          {
            id: 'm_Q4',
            label: { zh: '顾客满意度（第三方测评）', en: 'Customer satisfaction (third-party)' },
            unit: PERCENT,
            domain: { min: 0, max: 100 },
            source: 'third_party',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 70, upper: 95 },
            provenance: M,
          },
          {
            id: 'm_Q5',
            label: {
              zh: '顾客有效投诉率/质量损失率',
              en: 'Valid complaint rate / quality-loss rate',
            },
            unit: { zh: '‰（占销售额）', en: '‰ of sales' },
            domain: { min: 0, max: 1000 },
            direction: 'lower',
            source: 'self_declared',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 0, upper: 5 },
            evidence: { required: true },
            provenance: M,
          },
          {
            id: 'a_Q1',
            label: { zh: '质量认证等级', en: 'Quality-certification level' },
            description: {
              zh: '无公害/绿色/有机/地理标志/名特优新，取最高一项',
              en: 'Pollution-free, green, organic, GI or featured listing: the highest held',
            },
            unit: GRADE,
            source: 'system',
            missing: 'invalid',
            scoring: {
              method: 'categorical',
              categories: [
                { value: 'organic', score: 100, label: { zh: '有机产品', en: 'Organic' } },
                {
                  value: 'geographical_indication',
                  score: 100,
                  label: { zh: '地理标志', en: 'Geographical indication' },
                },
                {
                  value: 'green_food',
                  score: 80,
                  label: { zh: '绿色食品', en: 'Green food' },
                },
                {
                  value: 'featured_quality',
                  score: 70,
                  label: {
                    zh: '全国名特优新农产品',
                    en: 'National featured high-quality agricultural product',
                  },
                },
                {
                  value: 'pollution_free',
                  score: 50,
                  label: {
                    zh: '无公害农产品/承诺达标合格证',
                    en: 'Pollution-free product / compliance certificate',
                  },
                },
              ],
            },
            provenance: {
              ...A,
              note: '"有机 or 地理标志 100" is split into two categories of equal score.',
            },
          },
          {
            id: 'a_Q2',
            label: {
              zh: '农产品质量安全抽检合格率（近 3 年）',
              en: 'Quality-safety spot-check pass rate (3 years)',
            },
            unit: PERCENT,
            domain: { min: 0, max: 100 },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 98, upper: 100 },
            provenance: A,
          },
          {
            id: 'a_Q3',
            label: { zh: '全程质量追溯覆盖率', en: 'Full-chain traceability coverage' },
            unit: { zh: '%（占产量）', en: '% of output' },
            domain: { min: 0, max: 100 },
            source: 'third_party',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 0, upper: 100 },
            provenance: A,
          },
          {
            id: 'a_Q4',
            label: { zh: '标准化生产基地占比', en: 'Share of standardised production base' },
            unit: { zh: '%（占面积/产量）', en: '% of area or output' },
            domain: { min: 0, max: 100 },
            source: 'self_declared',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 20, upper: 100 },
            evidence: { required: true },
            provenance: A,
          },
          {
            id: 'a_Q5',
            label: { zh: '特色品质', en: 'Distinctive quality' },
            description: {
              zh: '感官、营养、地域特征，依据检测报告由专家评分 0–100',
              en: 'Sensory, nutritional and regional traits; expert score 0–100 on test reports',
            },
            unit: SCORE,
            source: 'expert',
            missing: 'invalid',
            scoring: { method: 'direct' },
            evidence: {
              required: true,
              description: { zh: '检测报告', en: 'Laboratory test reports' },
            },
            provenance: A,
          },
          {
            id: 's_Q1',
            label: { zh: '服务标准化水平', en: 'Service standardisation level' },
            unit: GRADE,
            source: 'system',
            missing: 'invalid',
            scoring: {
              method: 'categorical',
              categories: [
                {
                  value: 'national_pilot',
                  score: 100,
                  label: {
                    zh: '国家级服务标准化试点',
                    en: 'National service-standardisation pilot',
                  },
                },
                {
                  value: 'provincial_pilot',
                  score: 80,
                  label: {
                    zh: '省级服务标准化试点',
                    en: 'Provincial service-standardisation pilot',
                  },
                },
                {
                  value: 'complete_system',
                  score: 60,
                  label: {
                    zh: '建立完整的企业服务标准体系',
                    en: 'Complete in-house service-standard system',
                  },
                },
                {
                  value: 'partial_system',
                  score: 30,
                  label: {
                    zh: '部分建立企业服务标准',
                    en: 'Partial in-house service standards',
                  },
                },
              ],
            },
            evidence: { required: true },
            provenance: S,
          },
          {
            id: 's_Q2',
            label: { zh: '顾客满意度（第三方测评）', en: 'Customer satisfaction (third-party)' },
            unit: PERCENT,
            domain: { min: 0, max: 100 },
            source: 'third_party',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 70, upper: 95 },
            provenance: S,
          },
          {
            id: 's_Q3',
            label: {
              zh: '有效投诉率（12315 及平台）',
              en: 'Valid complaint rate (12315 and platforms)',
            },
            unit: { zh: '件/万单', en: 'per 10,000 orders' },
            domain: { min: 0, max: 10000 },
            direction: 'lower',
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 0, upper: 5 },
            provenance: {
              ...S,
              note: 'Source "system (12315 data) + third-party" is recorded as system.',
            },
          },
          {
            id: 's_Q4',
            label: { zh: '服务认证/等级', en: 'Service certification and rating' },
            description: {
              zh: '服务认证、行业星级/A 级评定、ISO 9001',
              en: 'Service certification, sector star or A-level rating, ISO 9001',
            },
            unit: ITEMS,
            source: 'system',
            missing: 'zero',
            scoring: {
              method: 'points',
              items: [
                {
                  id: 'service_certification',
                  points: 40,
                  label: { zh: '服务认证', en: 'Service certification' },
                },
                {
                  id: 'rating_top',
                  points: 40,
                  label: {
                    zh: '行业最高等级评定（如五星级、5A 级）',
                    en: 'Top sector rating (e.g. five-star, 5A)',
                  },
                },
                {
                  id: 'rating_second',
                  points: 30,
                  label: {
                    zh: '行业次高等级评定（如四星级、4A 级）',
                    en: 'Second sector rating (e.g. four-star, 4A)',
                  },
                },
                {
                  id: 'rating_other',
                  points: 20,
                  label: {
                    zh: '行业其他等级评定（三星级、3A 级及以下）',
                    en: 'Other sector rating (three-star, 3A or below)',
                  },
                },
                { id: 'iso9001', points: 20, label: { zh: 'ISO 9001 认证', en: 'ISO 9001' } },
              ],
              cap: 100,
            },
            provenance: {
              ...S,
              note:
                'The table gives "行业星级/等级 (by level) 20–40"; the split into 40/30/20 by ' +
                'rating tier is a proposal of this preset.',
            },
          },
        ],
      },
      // ───────────────────────────── I 创新 ─────────────────────────────
      {
        id: 'I',
        label: { zh: '创新', en: 'Innovation' },
        provenance: {
          status: 'published',
          source: '聊城日报 2024-09-09 (domain.md §3.1): main indicator 创新',
          note: 'The dimension is published; its weights and indicators are proposals.',
        },
        children: [
          {
            id: 'm_I1',
            label: { zh: '研发投入强度（近 3 年平均）', en: 'R&D intensity (3-year average)' },
            unit: { zh: '%（占营业收入）', en: '% of revenue' },
            domain: { min: 0 },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 3, upper: 10 },
            provenance: {
              ...M,
              note:
                'The lower goalpost equals the sector gate R&D ≥ 3%, which is published for ' +
                '好品山东 and 青岛优品 (domain §2.3, §3.3); the upper goalpost is a proposal.',
            },
          },
          {
            id: 'm_I2',
            label: { zh: '有效发明专利', en: 'Invention patents in force' },
            unit: { zh: '件', en: 'patents' },
            domain: { min: 0, integer: true },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'log', lower: 1, upper: 50 },
            provenance: { ...M, note: '0 patents score 0 (at or below the lower goalpost).' },
          },
          {
            id: 'm_I3',
            label: { zh: '主导/参与标准制定', en: 'Standards led or co-drafted' },
            unit: ITEMS,
            source: 'system',
            missing: 'zero',
            scoring: {
              method: 'points',
              items: [
                {
                  id: 'international',
                  points: 30,
                  label: { zh: '国际标准', en: 'International standard' },
                },
                { id: 'national', points: 20, label: { zh: '国家标准', en: 'National standard' } },
                { id: 'industry', points: 10, label: { zh: '行业标准', en: 'Industry standard' } },
                {
                  id: 'group_or_local',
                  points: 5,
                  label: { zh: '团体标准/地方标准', en: 'Association or local standard' },
                },
              ],
              cap: 100,
            },
            provenance: { ...M, note: 'Points per standard (每项).' },
          },
          {
            id: 'm_I4',
            label: { zh: '创新平台与成果', en: 'Innovation platforms and results' },
            description: {
              zh: '省级以上研发平台，首台（套）/首批次/首版次，科技奖励',
              en: 'Provincial+ R&D platforms, first-of-kind products, S&T awards',
            },
            unit: ITEMS,
            source: 'system',
            missing: 'zero',
            scoring: {
              method: 'points',
              items: [
                {
                  id: 'national_platform',
                  points: 40,
                  label: { zh: '国家级研发平台', en: 'National R&D platform' },
                },
                {
                  id: 'provincial_platform',
                  points: 20,
                  label: { zh: '省级研发平台', en: 'Provincial R&D platform' },
                },
                {
                  id: 'first_of_kind',
                  points: 20,
                  label: {
                    zh: '首台（套）/首批次/首版次（每项）',
                    en: 'First unit / first batch / first version (each)',
                  },
                },
                {
                  id: 'national_st_award',
                  points: 40,
                  label: { zh: '国家科学技术奖', en: 'National science and technology award' },
                },
                {
                  id: 'provincial_st_award',
                  points: 20,
                  label: { zh: '省级科学技术奖', en: 'Provincial science and technology award' },
                },
              ],
              cap: 100,
            },
            provenance: M,
          },
          {
            id: 'a_I1',
            label: {
              zh: '新品种、新技术、新装备应用',
              en: 'New varieties, techniques and equipment',
            },
            unit: ITEMS,
            source: 'system',
            missing: 'zero',
            scoring: {
              method: 'points',
              items: [
                {
                  id: 'own_variety',
                  points: 40,
                  label: {
                    zh: '自育品种/植物新品种权',
                    en: 'Own-bred variety / plant variety right',
                  },
                },
                {
                  id: 'extension_project',
                  points: 20,
                  label: {
                    zh: '省级以上农技推广项目（每项）',
                    en: 'Provincial+ agri-extension project (each)',
                  },
                },
                {
                  id: 'smart_equipment',
                  points: 20,
                  label: { zh: '智能装备应用', en: 'Smart equipment in use' },
                },
              ],
              cap: 100,
            },
            provenance: A,
          },
          {
            id: 'a_I2',
            label: {
              zh: '产学研合作与知识产权',
              en: 'Research partnerships and intellectual property',
            },
            unit: { zh: '项', en: 'items' },
            domain: { min: 0, integer: true },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'log', lower: 1, upper: 20 },
            provenance: A,
          },
          {
            id: 'a_I3',
            label: { zh: '数字化/智慧农业水平', en: 'Digital / smart-farming level' },
            unit: SCORE,
            source: 'expert',
            missing: 'invalid',
            scoring: { method: 'direct' },
            provenance: A,
          },
          {
            id: 's_I1',
            label: { zh: '服务模式创新', en: 'Service-model innovation' },
            description: {
              zh: '全国首创/填补空白、可推广性，专家评分 0–100',
              en: 'Nationally first or gap-filling, replicability; expert score 0–100',
            },
            unit: SCORE,
            source: 'expert',
            missing: 'invalid',
            scoring: { method: 'direct' },
            provenance: S,
          },
          {
            id: 's_I2',
            label: { zh: '数字化与研发投入', en: 'Digital and R&D spending' },
            description: {
              zh: '研发或信息化投入占营业收入比重',
              en: 'R&D or IT spending as a share of revenue',
            },
            unit: { zh: '%（占营业收入）', en: '% of revenue' },
            domain: { min: 0 },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 0, upper: 5 },
            provenance: S,
          },
          {
            id: 's_I3',
            label: { zh: '知识产权与标准', en: 'Intellectual property and standards' },
            description: {
              zh: '软件著作权、专利、主导制定标准',
              en: 'Software copyrights, patents, standards led',
            },
            unit: ITEMS,
            source: 'system',
            missing: 'zero',
            scoring: {
              method: 'points',
              items: [
                {
                  id: 'national_standard',
                  points: 20,
                  label: { zh: '主导国家标准（每项）', en: 'National standard led (each)' },
                },
                {
                  id: 'industry_or_group_standard',
                  points: 10,
                  label: {
                    zh: '主导行业/团体标准（每项）',
                    en: 'Industry or association standard led (each)',
                  },
                },
                {
                  id: 'invention_patent',
                  points: 10,
                  label: { zh: '发明专利（每件）', en: 'Invention patent (each)' },
                },
                {
                  id: 'software_copyright',
                  points: 2,
                  label: { zh: '软件著作权（每件）', en: 'Software copyright (each)' },
                },
              ],
              cap: 100,
            },
            provenance: S,
          },
        ],
      },
      // ───────────────────────────── B 品牌 ─────────────────────────────
      {
        id: 'B',
        label: { zh: '品牌', en: 'Brand' },
        provenance: {
          status: 'published',
          source: '聊城日报 2024-09-09 (domain.md §3.1): main indicator 品牌',
          note: 'The dimension is published; its weights and indicators are proposals.',
        },
        children: [
          {
            id: 'm_B1',
            label: { zh: '国内市场占有率排名', en: 'Domestic market-share rank' },
            description: {
              zh: '行业内排名，第 1 名最好；20 名以外或无排名得 0 分',
              en: 'Rank in the industry, 1 = best; outside the top 20 or unranked scores 0',
            },
            unit: RANK,
            domain: { min: 1, integer: true },
            direction: 'lower',
            source: 'self_declared',
            missing: 'zero',
            scoring: { method: 'linear', lower: 1, upper: 20 },
            evidence: {
              required: true,
              description: {
                zh: '行业协会或第三方出具的排名证明',
                en: 'Ranking evidence from an industry association or third party',
              },
            },
            provenance: {
              ...M,
              note:
                '好品山东 gates on domestic rank ≤ 20 and provincial rank ≤ 5 (published, domain ' +
                '§2.3); the scoring range [1, 20] is a proposal. Missing = not ranked = 0.',
            },
          },
          {
            id: 'm_B2',
            label: { zh: '品牌荣誉', en: 'Brand honours' },
            unit: ITEMS,
            source: 'system',
            missing: 'zero',
            scoring: {
              method: 'points',
              items: [
                ...BRAND_HONOURS,
                {
                  id: 'little_giant_or_champion',
                  points: 25,
                  label: {
                    zh: '专精特新“小巨人”/制造业单项冠军',
                    en: 'Specialised "little giant" / single-product champion',
                  },
                },
                SHANDONG_KNOWN_BRAND,
              ],
              cap: 100,
            },
            provenance: M,
          },
          {
            id: 'm_B3',
            label: { zh: '品牌强度/价值', en: 'Brand strength / value' },
            description: {
              zh: '按 GB/T 29186/29188 评价的品牌强度（0–1000）；未评价时可留空',
              en: 'Brand strength (0–1000) assessed under GB/T 29186/29188; blank if not assessed',
            },
            unit: { zh: '分（0–1000）', en: 'points (0–1000)' },
            domain: { min: 0, max: 1000 },
            source: 'third_party',
            missing: 'renormalise',
            scoring: { method: 'linear', lower: 500, upper: 950 },
            evidence: {
              required: true,
              description: { zh: '品牌评价报告', en: 'Brand-evaluation report' },
            },
            provenance: {
              ...M,
              note:
                'The table proposes an expert proxy when not assessed; this preset leaves the ' +
                'leaf out instead and renormalises the other 品牌 leaves.',
            },
          },
          {
            id: 'm_B4',
            label: { zh: '品牌管理与传播', en: 'Brand management and communication' },
            description: {
              zh: '品牌战略、商标布局、海外注册、传播，专家评分 0–100',
              en: 'Brand strategy, trademarks, overseas filings, communication; expert 0–100',
            },
            unit: SCORE,
            source: 'expert',
            missing: 'invalid',
            scoring: { method: 'direct' },
            provenance: M,
          },
          {
            id: 'a_B1',
            label: { zh: '品牌荣誉/目录', en: 'Brand honours and listings' },
            unit: ITEMS,
            source: 'system',
            missing: 'zero',
            scoring: {
              method: 'points',
              items: [
                {
                  id: 'good_products_shandong',
                  points: 40,
                  label: { zh: '好品山东', en: 'Good Products Shandong' },
                },
                {
                  id: 'provincial_known_brand',
                  points: 30,
                  label: {
                    zh: '山东省知名农产品企业品牌/区域公用品牌',
                    en: 'Shandong known agricultural enterprise or regional brand',
                  },
                },
                {
                  id: 'gi_authorised_use',
                  points: 20,
                  label: { zh: '地理标志授权使用', en: 'Authorised use of a GI' },
                },
                {
                  id: 'municipal_brand',
                  points: 10,
                  label: { zh: '市级品牌', en: 'Municipal brand' },
                },
              ],
              cap: 100,
            },
            provenance: {
              ...A,
              note: 'The indicator name mentions 老字号, but the table gives it no points.',
            },
          },
          {
            id: 'a_B2',
            label: { zh: '市场覆盖（省外销售占比）', en: 'Market reach (sales outside Shandong)' },
            unit: { zh: '%（占销售额）', en: '% of sales' },
            domain: { min: 0, max: 100 },
            source: 'self_declared',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 10, upper: 70 },
            evidence: { required: true },
            provenance: A,
          },
          {
            id: 'a_B3',
            label: { zh: '品牌溢价率', en: 'Brand price premium' },
            description: {
              zh: '相对同类产品市场均价，第三方价格调查',
              en: 'Against the market average of like products; third-party price survey',
            },
            unit: PERCENT,
            source: 'third_party',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 0, upper: 50 },
            provenance: A,
          },
          {
            id: 'a_B4',
            label: { zh: '品牌认知与传播', en: 'Brand awareness and communication' },
            description: {
              zh: '消费者调查或专家评分 0–100',
              en: 'Consumer survey or expert score 0–100',
            },
            unit: SCORE,
            source: 'third_party',
            missing: 'invalid',
            scoring: { method: 'direct' },
            provenance: {
              ...A,
              note:
                'Source "third-party/expert": recorded as third_party (consumer survey); an ' +
                'expert score on the same 0–100 scale may stand in.',
            },
          },
          {
            id: 's_B1',
            label: { zh: '品牌荣誉', en: 'Brand honours' },
            description: {
              zh: '好品山东、老字号、服务名牌等',
              en: 'Good Products Shandong, time-honoured brands, service brands',
            },
            unit: ITEMS,
            source: 'system',
            missing: 'zero',
            scoring: {
              method: 'points',
              items: [
                ...BRAND_HONOURS,
                {
                  id: 'service_brand',
                  points: 10,
                  label: { zh: '服务名牌', en: 'Service brand (服务名牌)' },
                },
                SHANDONG_KNOWN_BRAND,
              ],
              cap: 100,
            },
            provenance: {
              ...S,
              note:
                'The table says "same table style as 6.5 B2": items follow 制造业 B2, without the ' +
                'manufacturing-only 小巨人/单项冠军 and with 服务名牌 10 added by this preset.',
            },
          },
          {
            id: 's_B2',
            label: { zh: '市场地位（行业排名）', en: 'Market position (industry rank)' },
            description: {
              zh: '行业排名或区域占有率排名，第 1 名最好；20 名以外或无排名得 0 分',
              en: 'Industry or regional-share rank, 1 = best; outside the top 20 or unranked: 0',
            },
            unit: RANK,
            domain: { min: 1, integer: true },
            direction: 'lower',
            source: 'self_declared',
            missing: 'zero',
            scoring: { method: 'linear', lower: 1, upper: 20 },
            evidence: { required: true },
            provenance: { ...S, note: 'Missing = not ranked = 0.' },
          },
          {
            id: 's_B3',
            label: { zh: '服务网络（门店网点数）', en: 'Service network (outlets)' },
            unit: { zh: '个', en: 'outlets' },
            domain: { min: 0, integer: true },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'log', lower: 5, upper: 500 },
            provenance: {
              ...S,
              note:
                'The table allows outlets log [5, 500] or annual visits log [1e4, 1e7]; this ' +
                'preset uses outlets.',
            },
          },
          {
            id: 's_B4',
            label: { zh: '口碑（平台评分）', en: 'Reputation (platform rating)' },
            unit: { zh: '分（5 分制）', en: 'rating (out of 5)' },
            domain: { min: 0, max: 5 },
            source: 'third_party',
            missing: 'renormalise',
            scoring: { method: 'linear', lower: '4.0', upper: '4.9' },
            provenance: {
              ...S,
              note:
                'The table allows an expert score instead of a platform rating; this preset ' +
                'leaves the leaf out (renormalising the other 品牌 leaves) when no rating exists.',
            },
          },
        ],
      },
      // ───────────────────────────── E 效益 ─────────────────────────────
      {
        id: 'E',
        label: { zh: '效益', en: 'Performance' },
        provenance: {
          status: 'published',
          source: '聊城日报 2024-09-09 (domain.md §3.1): main indicator 效益',
          note: 'The dimension is published; its weights and indicators are proposals.',
        },
        children: [
          {
            id: 'm_E1',
            label: { zh: '营业收入（上年度）', en: 'Revenue (prior year)' },
            unit: WAN_YUAN,
            domain: { min: 0 },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'log', lower: 2000, upper: 200000 },
            provenance: {
              ...M,
              note:
                'The lower goalpost equals the published revenue gate ≥ 2000万元 (好品山东 and ' +
                '青岛优品, domain §2.3, §3.3); the upper goalpost is a proposal.',
            },
          },
          {
            id: 'm_E2',
            label: { zh: '营业收入 3 年复合增长率', en: 'Revenue 3-year CAGR' },
            unit: PERCENT,
            domain: { min: -100 },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 0, upper: 20 },
            provenance: M,
          },
          {
            id: 'm_E3',
            label: { zh: '成本费用利润率', en: 'Profit-to-cost ratio' },
            unit: PERCENT,
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 0, upper: 15 },
            provenance: M,
          },
          {
            id: 'm_E4',
            label: { zh: '亩均税收', en: 'Tax per mu of land' },
            unit: { zh: '万元/亩', en: '10k CNY per mu' },
            domain: { min: 0 },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 5, upper: 50 },
            provenance: {
              ...M,
              note:
                'The table offers 纳税总额 log [100, 20000] 万元 when 亩均税收 is unavailable; ' +
                'that alternative is not encoded here.',
            },
          },
          {
            id: 'a_E1',
            label: { zh: '营业收入', en: 'Revenue' },
            unit: WAN_YUAN,
            domain: { min: 0 },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'log', lower: 500, upper: 50000 },
            provenance: {
              ...A,
              note:
                'The lower goalpost equals the published revenue gate ≥ 500万元 (好品山东 and ' +
                '青岛优品, domain §2.3, §3.3); the upper goalpost is a proposal.',
            },
          },
          {
            id: 'a_E2',
            label: { zh: '营业收入 3 年复合增长率', en: 'Revenue 3-year CAGR' },
            unit: PERCENT,
            domain: { min: -100 },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 0, upper: 20 },
            provenance: A,
          },
          {
            id: 'a_E3',
            label: { zh: '销售利润率', en: 'Profit margin on sales' },
            unit: PERCENT,
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 0, upper: 15 },
            provenance: A,
          },
          {
            id: 's_E1',
            label: { zh: '营业收入', en: 'Revenue' },
            unit: WAN_YUAN,
            domain: { min: 0 },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'log', lower: 100, upper: 50000 },
            provenance: {
              ...S,
              note:
                'The lower goalpost equals the revenue gate ≥ 100万元 published for 青岛优品 ' +
                '(domain §3.3); the upper goalpost is a proposal.',
            },
          },
          {
            id: 's_E2',
            label: { zh: '营业收入 3 年复合增长率', en: 'Revenue 3-year CAGR' },
            unit: PERCENT,
            domain: { min: -100 },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 0, upper: 20 },
            provenance: S,
          },
          {
            id: 's_E3',
            label: { zh: '营业利润率', en: 'Operating margin' },
            unit: PERCENT,
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 0, upper: 15 },
            provenance: S,
          },
          {
            id: 's_E4',
            label: { zh: '吸纳就业人数', en: 'Employees' },
            description: {
              zh: '以社会保险缴纳数据为准',
              en: 'As shown by social-insurance data',
            },
            unit: { zh: '人', en: 'persons' },
            domain: { min: 0, integer: true },
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'log', lower: 50, upper: 2000 },
            provenance: {
              ...S,
              note:
                'The lower goalpost equals the employee gate ≥ 50 published for 青岛优品 ' +
                '(domain §3.3); the upper goalpost is a proposal.',
            },
          },
        ],
      },
      // ─────────────────────────── S 可持续发展 ───────────────────────────
      {
        id: 'S',
        label: { zh: '可持续发展', en: 'Sustainability' },
        provenance: {
          status: 'published',
          source: '聊城日报 2024-09-09 (domain.md §3.1): main indicator 可持续发展',
          note: 'The dimension is published; its weights and indicators are proposals.',
        },
        children: [
          {
            id: 'm_S1',
            label: {
              zh: '单位产值综合能耗（与行业均值之比）',
              en: 'Energy use per unit of output vs. industry average',
            },
            unit: { zh: '比值（企业/行业均值）', en: 'ratio (firm / industry average)' },
            domain: { min: 0 },
            direction: 'lower',
            source: 'system',
            missing: 'invalid',
            scoring: { method: 'linear', lower: '0.5', upper: '1.5' },
            provenance: {
              ...M,
              note: 'Source "system/third-party" is recorded as system; < 0.5 scores 100.',
            },
          },
          {
            id: 'm_S2',
            label: { zh: '绿色制造', en: 'Green manufacturing' },
            description: {
              zh: '绿色工厂、绿色设计产品、ISO 14001、清洁生产审核',
              en: 'Green factory, green-design products, ISO 14001, cleaner-production audit',
            },
            unit: ITEMS,
            source: 'system',
            missing: 'zero',
            scoring: {
              method: 'points',
              items: [
                {
                  id: 'national_green_factory',
                  points: 50,
                  label: { zh: '国家级绿色工厂', en: 'National green factory' },
                },
                {
                  id: 'provincial_green_factory',
                  points: 30,
                  label: { zh: '省级绿色工厂', en: 'Provincial green factory' },
                },
                {
                  id: 'green_design_product',
                  points: 20,
                  label: { zh: '绿色设计产品', en: 'Green-design product' },
                },
                { id: 'iso14001', points: 20, label: { zh: 'ISO 14001 认证', en: 'ISO 14001' } },
                {
                  id: 'cleaner_production_audit',
                  points: 10,
                  label: { zh: '清洁生产审核', en: 'Cleaner-production audit' },
                },
              ],
              cap: 100,
            },
            provenance: M,
          },
          {
            id: 'm_S3',
            label: { zh: '公共信用综合评价等级', en: 'Public-credit grade' },
            unit: GRADE,
            source: 'third_party',
            missing: 'invalid',
            fact: 'credit_grade',
            scoring: { method: 'categorical', categories: CREDIT_GRADES },
            provenance: { ...M, note: CREDIT_NOTE },
          },
          {
            id: 'm_S4',
            label: { zh: '社会责任', en: 'Social responsibility' },
            description: {
              zh: '就业、公益、安全生产标准化，专家评分 0–100',
              en: 'Employment, charity, work-safety standardisation; expert score 0–100',
            },
            unit: SCORE,
            source: 'expert',
            missing: 'invalid',
            scoring: { method: 'direct' },
            provenance: M,
          },
          {
            id: 'a_S1',
            label: { zh: '联农带农（带动农户数）', en: 'Farm households supported' },
            unit: { zh: '户', en: 'households' },
            domain: { min: 0, integer: true },
            source: 'self_declared',
            missing: 'invalid',
            scoring: { method: 'log', lower: 100, upper: 10000 },
            evidence: { required: true },
            provenance: A,
          },
          {
            id: 'a_S2',
            label: { zh: '绿色生产', en: 'Green production' },
            description: {
              zh: '化肥农药减量、投入品管控，专家依据证明材料评分 0–100',
              en: 'Fertiliser and pesticide reduction, input control; expert 0–100 on evidence',
            },
            unit: SCORE,
            source: 'expert',
            missing: 'invalid',
            scoring: { method: 'direct' },
            evidence: { required: true },
            provenance: A,
          },
          {
            id: 'a_S3',
            label: { zh: '公共信用综合评价等级', en: 'Public-credit grade' },
            unit: GRADE,
            source: 'third_party',
            missing: 'invalid',
            fact: 'credit_grade',
            scoring: { method: 'categorical', categories: CREDIT_GRADES },
            provenance: { ...A, note: CREDIT_NOTE },
          },
          {
            id: 'a_S4',
            label: { zh: '资源利用', en: 'Resource use' },
            description: {
              zh: '节水灌溉覆盖率或废弃物资源化利用率',
              en: 'Water-saving irrigation coverage or waste recycling rate',
            },
            unit: PERCENT,
            domain: { min: 0, max: 100 },
            source: 'self_declared',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 0, upper: 90 },
            evidence: { required: true },
            provenance: A,
          },
          {
            id: 's_S1',
            label: { zh: '公共信用综合评价等级', en: 'Public-credit grade' },
            unit: GRADE,
            source: 'third_party',
            missing: 'invalid',
            fact: 'credit_grade',
            scoring: { method: 'categorical', categories: CREDIT_GRADES },
            provenance: { ...S, note: CREDIT_NOTE },
          },
          {
            id: 's_S2',
            label: { zh: '绿色服务', en: 'Green services' },
            description: {
              zh: '节能、绿色门店/饭店、无纸化，专家评分 0–100',
              en: 'Energy saving, green outlets or hotels, paperless service; expert 0–100',
            },
            unit: SCORE,
            source: 'expert',
            missing: 'invalid',
            scoring: { method: 'direct' },
            provenance: S,
          },
          {
            id: 's_S3',
            label: { zh: '社会责任', en: 'Social responsibility' },
            description: {
              zh: '公益、无障碍/适老化服务，专家评分 0–100',
              en: 'Charity, accessible and age-friendly services; expert score 0–100',
            },
            unit: SCORE,
            source: 'expert',
            missing: 'invalid',
            scoring: { method: 'direct' },
            provenance: S,
          },
          {
            id: 's_S4',
            label: { zh: '人才培养（持证上岗率）', en: 'Staff development (certified staff)' },
            unit: { zh: '%（持证上岗人员占比）', en: '% of staff certified' },
            domain: { min: 0, max: 100 },
            source: 'self_declared',
            missing: 'invalid',
            scoring: { method: 'linear', lower: 50, upper: 100 },
            evidence: { required: true },
            provenance: {
              ...S,
              note: 'The table allows 持证上岗率 or 人均培训学时; this preset uses 持证上岗率.',
            },
          },
        ],
      },
    ],
  },
  sectors: [
    {
      id: 'manufacturing',
      label: { zh: '制造业', en: 'Manufacturing' },
      profile: {
        weights: {
          Q: 0.3,
          I: 0.25,
          B: 0.2,
          E: 0.15,
          S: 0.1,
          m_Q1: 0.3,
          m_Q2: 0.25,
          m_Q3: 0.2,
          m_Q4: 0.15,
          m_Q5: 0.1,
          m_I1: 0.35,
          m_I2: 0.25,
          m_I3: 0.2,
          m_I4: 0.2,
          m_B1: 0.35,
          m_B2: 0.25,
          m_B3: 0.2,
          m_B4: 0.2,
          m_E1: 0.3,
          m_E2: 0.25,
          m_E3: 0.25,
          m_E4: 0.2,
          m_S1: 0.35,
          m_S2: 0.25,
          m_S3: 0.25,
          m_S4: 0.15,
        },
        provenance: {
          status: 'proposed',
          source: 'domain.md §6.5',
          note: 'Dimension weights Q .30, I .25, B .20, E .15, S .10; leaf weights = "Local w".',
        },
      },
    },
    {
      id: 'agriculture',
      label: { zh: '农业', en: 'Agriculture' },
      profile: {
        weights: {
          Q: 0.35,
          I: 0.1,
          B: 0.25,
          E: 0.15,
          S: 0.15,
          a_Q1: 0.25,
          a_Q2: 0.2,
          a_Q3: 0.2,
          a_Q4: 0.2,
          a_Q5: 0.15,
          a_I1: 0.4,
          a_I2: 0.3,
          a_I3: 0.3,
          a_B1: 0.3,
          a_B2: 0.25,
          a_B3: 0.25,
          a_B4: 0.2,
          a_E1: 0.4,
          a_E2: 0.3,
          a_E3: 0.3,
          a_S1: 0.3,
          a_S2: 0.3,
          a_S3: 0.25,
          a_S4: 0.15,
        },
        provenance: {
          status: 'proposed',
          source: 'domain.md §6.6',
          note: 'Dimension weights Q .35, I .10, B .25, E .15, S .15; leaf weights = "Local w".',
        },
      },
    },
    {
      id: 'services',
      label: { zh: '服务业', en: 'Services' },
      profile: {
        weights: {
          Q: 0.35,
          I: 0.15,
          B: 0.25,
          E: 0.15,
          S: 0.1,
          s_Q1: 0.25,
          s_Q2: 0.3,
          s_Q3: 0.2,
          s_Q4: 0.25,
          s_I1: 0.4,
          s_I2: 0.3,
          s_I3: 0.3,
          s_B1: 0.3,
          s_B2: 0.25,
          s_B3: 0.2,
          s_B4: 0.25,
          s_E1: 0.3,
          s_E2: 0.25,
          s_E3: 0.25,
          s_E4: 0.2,
          s_S1: 0.35,
          s_S2: 0.25,
          s_S3: 0.2,
          s_S4: 0.2,
        },
        provenance: {
          status: 'proposed',
          source: 'domain.md §6.7',
          note: 'Dimension weights Q .35, I .15, B .25, E .15, S .10; leaf weights = "Local w".',
        },
      },
    },
  ],
  ...liaochengProgramme,
};
