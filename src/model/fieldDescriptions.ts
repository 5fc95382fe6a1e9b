/**
 * What each field of a model file means, in English and Chinese, for the JSON Schema an editor
 * shows while a city team writes its model (`modelJsonSchema`). By property name: a name means the
 * same wherever it appears in a model.
 */
export const FIELD_DESCRIPTIONS: Readonly<Record<string, readonly [en: string, zh: string]>> = {
  $schema: ['The JSON Schema this file is checked against', '本文件所依据的 JSON Schema'],
  id: [
    'An id: starts with a letter or _, then letters, digits, _, - or . (at most 64)',
    '编号：以字母或 _ 开头，其后为字母、数字、_、- 或 .（最多 64 个字符）',
  ],
  version: ['The model version, as published (frozen once a batch uses it)', '模型版本'],
  name: ['The name, in Chinese and English', '名称（中英文）'],
  label: ['The label people read, in Chinese and English', '名称（中英文），供人阅读'],
  description: ['A description, in Chinese and English', '说明（中英文）'],
  zh: ['Chinese', '中文'],
  en: ['English', '英文'],
  provenance: [
    'Where the numbers come from: published (with a source), inferred or proposed',
    '数值来源：已公布（注明出处）、推断或建议',
  ],
  status: ['published, inferred or proposed', '已公布、推断或建议'],
  source: ['A citation, or who supplies a leaf value', '出处；或指标数值的提供方'],
  note: ['A note', '备注'],
  scale: [
    'The score scale of leaves and nodes (default 0–100)',
    '指标与节点的分值范围（默认 0–100）',
  ],
  rounding: [
    'How published figures are rounded, once, at the end (default 2 decimals, half-up)',
    '公布分数的舍入方式，只在最后舍入一次（默认 2 位小数，四舍五入）',
  ],
  tree: ['The indicator tree: its root and dimensions', '指标树：根节点与各维度'],
  children: ['The nodes below this one', '下级节点'],
  operator: [
    'How a branch combines its children (default weighted arithmetic mean)',
    '汇总方式（默认加权算术平均）',
  ],
  scoring: ['How the leaf turns its raw value into a score', '指标的计分方法'],
  unit: [
    'The unit of the value (万元, %, 年); a value written with it reads as its number',
    '数值单位（万元、%、年）；带此单位填写的数值按数字读取',
  ],
  direction: [
    'Whether a higher or a lower raw value is better (default higher)',
    '数值越高越好还是越低越好（默认越高越好）',
  ],
  missing: [
    'What a missing value does: zero, renormalise, invalid (default)',
    '缺失时的处理：计 0 分、重新归一化、判为无效（默认）',
  ],
  transform: [
    'minmax: "log" scores ln x (all values > 0)',
    'minmax：取 "log" 时对 ln x 计分（数值须大于 0）',
  ],
  lowerForm: [
    'max, lower is better: "inverse" min / x (default) or "complement" 1 \u2212 x / max',
    'max，越低越好："inverse" 为 min / x（默认），"complement" 为 1 \u2212 x / max',
  ],
  evidence: ['Evidence the applicant must file', '申报者须提交的佐证材料'],
  panel: ['How expert scores are combined', '专家评分的合成规则'],
  verification: ['What a failed third-party verification does', '第三方核验未通过时的处理'],
  fact: [
    'A declared fact, by id (on a leaf: the fact it takes its value from — one datum, one place)',
    '已声明的事实编号（用于指标时：该指标取值所依据的事实，同一数据只在一处）',
  ],
  aliases: ['Other headers people write for it in their spreadsheets', '表格中常见的其他表头写法'],
  sectors: [
    'The sectors (with their weights), or the sectors a rule applies to',
    '行业（及其权重），或规则适用的行业',
  ],
  profile: ['Weights of the nodes, relative within their parent', '各节点在其上级中的相对权重'],
  weights: [
    'Weights by node id; siblings sum to 1 (fractions such as "1/3" stay exact)',
    '按节点编号的权重；同级之和为 1（"1/3" 之类分数保持精确）',
  ],
  points: [
    'Points by node id (weight = points / siblings\u2019 points)',
    '按节点编号的分值（权重 = 分值 / 同级分值之和）',
  ],
  exclude: ['Nodes left out of this sector', '该行业不采用的节点'],
  facts: [
    'The applicant attributes that rules read (registration, years operating, credit grade …): id, label, type, unit, values, aliases',
    '规则读取的申报对象属性（注册地、经营年限、信用等级等）：编号、名称、类型、单位、可选值、别名',
  ],
  type: [
    'boolean (yes/no), number, category, list, date or text: how a value is read',
    '类型：boolean（是/否）、number（数值）、category（类别）、list（列表）、date（日期）、text（文本）',
  ],
  values: [
    'The allowed values (category and list facts), with their labels',
    '可选值（类别型和列表型事实）及其名称',
  ],
  value: ['A value', '值'],
  series: [
    'The yearly series that window rules read (net profit by year …)',
    '窗口规则读取的年度序列（各年净利润等）',
  ],
  evaluationDate: ['The date the batch is evaluated (YYYY-MM-DD)', '评价日期（YYYY-MM-DD）'],
  gates: [
    'Eligibility gates (申报条件): a gate that fails makes the applicant ineligible',
    '申报条件：不满足即不符合申报条件',
  ],
  vetoes: [
    'Vetoes (一票否决): a veto that fires excludes the applicant',
    '一票否决项：触发即被否决',
  ],
  when: [
    'The condition, as data (facts, series, events; all / any / not)',
    '条件（事实、年度序列、事件；all / any / not）',
  ],
  exempt: ['When this holds, the rule does not apply', '满足此条件时不适用该规则'],
  adjustments: ['Bonus and penalty points, capped', '加分与减分项（有上限）'],
  selection: [
    'Threshold, floors, quotas, tie-breaks and bands',
    '入选线、维度下限、名额、并列排序与等次',
  ],
  fusion: ['Weights of the sources in the total', '各数据来源在总分中的权重'],
  validity: [
    'How long a title lasts, and the ban after a revocation',
    '称号有效期及撤销后的禁止申报期',
  ],
};
