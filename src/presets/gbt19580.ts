// GB/T 19580-2012 卓越绩效评价准则 (Criteria for performance excellence), written out as plain
// data: 7 categories, 23 scored items, 1000 points, each item judged as a percentage in 5 % steps
// (GB/Z 19579-2012 卓越绩效评价准则实施指南).
//
// Provenance: the structure (the seven categories 领导 … 结果) is confirmed by public sources
// (domain.md §4.1, [Q]); the point values and the item numbering are the standard's text as known
// to the research author ([K]), NOT re-verified against the standard in this project — hence
// `inferred`. The 5 % steps and the ADLI / LeTCI judging dimensions are GB/Z 19579 [K],
// cross-checked against the Baldrige scoring guidelines it derives from.
//
// The leaf score is the item's percentage on the 0–100 scale; the item's points weight it
// (points / 1000), so the model's total is on 0–100 and equals the GB/T 19580 points / 10.
// An award model is not a quota list: no gates, vetoes or selection. GB/Z 19579's bands
// (0–5 %, 10–25 %, …, 90–100 %) describe an item's percentage, not the total, so they are not a
// `selection.bands` here.

import type { LeafInput, ModelInput, Provenance } from '../model/types.js';

const STRUCTURE: Provenance = {
  status: 'published',
  source:
    'GB/T 19580-2012 categories: http://xiaoshengyiren.com/paper.asp?Aid=1546&Fid=405 ; https://www.doczj.com/doc/342252249.html (domain.md §4.1)',
};
const POINTS: Provenance = {
  status: 'inferred',
  source: 'GB/T 19580-2012 as known to the research author [K], not re-verified',
};
const ITEM: Provenance = {
  ...STRUCTURE,
  note:
    'Item names and numbers (4.x.1 is the general clause, items start at 4.x.2) are [K]. The ' +
    'judging in 5 % steps follows GB/Z 19579-2012 [K], cross-checked against the Baldrige scoring ' +
    'guidelines (domain.md §4.1).',
};

const PERCENT_SCORE = { zh: '得分率 %（5% 的整数倍）', en: '% (a multiple of 5)' } as const;

/** A process item (4.1–4.6), judged on ADLI. */
const processItem = (id: string, zh: string, en: string): LeafInput => ({
  id,
  label: { zh, en },
  description: {
    zh:
      `${zh}：按方法（A）、展开（D）、学习（L）、整合（I）评价，得分率取 0、5、…、100%` +
      '（GB/Z 19579）；叶节点得分即得分率（0–100），以条款分值加权。',
    en:
      `${en}: judged on approach (A), deployment (D), learning (L) and integration (I), as a ` +
      'percentage 0, 5, …, 100 (GB/Z 19579); the leaf score is that percentage (0–100), weighted ' +
      "by the item's points.",
  },
  unit: PERCENT_SCORE,
  source: 'expert',
  missing: 'invalid',
  scoring: { method: 'banded', step: 5 },
  provenance: ITEM,
});

/** A results item (4.7), judged on LeTCI. */
const resultsItem = (id: string, zh: string, en: string): LeafInput => ({
  id,
  label: { zh, en },
  description: {
    zh:
      `${zh}：按水平（Le）、趋势（T）、对比（C）、整合（I）评价，得分率取 0、5、…、100%` +
      '（GB/Z 19579）；叶节点得分即得分率（0–100），以条款分值加权。',
    en:
      `${en}: judged on levels (Le), trends (T), comparisons (C) and integration (I), as a ` +
      'percentage 0, 5, …, 100 (GB/Z 19579); the leaf score is that percentage (0–100), weighted ' +
      "by the item's points.",
  },
  unit: PERCENT_SCORE,
  source: 'expert',
  missing: 'invalid',
  scoring: { method: 'banded', step: 5 },
  provenance: ITEM,
});

/**
 * GB/T 19580-2012 卓越绩效评价准则 (Criteria for performance excellence) as a points-based model.
 *
 * Seven categories (4.1 领导 110, 4.2 战略 90, 4.3 顾客与市场 90, 4.4 资源 130, 4.5 过程管理 100,
 * 4.6 测量、分析与改进 80, 4.7 结果 400) and their 23 items, 1000 points in all, given as
 * `profile.points` (`inferred`: the standard as known to the research author, not re-verified).
 * Every item is an expert leaf scored `banded` in 5 % steps (GB/Z 19579); the total is on 0–100,
 * i.e. the GB/T 19580 points divided by 10. One sector, `all`.
 *
 * @example
 * ```ts
 * import { defineModel, effectiveWeights } from 'youpin';
 * import { gbt19580 } from 'youpin/presets';
 * effectiveWeights(defineModel(gbt19580), 'all')['i4_7_2']; // → '0.08'  (产品和服务结果 80 / 1000)
 * ```
 */
export const gbt19580: ModelInput = {
  id: 'gbt19580-2012',
  version: '2012',
  name: {
    zh: 'GB/T 19580-2012 卓越绩效评价准则',
    en: 'GB/T 19580-2012 Criteria for performance excellence',
  },
  description: {
    zh:
      '卓越绩效评价准则：7 个类目、23 个评分条款，共 1000 分。各条款由评审员按 GB/Z 19579 给出 ' +
      '0–100% 的得分率（5% 为一档）：过程条款（4.1–4.6）按方法、展开、学习、整合评价，结果条款（4.7）' +
      '按水平、趋势、对比、整合评价。叶节点得分即得分率，条款分值作权重，总分（0–100）等于 1000 分制得分除以 10。',
    en:
      'Criteria for performance excellence: 7 categories, 23 scored items, 1000 points. Examiners ' +
      'give each item a percentage 0–100 in 5 % steps (GB/Z 19579): process items (4.1–4.6) on ' +
      'approach, deployment, learning and integration (ADLI), results items (4.7) on levels, ' +
      "trends, comparisons and integration (LeTCI). The leaf score is the percentage, the item's " +
      'points weight it, and the total (0–100) equals the 1000-point score divided by 10.',
  },
  provenance: {
    ...POINTS,
    note:
      'The category structure is published (see the categories); the points and item numbering ' +
      'are [K]. No gates, vetoes or selection: an award model is not a quota list, and the ' +
      'GB/Z 19579 bands apply to item percentages, not to the total.',
  },
  scale: { min: 0, max: 100 },
  rounding: { decimals: 2, mode: 'half-up' },
  tree: {
    id: 'total',
    label: { zh: '总分', en: 'Total score' },
    children: [
      {
        id: 'c4_1',
        label: { zh: '4.1 领导', en: '4.1 Leadership' },
        provenance: STRUCTURE,
        children: [
          processItem('i4_1_2', '4.1.2 高层领导的作用', '4.1.2 Role of senior leaders'),
          processItem('i4_1_3', '4.1.3 组织治理', '4.1.3 Organisational governance'),
          processItem('i4_1_4', '4.1.4 社会责任', '4.1.4 Social responsibility'),
        ],
      },
      {
        id: 'c4_2',
        label: { zh: '4.2 战略', en: '4.2 Strategy' },
        provenance: STRUCTURE,
        children: [
          processItem('i4_2_2', '4.2.2 战略制定', '4.2.2 Strategy development'),
          processItem('i4_2_3', '4.2.3 战略部署', '4.2.3 Strategy deployment'),
        ],
      },
      {
        id: 'c4_3',
        label: { zh: '4.3 顾客与市场', en: '4.3 Customers and markets' },
        provenance: STRUCTURE,
        children: [
          processItem(
            'i4_3_2',
            '4.3.2 顾客和市场的了解',
            '4.3.2 Understanding customers and markets',
          ),
          processItem(
            'i4_3_3',
            '4.3.3 顾客关系与顾客满意',
            '4.3.3 Customer relationships and satisfaction',
          ),
        ],
      },
      {
        id: 'c4_4',
        label: { zh: '4.4 资源', en: '4.4 Resources' },
        provenance: STRUCTURE,
        children: [
          processItem('i4_4_2', '4.4.2 人力资源', '4.4.2 Human resources'),
          processItem('i4_4_3', '4.4.3 财务资源', '4.4.3 Financial resources'),
          processItem(
            'i4_4_4',
            '4.4.4 信息和知识资源',
            '4.4.4 Information and knowledge resources',
          ),
          processItem('i4_4_5', '4.4.5 技术资源', '4.4.5 Technology resources'),
          processItem('i4_4_6', '4.4.6 基础设施', '4.4.6 Infrastructure'),
          processItem('i4_4_7', '4.4.7 相关方关系', '4.4.7 Stakeholder relationships'),
        ],
      },
      {
        id: 'c4_5',
        label: { zh: '4.5 过程管理', en: '4.5 Process management' },
        provenance: STRUCTURE,
        children: [
          processItem(
            'i4_5_2',
            '4.5.2 过程的识别与设计',
            '4.5.2 Process identification and design',
          ),
          processItem(
            'i4_5_3',
            '4.5.3 过程的实施与改进',
            '4.5.3 Process implementation and improvement',
          ),
        ],
      },
      {
        id: 'c4_6',
        label: { zh: '4.6 测量、分析与改进', en: '4.6 Measurement, analysis and improvement' },
        provenance: STRUCTURE,
        children: [
          processItem('i4_6_2', '4.6.2 测量、分析和评价', '4.6.2 Measurement, analysis and review'),
          processItem('i4_6_3', '4.6.3 改进与创新', '4.6.3 Improvement and innovation'),
        ],
      },
      {
        id: 'c4_7',
        label: { zh: '4.7 结果', en: '4.7 Results' },
        provenance: STRUCTURE,
        children: [
          resultsItem('i4_7_2', '4.7.2 产品和服务结果', '4.7.2 Product and service results'),
          resultsItem('i4_7_3', '4.7.3 顾客与市场结果', '4.7.3 Customer and market results'),
          resultsItem('i4_7_4', '4.7.4 财务结果', '4.7.4 Financial results'),
          resultsItem('i4_7_5', '4.7.5 资源结果', '4.7.5 Resource results'),
          resultsItem('i4_7_6', '4.7.6 过程有效性结果', '4.7.6 Process effectiveness results'),
          resultsItem('i4_7_7', '4.7.7 领导方面的结果', '4.7.7 Leadership results'),
        ],
      },
    ],
  },
  profile: {
    points: {
      c4_1: 110,
      i4_1_2: 50,
      i4_1_3: 30,
      i4_1_4: 30,
      c4_2: 90,
      i4_2_2: 40,
      i4_2_3: 50,
      c4_3: 90,
      i4_3_2: 40,
      i4_3_3: 50,
      c4_4: 130,
      i4_4_2: 60,
      i4_4_3: 15,
      i4_4_4: 20,
      i4_4_5: 15,
      i4_4_6: 10,
      i4_4_7: 10,
      c4_5: 100,
      i4_5_2: 50,
      i4_5_3: 50,
      c4_6: 80,
      i4_6_2: 40,
      i4_6_3: 40,
      c4_7: 400,
      i4_7_2: 80,
      i4_7_3: 80,
      i4_7_4: 80,
      i4_7_5: 60,
      i4_7_6: 50,
      i4_7_7: 50,
    },
    provenance: POINTS,
  },
  sectors: [{ id: 'all', label: { zh: '全部组织', en: 'All organisations' } }],
};
