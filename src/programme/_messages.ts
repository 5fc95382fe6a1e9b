import { type Issue, type PathSegment, YoupinError } from 'youpin';
import type { ProgrammeIssueCode } from '../error/codes.js';
import { localisedIssue, type Params, type Template } from '../error/localisedIssue.js';

// The issues youpin/programme raises, English and Chinese, in the pattern of the core's messages
// (texts in their params quoted as every message quotes them: at most 200 characters, escaped).

const templates: Readonly<Record<ProgrammeIssueCode, Template>> = {
  not_an_edition: [
    () => 'not an edition made by makeEdition (format youpin.edition/1)',
    () => '不是由 makeEdition 生成的届次记录（格式 youpin.edition/1）',
  ],
  not_a_register: [
    () => 'not a register made by register() (format youpin.register/1)',
    () => '不是由 register() 生成的称号名录（格式 youpin.register/1）',
  ],
  model_version_changed: [
    (p) =>
      `model ${p['model']} version ${p['version']} is not the one edition ${p['first']} used: a version is frozen once an edition uses it, so give the changed model a new version`,
    (p) =>
      `模型 ${p['model']} 的 ${p['version']} 版与第 ${p['first']} 届所用的不同：版本一经使用即冻结，修改后的模型须使用新版本号`,
  ],
  no_validity: [
    (p) => `model ${p['model']} has no validity: a title needs the years it lasts (validity.years)`,
    (p) => `模型 ${p['model']} 未设定有效期：称号需要有效年限（validity.years）`,
  ],
  bad_check_date: [
    (p) => `${p['value']} is not a date (YYYY-MM-DD)`,
    (p) => `${p['value']} 不是日期（YYYY-MM-DD）`,
  ],
};

/** An issue of youpin/programme. */
export function programmeIssue(
  code: ProgrammeIssueCode,
  path: readonly PathSegment[],
  params: Params = {},
): Issue {
  return localisedIssue(code, templates[code], path, params);
}

/** Throws the issues, if there are any. */
export function throwProgrammeIssues(issues: readonly Issue[]): void {
  const [first, ...rest] = issues;
  if (first) throw new YoupinError([first, ...rest]);
}
