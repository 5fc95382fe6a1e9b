import type { Label } from 'youpin';
import type { StatusChange, TitleStatus } from './types.js';

// The status changes of a title, each with its reason worded in English and Chinese.

type Words = {
  readonly edition?: string;
  readonly until?: string;
  readonly rule?: string;
  readonly label?: Label;
  readonly date?: string;
  readonly deadline?: string;
};

const reasons: Readonly<
  Record<string, readonly [TitleStatus, (w: Words) => string, (w: Words) => string]>
> = {
  awarded: [
    'active',
    (w) => `awarded by edition ${w.edition}, valid until ${w.until}`,
    (w) => `经第 ${w.edition} 届评价授予，有效期至 ${w.until}`,
  ],
  renewed: [
    'renewed',
    (w) => `renewed: re-evaluated and selected again by edition ${w.edition}`,
    (w) => `续期：经第 ${w.edition} 届复评再次入选`,
  ],
  expired: [
    'expired',
    (w) => `expired: the validity ended on ${w.until}`,
    (w) => `有效期于 ${w.until} 届满`,
  ],
  veto_fired: [
    'revoked',
    (w) => `revoked: the veto ${w.rule} (${w.label?.en}) fired on ${w.date}`,
    (w) => `撤销：一票否决项 ${w.rule}（${w.label?.zh}）于 ${w.date} 触发`,
  ],
  monitoring_revoke: [
    'revoked',
    (w) => `revoked: the monitoring rule ${w.rule} (${w.label?.en}) acted on ${w.date}`,
    (w) => `撤销：监测规则 ${w.rule}（${w.label?.zh}）于 ${w.date} 触发`,
  ],
  monitoring_rectify: [
    'rectification',
    (w) =>
      `under rectification: the monitoring rule ${w.rule} (${w.label?.en}) acted on ${w.date}; to be closed by ${w.deadline}`,
    (w) =>
      `约谈整改：监测规则 ${w.rule}（${w.label?.zh}）于 ${w.date} 触发，须于 ${w.deadline} 前完成整改`,
  ],
  monitoring_suspend: [
    'suspended',
    (w) =>
      `suspended: the monitoring rule ${w.rule} (${w.label?.en}) acted on ${w.date}; the title may not be used until it is rectified, by ${w.deadline}`,
    (w) =>
      `暂停使用称号：监测规则 ${w.rule}（${w.label?.zh}）于 ${w.date} 触发，整改完成前不得使用称号，须于 ${w.deadline} 前完成整改`,
  ],
  rectified: [
    'active',
    (w) => `rectification closed on ${w.date}, within the deadline ${w.deadline}`,
    (w) => `已于 ${w.date} 完成整改（期限 ${w.deadline}）`,
  ],
  rectification_missed: [
    'revoked',
    (w) => `revoked: the rectification was not closed by ${w.deadline}`,
    (w) => `撤销：未在 ${w.deadline} 前完成整改`,
  ],
};

/** A status change for a reason, with its words. */
export function change(
  reason: keyof typeof reasons & string,
  date: string,
  words: Words,
  extra: { rule?: string | null; deadline?: string | null; edition?: string | null } = {},
): StatusChange {
  const [status, en, zh] = reasons[reason] as (typeof reasons)[string];
  return {
    date,
    status,
    reason,
    message: en(words),
    messageZh: zh(words),
    rule: extra.rule ?? null,
    deadline: extra.deadline ?? null,
    edition: extra.edition ?? null,
  };
}
