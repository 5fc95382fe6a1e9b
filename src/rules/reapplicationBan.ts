import type { Label } from '../model/types.js';
import type { RuleOutcome } from './types.js';

/**
 * A re-application ban (撤销后不得再申报): the holder of a title revoked on `revokedOn` may not be
 * selected again until `until` (inclusive). `youpin/programme`'s `bansOn` derives them from a
 * register and the model's `validity.reapplicationBanYears`.
 */
export interface ReapplicationBan {
  /** The applicant's id (the holder of the revoked title). */
  readonly id: string;
  /** The date the title was revoked (YYYY-MM-DD). */
  readonly revokedOn: string;
  /** The last day of the ban (YYYY-MM-DD). */
  readonly until: string;
}

/** The id of the automatic gate a ban adds; models cannot use it for a rule of their own. */
export const BAN_RULE = 'reapplication_ban';

/** The gate's label, and the names of the facts it reports. */
export const BAN_LABELS: Readonly<Record<string, Label>> = {
  [BAN_RULE]: { zh: '撤销后禁止再申报期', en: 'Re-application ban after a revocation' },
  revoked_on: { zh: '称号撤销日期', en: 'title revoked on' },
  ban_until: { zh: '禁止申报截止日期', en: 'ban ends on' },
};

/** The failed gate of an applicant under a ban on the evaluation date. */
export function banOutcome(ban: ReapplicationBan): RuleOutcome {
  return {
    rule: BAN_RULE,
    kind: 'gate',
    result: 'failed',
    facts: { revoked_on: ban.revokedOn, ban_until: ban.until },
    missing: [],
    unreadable: [],
    firedOn: null,
  };
}
