import type { CoreIssueCode } from './codes.js';
import type { Issue, PathSegment } from './issue.js';
import { localisedIssue, type Params, type Template } from './localisedIssue.js';
import type { ToolIssueCode } from './toolMessages.js';

export type { Params, Template } from './localisedIssue.js';

/**
 * The codes that defining a model and scoring can raise; the other codes of the core belong to the
 * functions around them (weights, MCDA, matrices, explain, the column API), whose messages live in
 * toolMessages.ts, so that a bundle of `defineModel` and `score` does not carry them.
 */
export type ScoringIssueCode = Exclude<CoreIssueCode, ToolIssueCode>;

// "In sector Manufacturing, " when an issue belongs to one sector's own profile; nothing when it
// belongs to the base profile, which every sector shares (no sector is named that does not exist).
const inSector = (p: Params) => (p['sector'] === undefined ? '' : `in sector ${p['sector']}, `);
const inSectorZh = (p: Params) =>
  p['sectorZh'] === undefined ? '' : `在行业"${p['sectorZh']}"中，`;

// The library's own issue codes with their English and Chinese messages (those of the core; the
// others are in toolMessages.ts). Zod's issue codes (invalid_type, too_small, …) are translated
// where they are converted (see fromZod.ts).
const templates: Readonly<Record<ScoringIssueCode, Template>> = {
  not_a_number: [
    (p) => `${p['value']}${p['label'] ? ` (${p['label']})` : ''} is not a number`,
    (p) => `${p['value']}${p['labelZh'] ? `（${p['labelZh']}）` : ''} 不是数字`,
  ],
  not_finite: [() => 'NaN and Infinity are not allowed', () => '不允许 NaN 或无穷大'],
  missing_value: [
    (p) => `value of ${p['leaf']} is missing and its policy is "invalid"`,
    (p) => `指标${p['leafZh'] ?? p['leaf']}缺少数值，且其缺失处理规则为"invalid"（无效）`,
  ],
  wrong_value_type: [
    (p) => `${p['leaf']} expects ${p['expected']}`,
    (p) => `指标${p['leafZh'] ?? p['leaf']}需要${p['expectedZh']}`,
  ],
  unknown_category: [
    (p) => `"${p['value']}" is not a category of ${p['leaf']} (allowed: ${p['allowed']})`,
    (p) => `"${p['value']}" 不是指标${p['leafZh'] ?? p['leaf']}的有效类别（可选：${p['allowed']}）`,
  ],
  unknown_item: [
    (p) => `"${p['value']}" is not a points item of ${p['leaf']} (allowed: ${p['allowed']})`,
    (p) => `"${p['value']}" 不是指标${p['leafZh'] ?? p['leaf']}的计分项（可选：${p['allowed']}）`,
  ],
  negative_count: [
    () => 'an item count must be a whole number ≥ 0',
    () => '计分项数量必须是不小于 0 的整数',
  ],
  out_of_scale: [
    (p) =>
      `${p['value']} lies outside the scale [${p['min']}, ${p['max']}]${p['unreachable'] ? ': no score can reach it' : ''}`,
    (p) =>
      `${p['value']} 超出分值范围 [${p['min']}, ${p['max']}]${p['unreachable'] ? '，任何得分都无法达到' : ''}`,
  ],
  not_a_band_step: [
    (p) => `${p['value']} is not a percentage in steps of ${p['step']} between 0 and 100`,
    (p) => `${p['value']} 不是 0–100 之间以 ${p['step']} 为步长的百分比`,
  ],
  log_negative: [
    (p) => `log-linear scoring cannot take a negative value (${p['value']})`,
    (p) => `对数线性计分不接受负值（${p['value']}）`,
  ],
  log_nonpositive: [
    (p) => `min-max on ln x needs values greater than 0 (got ${p['value']})`,
    (p) => `对数标准化要求数值大于 0（${p['value']}）`,
  ],
  log_nonpositive_goalpost: [
    () => 'log-linear goalposts must be greater than 0',
    () => '对数线性计分的上下限必须大于 0',
  ],
  goalposts_order: [
    (p) => `lower goalpost ${p['lower']} must be below upper goalpost ${p['upper']}`,
    (p) => `下限 ${p['lower']} 必须小于上限 ${p['upper']}`,
  ],
  direction_ignored: [
    (p) =>
      `${p['leaf']}: the ${p['method']} method takes what is better from its own spec, so direction 'lower' would be ignored; state the spec the other way round`,
    (p) =>
      `${p['leaf']}：${p['method']} 计分方法的优劣由其自身设定决定，方向 'lower' 不起作用；请反向设定该方法的参数`,
  ],
  lower_form_unused: [
    (p) =>
      `${p['leaf']}: lowerForm is for a lower-is-better leaf only; drop it or set direction 'lower'`,
    (p) => `${p['leaf']}：lowerForm 只用于越低越好的指标，请删除或将方向设为 'lower'`,
  ],
  piecewise_order: [
    () => 'piecewise anchor points must have strictly increasing x',
    () => '分段线性锚点的 x 必须严格递增',
  ],
  nonpositive: [(p) => `${p['what']} must be greater than 0`, (p) => `${p['whatZh']}必须大于 0`],
  zero_range: [
    (p) => `all ${p['count']} values are equal; every entity gets the midpoint ${p['midpoint']}`,
    (p) => `${p['count']} 个数值全部相等，所有对象均取中点 ${p['midpoint']}`,
  ],
  transform_nonpositive: [
    (p) => `the ${p['method']} treatment needs values above 0 (got ${p['value']})`,
    (p) => `${p['method']} 变换要求数值大于 0（${p['value']}）`,
  ],
  treatment_unchecked: [
    (p) => `only ${p['count']} values: outliers need at least 4 to be checked`,
    (p) => `仅 ${p['count']} 个数值，至少 4 个才能检查异常值`,
  ],
  outliers_remain: [
    (p) =>
      `outliers remain once ${p['after']} (at most ${p['maxPoints']} values winsorised): skewness ${p['skewness']}, kurtosis ${p['kurtosis']}`,
    (p) =>
      `${p['after'] === 'winsorised' ? '缩尾' : '变换'}（至多缩尾 ${p['maxPoints']} 个数值）后仍有异常值：偏度 ${p['skewness']}，峰度 ${p['kurtosis']}`,
  ],
  treatment_needs_cohort: [
    (p) => `${p['leaf']}: treatment is for cohort methods, not ${p['method']}`,
    (p) => `${p['leaf']}：数据处理只适用于按群体计分的方法，不适用于 ${p['method']}`,
  ],
  zero_sd: [
    (p) => `all ${p['count']} values are equal; every z-score is 0`,
    (p) => `${p['count']} 个数值全部相等，所有 z 分数为 0`,
  ],
  too_few_values: [
    (p) => `${p['method']} needs at least ${p['min']} non-missing values`,
    (p) => `${p['method']} 至少需要 ${p['min']} 个非缺失数值`,
  ],
  zero_norm: [
    () => 'every value is 0, so the vector norm is 0; every entity gets the midpoint',
    () => '所有数值为 0，向量范数为 0，所有对象均取中点',
  ],
  negative_value: [
    (p) => `${p['operator']} cannot take a negative value (${p['value']})`,
    (p) => `${p['operatorZh']}不接受负值（${p['value']}）`,
  ],
  weights_sum: [
    (p) =>
      p['node'] === undefined
        ? `weights must sum to 1 (±1e-9) but sum to ${p['sum']}`
        : p['points'] !== undefined
          ? `${inSector(p)}the points of the children of ${p['node']} sum to 0; give at least one of them points`
          : `${inSector(p)}the weights of the children of ${p['node']} sum to ${p['sum']}, ${p['difference']} ${p['more']} than 1; they must sum to 1 (±1e-9)`,
    (p) =>
      p['nodeZh'] === undefined
        ? `权重之和必须为 1（误差 ±1e-9），实际为 ${p['sum']}`
        : p['points'] !== undefined
          ? `${inSectorZh(p)}${p['nodeZh']}的下级指标分值合计为 0，请至少为其中一项赋分`
          : `${inSectorZh(p)}${p['nodeZh']}的下级指标权重之和为 ${p['sum']}，比 1 ${p['more'] === 'more' ? '多' : '少'} ${p['difference']}；权重之和必须为 1（误差 ±1e-9）`,
  ],
  negative_weight: [() => 'a weight cannot be negative', () => '权重不能为负'],
  power_zero: [
    () => 'p = 0 is the geometric mean; use method "geometric"',
    () => 'p = 0 即几何平均，请使用 "geometric"',
  ],
  duplicate_id: [
    (p) =>
      `id "${p['id']}" is used twice${p['entity'] ? ' (ids are compared ignoring letter case, full-width characters and invisible characters)' : ''}`,
    (p) =>
      `编号 "${p['id']}" 重复${p['entity'] ? '（比较编号时不区分大小写、全角与半角，并忽略不可见字符）' : ''}`,
  ],
  reserved_id: [
    (p) => `"${p['id']}" is reserved and cannot be an id`,
    (p) => `"${p['id']}" 为保留字，不能用作编号`,
  ],
  too_deep: [
    (p) => `the indicator tree is deeper than ${p['max']} levels`,
    (p) => `指标树超过 ${p['max']} 层`,
  ],
  rule_too_deep: [
    (p) => `this condition nests all / any / not more than ${p['max']} levels deep`,
    (p) => `该条件中 all / any / not 的嵌套超过 ${p['max']} 层`,
  ],
  too_nested: [
    (p) => `this value is nested more than ${p['max']} levels deep; no model needs that`,
    (p) => `该值的嵌套超过 ${p['max']} 层，任何模型都不需要如此深的嵌套`,
  ],
  too_large: [
    (p) => `too many ${p['what']}: ${p['count']}, the limit is ${p['max']}`,
    (p) => `${p['whatZh']}过多：${p['count']} 个，上限为 ${p['max']} 个`,
  ],
  text_too_long: [
    (p) => `this text is ${p['length']} characters long; the limit is ${p['max']}`,
    (p) => `该文本长 ${p['length']} 个字符，上限为 ${p['max']} 个`,
  ],
  unknown_node: [
    (p) => `"${p['id']}" is not a node of the tree`,
    (p) => `"${p['id']}" 不是指标树中的节点`,
  ],
  root_weight: [() => 'the root node takes no weight', () => '根节点不设权重'],
  missing_weight: [
    (p) =>
      `${p['node'] ?? p['id']} has no weight in any sector, though its siblings have; give it a weight or exclude it`,
    (p) => `${p['nodeZh'] ?? p['id']}在任何行业中都没有权重，而其同级指标有；请为其赋权或将其排除`,
  ],
  empty_branch: [
    (p) => `${inSector(p)}none of the children of ${p['node'] ?? p['id']} has a weight`,
    (p) => `${inSectorZh(p)}${p['nodeZh'] ?? p['id']}的下级指标都没有权重`,
  ],
  mixed_weights_points: [
    (p) => `${inSector(p)}the children of ${p['node'] ?? p['id']} mix weights and points`,
    (p) => `${inSectorZh(p)}${p['nodeZh'] ?? p['id']}的下级指标混用了权重和分值`,
  ],
  points_mismatch: [
    (p) =>
      `${p['node'] ?? p['id']} has ${p['points']} points but its children add up to ${p['sum']}`,
    (p) => `${p['nodeZh'] ?? p['id']}为 ${p['points']} 分，但其下级指标合计 ${p['sum']} 分`,
  ],
  unknown_sector: [
    (p) =>
      p['missing']
        ? `the sector is missing: every applicant needs one (sectors: ${p['allowed']})`
        : `"${p['sector']}" is not a sector of the model (sectors: ${p['allowed']})${p['suggestion'] ? `; did you mean ${p['suggestion']}?` : ''}`,
    (p) =>
      p['missing']
        ? `缺少行业：每个申报对象都需要填写（可选：${p['allowedZh'] ?? p['allowed']}）`
        : `"${p['sector']}" 不是模型中的行业（可选：${p['allowedZh'] ?? p['allowed']}）${p['suggestionZh'] ? `；是否应为"${p['suggestionZh']}"？` : ''}`,
  ],
  unknown_indicator: [
    (p) =>
      p['unknown'] === undefined
        ? `"${p['id']}" is not an indicator of sector ${p['sector']}; the value is ignored`
        : p['kind'] === 'branch'
          ? `"${p['id']}" is a dimension, which has no value of its own: give the values of the indicators under it; the applicant is not scored until then`
          : p['kind'] === 'fact'
            ? `"${p['id']}" is a fact, not an indicator: give it under "facts"; the applicant is not scored until then`
            : `"${p['id']}" is not an indicator of the model, so the applicant is not scored until the key is corrected or removed${p['suggestion'] ? `; did you mean "${p['suggestion']}" (${p['suggestionLabel']})?` : ''}`,
    (p) =>
      p['unknown'] === undefined
        ? `"${p['id']}" 不是行业 ${p['sector']} 的指标，该数值被忽略`
        : p['kind'] === 'branch'
          ? `"${p['id']}" 是维度，没有自身的数值：请填写其下各指标的数值；在此之前该申报对象不予计分`
          : p['kind'] === 'fact'
            ? `"${p['id']}" 是事实而不是指标：请填写在 "facts" 中；在此之前该申报对象不予计分`
            : `"${p['id']}" 不是模型中的指标，更正或删除该键名之前，该申报对象不予计分${p['suggestion'] ? `；是否应为"${p['suggestion']}"（${p['suggestionLabelZh']}）？` : ''}`,
  ],
  renormalised: [
    (p) => `${p['id']} is missing; the weights of its siblings were renormalised`,
    (p) => `${p['id']} 缺失，其同级指标权重已重新归一化`,
  ],
  scored_as_zero: [
    (p) => `${p['id']} is missing and scores the bottom of the scale`,
    (p) => `${p['id']} 缺失，按最低分计`,
  ],
  all_missing: [
    (p) => `every indicator under ${p['id']} is missing`,
    (p) => `${p['id']} 下所有指标均缺失`,
  ],
  invalid_entity: [
    (p) =>
      ({
        id: 'the id is missing: every applicant needs one',
        name: 'the name must be text, or { zh, en }',
        values: 'values must be an object of indicator id → value',
        record: 'this must be an object keyed by id',
        events: 'events must be a list',
        event: 'an event must be an object with a type and a date',
      })[String(p['field'])] ?? 'an entity must be an object with id, sector and values',
    (p) =>
      ({
        id: '缺少编号：每个申报对象都需要编号',
        name: '名称必须是文本，或 { zh, en }',
        values: 'values 必须是"指标编号 → 数值"的对象',
        record: '此处必须是以编号为键的对象',
        events: 'events 必须是列表',
        event: '事件必须是包含类型（type）和日期（date）的对象',
      })[String(p['field'])] ?? '申报对象必须是包含 id、sector 和 values 的对象',
  ],
  invalid_batch: [() => 'entities must be an array', () => '申报对象列表必须是数组'],
  invalid_entities: [
    (p) => `${p['count']} entities are invalid (strict mode)`,
    (p) => `${p['count']} 个申报对象无效（严格模式）`,
  ],
  missing_evaluation_date: [
    () => 'rules over yearly series or events need the model’s evaluationDate (YYYY-MM-DD)',
    () => '涉及年度序列或事件的规则需要在模型中设定评价日期 evaluationDate（YYYY-MM-DD）',
  ],
  unknown_rule: [
    (p) => `"${p['id']}" is not a veto of the model`,
    (p) => `"${p['id']}" 不是模型中的否决项`,
  ],
  invalid_date: [
    (p) => `${p['value']} is not a date written YYYY-MM-DD`,
    (p) => `${p['value']} 不是 YYYY-MM-DD 格式的日期`,
  ],
  verification_failed: [
    (p) => `third-party verification of ${p['leaf']} failed; the leaf scores ${p['score']}`,
    (p) => `指标${p['leafZh'] ?? p['leaf']}的第三方核验未通过，该项计 ${p['score']} 分`,
  ],
  verification_pending: [
    (p) => `third-party verification of ${p['leaf']} is still pending`,
    (p) => `指标${p['leafZh'] ?? p['leaf']}的第三方核验尚未完成`,
  ],
  panel_and_value: [
    (p) => `${p['leaf']} has both expert panel scores and a value; give one of them`,
    (p) => `指标${p['leafZh'] ?? p['leaf']}同时给出了专家评分和数值，只能给出其一`,
  ],
  panel_flagged: [
    (p) =>
      `the experts' scores on ${p['leaf']} spread over ${p['spread']} points (limit ${p['limit']}): re-score after discussion`,
    (p) =>
      `专家对指标${p['leafZh'] ?? p['leaf']}的评分极差为 ${p['spread']} 分（上限 ${p['limit']}），需讨论后重新评分`,
  ],
  unknown_expert: [
    (p) =>
      `"${p['expert']}" is not on the panel's list of experts (${p['allowed']}); the panel is not scored`,
    (p) => `"${p['expert']}" 不在评审专家名单中（名单：${p['allowed']}），该项专家评分无效`,
  ],
  future_event: [
    (p) =>
      `the event on ${p['date']} lies after the evaluation date ${p['evaluationDate']}; look-back rules do not count it`,
    (p) => `该事件日期 ${p['date']} 晚于评价日期 ${p['evaluationDate']}，回溯规则不计入该事件`,
  ],
  veto_unknown: [
    (p) => `veto ${p['rule']} could not be checked: ${p['missing']} missing`,
    (p) => `否决项 ${p['rule']} 无法核查：缺少 ${p['missing']}`,
  ],
  not_a_boolean: [
    (p) => `${p['value']} (${p['label']}) is not yes or no: write one of ${p['yes']} / ${p['no']}`,
    (p) => `${p['value']}（${p['labelZh']}）不是"是"或"否"：请填写 ${p['yes']} / ${p['no']} 之一`,
  ],
  not_a_category: [
    (p) =>
      `${p['value']} (${p['label']}) is not one of ${p['allowed']}${p['suggestion'] ? `; did you mean ${p['suggestion']}?` : ''}`,
    (p) =>
      `${p['value']}（${p['labelZh']}）不是可选值（${p['allowedZh']}）${p['suggestionZh'] ? `；是否应为"${p['suggestionZh']}"？` : ''}`,
  ],
  not_a_list: [
    (p) => `${p['value']} (${p['label']}) is not a list: separate the items with ; or 、`,
    (p) => `${p['value']}（${p['labelZh']}）不是列表：请用 ; 或 、 分隔各项`,
  ],
  not_a_text: [(p) => `"${p['label']}" must be text`, (p) => `"${p['labelZh']}" 必须是文本`],
  out_of_domain: [
    (p) => {
      const lo = p['min'] !== undefined;
      const hi = p['max'] !== undefined;
      const of = p['integer'] ? (lo !== hi ? 'a whole number of ' : 'a whole number ') : '';
      const range =
        lo && hi
          ? `from ${p['min']} to ${p['max']}`
          : lo
            ? `at least ${p['min']}`
            : hi
              ? `at most ${p['max']}`
              : '';
      return `${p['value']} (${p['label']}) is not a possible value: it must be ${of}${range}`.trimEnd();
    },
    (p) =>
      `${p['value']}（${p['labelZh']}）不是可能的取值：应为${
        p['min'] !== undefined && p['max'] !== undefined
          ? ` ${p['min']} 到 ${p['max']} 之间的`
          : p['min'] !== undefined
            ? `不小于 ${p['min']} 的`
            : p['max'] !== undefined
              ? `不大于 ${p['max']} 的`
              : ''
      }${p['integer'] ? '整数' : '数'}`,
  ],
  invalid_domain: [
    (p) =>
      p['type'] !== undefined
        ? `${p['id']}: a domain (the values a number can take) applies to numbers only, not to a ${p['type']} value`
        : `${p['id']}: the domain from ${p['min']} to ${p['max']} is empty (min is above max)`,
    (p) =>
      p['type'] !== undefined
        ? `${p['id']}：取值范围（domain）只适用于数值，不适用于 ${p['type']} 类型`
        : `${p['id']}：取值范围 ${p['min']} 到 ${p['max']} 为空（下限大于上限）`,
  ],
  unit_in_value: [
    (p) =>
      `${p['value']} (${p['label']}) carries the unit ${p['suffix']}: write the number only${p['unit'] ? `, in ${p['unit']}` : ''}`,
    (p) =>
      `${p['value']}（${p['labelZh']}）带有单位 ${p['suffix']}：请只填写数字${p['unit'] ? `（单位：${p['unit']}）` : ''}`,
  ],
  decimal_comma: [
    (p) => `${p['value']} (${p['label']}) is not a number: write decimals with a point, as in 12.5`,
    (p) => `${p['value']}（${p['labelZh']}）不是数字：小数请用小数点，如 12.5`,
  ],
  chinese_numeral: [
    (p) => `${p['value']} (${p['label']}) is written in Chinese numerals: write it in digits`,
    (p) => `${p['value']}（${p['labelZh']}）使用了中文数字：请改用阿拉伯数字`,
  ],
  date_serial: [
    (p) =>
      `${p['value']} (${p['label']}) is a spreadsheet date serial: format the cell as a date, or write YYYY-MM-DD`,
    (p) =>
      `${p['value']}（${p['labelZh']}）是表格日期序号：请将单元格设为日期格式，或填写 YYYY-MM-DD`,
  ],
  unknown_fact: [
    (p) =>
      `"${p['id']}" is ${p['branch'] ? 'a dimension, which has no value of its own' : 'not a declared fact of the model, nor a leaf'}${p['suggestion'] ? `; did you mean "${p['suggestion']}"?` : ''} (declare it under "facts")`,
    (p) =>
      `"${p['id']}" ${p['branch'] ? '是维度，没有自身的数值' : '不是模型中声明的事实，也不是指标'}${p['suggestion'] ? `；是否应为"${p['suggestion']}"？` : ''}（请在 "facts" 中声明）`,
  ],
  unknown_series: [
    (p) =>
      `"${p['id']}" is not a declared series of the model${p['suggestion'] ? `; did you mean "${p['suggestion']}"?` : ''} (declare it under "series")`,
    (p) =>
      `"${p['id']}" 不是模型中声明的年度序列${p['suggestion'] ? `；是否应为"${p['suggestion']}"？` : ''}（请在 "series" 中声明）`,
  ],
  fact_values: [
    (p) =>
      p['type'] === 'category'
        ? `fact ${p['id']} is a category: list its values`
        : `fact ${p['id']} is of type ${p['type']}: only category and list facts have values`,
    (p) =>
      p['type'] === 'category'
        ? `事实 ${p['id']} 为类别型：请列出其可选值`
        : `事实 ${p['id']} 的类型为 ${p['type']}：只有类别型和列表型事实才有可选值`,
  ],
  fact_type_mismatch: [
    (p) =>
      `leaf ${p['leaf']} reads ${p['wanted']} but fact ${p['fact']} holds ${p['type']}${p['outside'] ? ` (values ${p['outside']} are no category of the leaf)` : ''}`,
    (p) =>
      `指标 ${p['leaf']} 需要${p['wantedZh']}，而事实 ${p['fact']} 为${p['typeZh']}${p['outside'] ? `（取值 ${p['outside']} 不是该指标的类别）` : ''}`,
  ],
  rule_value_type: [
    (p) =>
      `fact ${p['fact']} holds ${p['type']}: it cannot be compared this way with ${p['value']}`,
    (p) => `事实 ${p['fact']} 为${p['typeZh']}，不能这样与 ${p['value']} 比较`,
  ],
  fact_and_value: [
    (p) =>
      `"${p['label']}" takes its value from the fact "${p['factLabel']}"; give it once, as that fact`,
    (p) => `"${p['labelZh']}" 的数值取自事实"${p['factLabelZh']}"；请只填写一次（填在该事实中）`,
  ],
  number_too_long: [
    (p) =>
      `this number is ${p['length']} characters long, more than the ${p['max']} a number may have: ${p['value']}`,
    (p) => `该数字长 ${p['length']} 个字符，超过数字最多允许的 ${p['max']} 个字符：${p['value']}`,
  ],
  too_many_digits: [
    (p) =>
      `${p['value']} has ${p['digits']} significant digits; at most ${p['max']} are read exactly: round it`,
    (p) =>
      `${p['value']} 有 ${p['digits']} 位有效数字，最多只能精确读取 ${p['max']} 位，请四舍五入`,
  ],
  cyclic_input: [
    () =>
      'this value contains itself (a cycle of references); the input must be a tree of JSON values',
    () => '该值包含其自身（引用构成循环）；输入必须是由 JSON 值构成的树',
  ],
};

/**
 * Builds an issue with messages in English and Chinese. Every text in `params` is a raw value (an
 * id, a cell, a label, a list of them) and is quoted through `showText`: at most 200 characters,
 * control and bidi characters escaped — here, once, for every message of the library.
 */
export function makeIssue(
  code: ScoringIssueCode,
  path: readonly PathSegment[],
  params: Params = {},
): Issue {
  return localisedIssue(code, templates[code], path, params);
}
