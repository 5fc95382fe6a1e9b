import { type Issue, type PathSegment, YoupinError } from 'youpin';
import type { DeaIssueCode } from '../error/codes.js';
import { localisedIssue, type Params, type Template } from '../error/localisedIssue.js';

// The issues that only youpin/dea raises, with their English and Chinese messages, in the pattern
// of the core's (src/error/messages.ts) and youpin/node's (src/node/_messages.ts). YoupinError is
// the package's own (imported as 'youpin'), so one class exists at run time.

const templates: Readonly<Record<DeaIssueCode, Template>> = {
  highs_missing: [
    () =>
      'benefit-of-the-doubt weights need the optional package highs (the HiGHS LP solver): run `npm install highs`',
    () =>
      '"有利假设"（benefit of the doubt）权重需要可选依赖 highs（HiGHS 线性规划求解器），请运行 `npm install highs` 安装',
  ],
  infeasible_bounds: [
    (p) => `the bounds on the weights leave no weights that satisfy them (${p['why']})`,
    (p) => `权重的约束相互矛盾，不存在满足全部约束的权重（${p['whyZh']}）`,
  ],
  solver_failed: [
    (p) =>
      `HiGHS ended without an optimal solution for row ${p['row']} (model status ${p['status']})`,
    (p) => `HiGHS 未能求得第 ${p['row']} 行的最优解（模型状态 ${p['status']}）`,
  ],
};

/** An issue of youpin/dea, with its messages in English and Chinese. */
export function makeDeaIssue(
  code: DeaIssueCode,
  path: readonly PathSegment[],
  params: Params = {},
): Issue {
  return localisedIssue(code, templates[code], path, params);
}

/** Throws a YoupinError (the package's own class) carrying every issue, if there is any. */
export function throwIssues(issues: readonly Issue[]): void {
  const [first, ...rest] = issues;
  if (first) throw new YoupinError([first, ...rest]);
}
