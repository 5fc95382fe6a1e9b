import type { ScoringIssueCode } from '../error/messages.js';

/** What reading one present value gave: the typed value, or why it could not be read. */
export type Reading<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly code: ScoringIssueCode;
      readonly params: Readonly<Record<string, string | number>>;
    };

/** A `Reading` that failed, with the message parameters every intake message shares. */
export function unreadable<T>(
  code: ScoringIssueCode,
  params: Readonly<Record<string, string | number>>,
): Reading<T> {
  return { ok: false, code, params };
}
