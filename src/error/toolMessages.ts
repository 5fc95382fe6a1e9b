import type { CoreIssueCode } from './codes.js';
import type { Issue, PathSegment } from './issue.js';
import { localisedIssue } from './localisedIssue.js';
import { makeIssue, type Params, type ScoringIssueCode, type Template } from './messages.js';

/**
 * The codes that only the functions around `score` raise: weights (AHP, entropy, CRITIC,
 * combinations), MCDA (TOPSIS, VIKOR), matrices, `aggregate` and `normalise` on their own,
 * `explain`, the column API and the sensitivity analysis. Kept apart from messages.ts so that a
 * bundle of `defineModel` and `score` does not carry their messages.
 */
export type ToolIssueCode =
  | 'nonpositive_best'
  | 'length_mismatch'
  | 'empty_input'
  | 'invalid_model'
  | 'not_a_matrix'
  | 'ragged_matrix'
  | 'not_square'
  | 'diagonal_not_one'
  | 'nonpositive_judgement'
  | 'not_reciprocal'
  | 'matrix_too_large'
  | 'zero_weights'
  | 'constant_criterion'
  | 'equal_weights_fallback'
  | 'no_spread'
  | 'identical_alternatives'
  | 'unknown_entity'
  | 'no_fast_path'
  | 'threshold_order'
  | 'negative_correlation'
  | 'collinear_indicators'
  | 'dominant_indicator'
  | 'constant_total'
  | 'not_a_branch'
  | 'not_converged';

const templates: Readonly<Record<ToolIssueCode, Template>> = {
  nonpositive_best: [
    () => 'distance to best needs a best value greater than 0',
    () => '"与最优值之比"要求最优值大于 0',
  ],
  length_mismatch: [
    (p) => `expected ${p['a']} entries here, but got ${p['b']}`,
    (p) => `此处应有 ${p['a']} 个元素，实际为 ${p['b']} 个`,
  ],
  empty_input: [() => 'at least one value is needed', () => '至少需要一个数值'],
  invalid_model: [
    () => 'this is not a model made by defineModel, nor a valid model definition',
    () => '这不是由 defineModel 生成的模型，也不是有效的模型定义',
  ],
  not_a_branch: [
    (p) =>
      p['kind'] === 'leaf'
        ? `"${p['id']}" is a leaf: weights are derived for the children of a branch (its parent is "${p['parent']}")`
        : `"${p['id']}" is not scored in the sector ${p['sector']}, so it has no weights to derive there`,
    (p) =>
      p['kind'] === 'leaf'
        ? `"${p['id']}" 是末级指标：权重是为某个分支的下级指标推导的（其上级为 "${p['parent']}"）`
        : `"${p['id']}" 不在行业 ${p['sector']} 的计分范围内，无权重可推导`,
  ],
  not_a_matrix: [
    () => 'expected a non-empty array of non-empty rows',
    () => '需要非空的二维数组（矩阵）',
  ],
  ragged_matrix: [
    (p) => `row ${p['row']} has ${p['length']} entries, but row 0 has ${p['expected']}`,
    (p) => `第 ${p['row']} 行有 ${p['length']} 个元素，而第 0 行有 ${p['expected']} 个`,
  ],
  not_square: [
    (p) => `a pairwise comparison matrix must be square, but it is ${p['rows']} × ${p['columns']}`,
    (p) => `判断矩阵必须是方阵，实际为 ${p['rows']} × ${p['columns']}`,
  ],
  diagonal_not_one: [
    (p) => `the diagonal must be 1, but it is ${p['value']}`,
    (p) => `对角线元素必须为 1，实际为 ${p['value']}`,
  ],
  nonpositive_judgement: [
    (p) => `a judgement must be greater than 0, but it is ${p['value']}`,
    (p) => `判断值必须大于 0，实际为 ${p['value']}`,
  ],
  not_reciprocal: [
    (p) =>
      `a[${p['i']}][${p['j']}] × a[${p['j']}][${p['i']}] = ${p['product']}, not 1: the matrix is not reciprocal`,
    (p) =>
      `a[${p['i']}][${p['j']}] × a[${p['j']}][${p['i']}] = ${p['product']}，不等于 1：矩阵不满足互反性`,
  ],
  matrix_too_large: [
    (p) => `the random-index table "${p['table']}" goes up to n = ${p['max']}, but n = ${p['n']}`,
    (p) => `随机一致性指标表 "${p['table']}" 只到 n = ${p['max']}，而 n = ${p['n']}`,
  ],
  zero_weights: [
    () => 'the weights are all zero, so they cannot be scaled to sum to 1',
    () => '权重全部为 0，无法归一化',
  ],
  constant_criterion: [
    (p) =>
      `all ${p['count']} values of criterion ${p['column']} are equal: it cannot tell the alternatives apart and counts for nothing`,
    (p) => `第 ${p['column']} 个指标的 ${p['count']} 个数值全部相等：无法区分各方案，不起作用`,
  ],
  equal_weights_fallback: [
    () =>
      'no criterion carries information (all are constant, or perfectly correlated); the weights are equal (1/n)',
    () => '所有指标均不提供信息（数值无差异或完全相关）；权重取等权（1/n）',
  ],
  no_spread: [
    (p) => `${p['what']} is the same for every alternative, so its part of Q is 0`,
    (p) => `所有方案的 ${p['what']} 相同，其在 Q 中的部分取 0`,
  ],
  identical_alternatives: [
    () => 'every alternative is identical on every criterion; each gets closeness 0.5',
    () => '所有方案在各指标上完全相同，贴近度均取 0.5',
  ],
  unknown_entity: [
    (p) => `"${p['id']}" is not an entity of the report`,
    (p) => `"${p['id']}" 不是报告中的申报对象`,
  ],
  constant_total: [
    () => "the rows' totals do not vary, so Cronbach's alpha cannot be computed (null)",
    () => '各行合计完全相同，无法计算 Cronbach α（为 null）',
  ],
  not_converged: [
    (p) => `varimax had not settled after ${p['iterations']} iterations; the last rotation is used`,
    (p) => `方差最大化旋转 ${p['iterations']} 次迭代后仍未收敛，采用最后一次的结果`,
  ],
  negative_correlation: [
    (p) =>
      `${p['child']} correlates negatively with ${p['parent']} (r = ${p['r']}): it pulls against the other indicators`,
    (p) => `${p['child']} 与 ${p['parent']} 负相关（r = ${p['r']}）：与其他指标方向相反`,
  ],
  collinear_indicators: [
    (p) => `${p['a']} and ${p['b']} are almost collinear (r = ${p['r']}): one may be redundant`,
    (p) => `${p['a']} 与 ${p['b']} 高度共线（r = ${p['r']}）：其中之一可能多余`,
  ],
  dominant_indicator: [
    (p) =>
      `${p['parent']} is in effect ${p['child']} (r = ${p['r']}; every sibling below 0.5): the others add little`,
    (p) =>
      `${p['parent']} 实际上几乎等同于 ${p['child']}（r = ${p['r']}，其余指标均低于 0.5）：其他指标作用甚微`,
  ],
  threshold_order: [
    (p) =>
      `the preference threshold p (${p['p']}) must be greater than the indifference threshold q (${p['q']})`,
    (p) => `严格偏好阈值 p（${p['p']}）必须大于无差异阈值 q（${p['q']}）`,
  ],
  no_fast_path: [
    (p) =>
      `this model has no float64 form (${p['reason']}): score it with score(), which takes the exact path`,
    (p) => `该模型没有 float64 计算形式（${p['reason']}）：请用 score() 以精确路径计分`,
  ],
};

/** Builds an issue of any code, as {@link makeIssue} does for the core's codes. */
export function makeToolIssue(
  code: CoreIssueCode,
  path: readonly PathSegment[],
  params: Params = {},
): Issue {
  return Object.hasOwn(templates, code)
    ? localisedIssue(code, templates[code as ToolIssueCode], path, params)
    : makeIssue(code as ScoringIssueCode, path, params);
}
