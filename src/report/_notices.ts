// Private: which warnings of a scored applicant need action before publication, and their words.
// noticesOf and summariseNotices read this table; the decision per warning code is documented in
// docs/issue-codes.md ("Notices that need action before publication"). Never re-exported.

import type { IssueCode } from '../error/codes.js';
import type { Label } from '../model/types.js';
import type { NoticeCode } from './noticesOf.js';

const l = (zh: string, en: string): Label => ({ zh, en });
const applicants = (n: number) => (n === 1 ? '1 applicant' : `${n} applicants`);
const has = (n: number) => (n === 1 ? 'has' : 'have');

/**
 * The notice codes, in the order they are summed up and shown: what changes a score first
 * (experts to re-score, verifications), then unchecked vetoes, then missing values.
 */
export const NOTICE_CODES: readonly NoticeCode[] = [
  'panel_flagged',
  'verification_pending',
  'verification_failed',
  'veto_unknown',
  'scored_as_zero',
  'renormalised',
];

// Pure: a bundler drops it when nothing reads it (docs/performance.md, "Bundle size").
/** What each notice is called (short, for a cell or a badge) and its summary for `n` applicants. */
export const NOTICE_TEXT: Readonly<
  Record<NoticeCode, { readonly title: Label; readonly summary: (n: number) => Label }>
> = /* @__PURE__ */ (() => ({
  panel_flagged: {
    title: l('专家需重新评分', 'experts must re-score'),
    summary: (n) =>
      l(
        `${n} 家申报对象需专家重新评分后方可公示`,
        `${applicants(n)} need${n === 1 ? 's' : ''} expert re-scoring before publication`,
      ),
  },
  verification_pending: {
    title: l('第三方核验待定', 'verification pending'),
    summary: (n) =>
      l(
        `${n} 家申报对象的第三方核验尚未完成，完成后方可公示`,
        `${applicants(n)} ${n === 1 ? 'awaits' : 'await'} a third-party verification: publish once it is in`,
      ),
  },
  verification_failed: {
    title: l('第三方核验未通过', 'verification failed'),
    summary: (n) =>
      l(
        `${n} 家申报对象的第三方核验未通过（该指标按最低分计），公示前请确认核验结果`,
        `${applicants(n)} failed a third-party verification (the indicator scores the bottom of the scale): confirm it before publication`,
      ),
  },
  veto_unknown: {
    title: l('否决项无法核查', 'veto not checked'),
    summary: (n) =>
      l(
        `${n} 家申报对象有一票否决项无法核查，公示前请补充所缺事实`,
        `${applicants(n)} ${has(n)} a veto that could not be checked: supply the missing facts before publication`,
      ),
  },
  scored_as_zero: {
    title: l('缺失，按最低分计', 'missing, scored at the bottom'),
    summary: (n) =>
      l(
        `${n} 家申报对象有缺失数据按最低分计，公示前请补齐或确认`,
        `${applicants(n)} ${has(n)} a missing value scored at the bottom of the scale: supply or confirm it before publication`,
      ),
  },
  renormalised: {
    title: l('缺失，权重已重新归一化', 'missing, weights renormalised'),
    summary: (n) =>
      l(
        `${n} 家申报对象有缺失数据，其权重已分给同级指标，公示前请补齐或确认`,
        `${applicants(n)} ${has(n)} a missing value whose weight went to its siblings: supply or confirm it before publication`,
      ),
  },
}))();

/** Whether a warning code is a notice that needs action before publication. */
export function isNoticeCode(code: IssueCode): code is NoticeCode {
  return Object.hasOwn(NOTICE_TEXT, code);
}
