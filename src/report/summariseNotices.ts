import { checkObject } from '../error/checkArgument.js';
import type { Label } from '../model/types.js';
import { NOTICE_CODES, NOTICE_TEXT } from './_notices.js';
import type { NoticeCounts } from './noticesOf.js';

/**
 * Sums up notice counts in words: one sentence per notice code that occurs, in Chinese and
 * English, such as "2 applicants need expert re-scoring before publication". `noticesOf(report)`
 * gives it as `summary`; call it directly on counts added up over parts of a batch (the chunks of
 * a streamed file, whose `scoreCsvFile` returns them as `notices`).
 *
 * @param counts - `total` (or a sector's `counts`) of `noticesOf`, or such counts added up
 * @returns the sentences, in the order of the codes (experts, verifications, vetoes, missing
 *   values); empty when there is no notice
 * @throws never
 * @example
 * ```ts
 * import { summariseNotices } from 'youpin';
 * const codes = {
 *   panel_flagged: 2, verification_pending: 0, verification_failed: 0,
 *   veto_unknown: 0, scored_as_zero: 0, renormalised: 1,
 * };
 * const lines = summariseNotices({ applicants: 3, codes });
 * lines.map((l) => l.en); // → [ '2 applicants need expert re-scoring before publication', '1 applicant has a missing value whose weight went to its siblings: supply or confirm it before publication' ]
 * lines[0]?.zh; // → '2 家申报对象需专家重新评分后方可公示'
 * ```
 */
export function summariseNotices(counts: NoticeCounts): Label[] {
  checkObject(counts, 'counts');
  checkObject(counts.codes, ['counts', 'codes']);
  return NOTICE_CODES.filter((c) => (counts.codes[c] ?? 0) > 0).map((c) =>
    NOTICE_TEXT[c].summary(counts.codes[c]),
  );
}
